import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { format, type Language, pickLanguage } from '../i18n.js';
import { AppError, type ErrorSpec, type InvalidField } from './app-error.js';
import { PLATFORM_ERRORS, type PlatformErrorCode } from './platform.errors.js';

/** RFC 9457 problem details, as every error of the API is sent. */
/** RFC 9457 problem details; extension members (`ticket`, `nextOpeningAt`) pass through. */
export const Problem = z
  .looseObject({
    type: z.string().describe('URI identifying the problem type'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable machine-readable code, `<context>.<reason>`'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), reason: z.string(), line: z.number().int().optional() }))
      .optional()
      .describe('The offending fields'),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** Problem types are URNs named by the stable code (RFC 9457 allows non-dereferenceable URIs). */
const PROBLEM_TYPE_BASE = 'urn:satupintu:problem:';

export function renderProblem(
  spec: ErrorSpec,
  code: string,
  language: Language,
  params: Record<string, string | number>,
  request: FastifyRequest,
  fields: readonly InvalidField[] = [],
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    ...extensions,
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: spec.title[language],
    status: spec.status,
    detail: format(spec.detail[language], params),
    code,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(fields.length > 0 ? { errors: [...fields] } : {}),
  };
}

function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}

function platformProblem(
  code: PlatformErrorCode,
  request: FastifyRequest,
  params: Record<string, string | number> = {},
  fields: InvalidField[] = [],
) {
  return renderProblem(
    PLATFORM_ERRORS[code],
    code,
    pickLanguage(request.headers['accept-language']),
    params,
    request,
    fields,
  );
}

const ZOD_LOCALES = { id: z.locales.id(), en: z.locales.en() };

/**
 * Zod's own message for an issue in the caller's language. A message a schema wrote itself
 * (already bilingual, "6 digits / 6 angka") is kept as it is.
 */
function localisedReason(
  issue: { keyword: string; message?: string; params: Record<string, unknown> },
  language: Language,
) {
  const message = issue.message ?? 'invalid';
  const raw = { ...issue.params, code: issue.keyword, message, path: [] } as unknown as Parameters<
    typeof ZOD_LOCALES.en.localeError
  >[0];
  const asText = (value: ReturnType<typeof ZOD_LOCALES.en.localeError>) =>
    typeof value === 'string' ? value : value?.message;
  try {
    if (asText(ZOD_LOCALES.en.localeError(raw)) !== message) return message;
    return asText(ZOD_LOCALES[language].localeError(raw)) ?? message;
  } catch {
    return message;
  }
}

function fieldsOfValidation(error: FastifyError, language: Language): InvalidField[] {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'request';
    return error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return {
        field: path ? `${context}.${path}` : context,
        reason: localisedReason(issue as Parameters<typeof localisedReason>[0], language),
      };
    });
  }
  return (error.validation ?? []).map((issue) => ({
    field: `${error.validationContext ?? 'request'}${issue.instancePath.replaceAll('/', '.')}`,
    reason: issue.message ?? 'invalid',
  }));
}

/** One handler renders every error as problem+json; unknown errors become a generic 500. */
export type ProblemHandlerOptions = {
  /** Lets the web front end answer unknown page addresses; returns true when it replied. */
  pageFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean;
};

export function registerProblemHandlers(app: FastifyInstance, options: ProblemHandlerOptions = {}) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const language = pickLanguage(request.headers['accept-language']);
      if (Object.keys(error.headers).length > 0) void reply.headers(error.headers);
      return sendProblem(
        reply,
        renderProblem(error.spec, error.code, language, error.params, request, error.fields, error.extensions),
      );
    }
    if (error.validation) {
      const fields = fieldsOfValidation(error, pickLanguage(request.headers['accept-language']));
      return sendProblem(
        reply,
        platformProblem(
          'platform.validation_failed',
          request,
          { fields: fields.map((f) => f.field).join(', ') },
          fields,
        ),
      );
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, platformProblem('platform.malformed_body', request));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_TYPE':
        return sendProblem(reply, platformProblem('platform.unsupported_media_type', request));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, platformProblem('platform.payload_too_large', request));
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(reply, platformProblem('platform.malformed_body', request));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      // A client error raised by Fastify or a plugin we did not map: keep its status, say it plainly.
      const problem = platformProblem('platform.validation_failed', request, { fields: 'request' }, [
        { field: 'request', reason: error.message },
      ]);
      return sendProblem(reply, { ...problem, status: error.statusCode });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, platformProblem('platform.internal_error', request, { requestId: String(request.id) }));
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.pageFallback?.(request, reply)) return reply;
    return sendProblem(
      reply,
      platformProblem('platform.route_not_found', request, {
        method: request.method,
        path: request.url.split('?')[0] ?? '/',
      }),
    );
  });
}
