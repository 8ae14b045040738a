import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI 3.1 generated from the route schemas, at /openapi.json, readable at /docs. */
export async function registerOpenApi(app: FastifyInstance, options: { version: string; publicUrl?: string }) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SatuPintu API',
        version: options.version,
        description:
          "The public API of SatuPintu, the platform of Indonesia's Mal Pelayanan Publik (MPP). " +
          'The web front end uses this same API. Errors are RFC 9457 problem+json in Bahasa Indonesia ' +
          '(default) or English (`Accept-Language: en`). Lists are paginated with opaque cursors.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: options.publicUrl ? [{ url: options.publicUrl }] : [],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Host-sp_session',
            description: 'Web session cookie; writes also need the X-CSRF-Token header from GET /api/v1/auth/session',
          },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'A session token (sps_..., from sign-in with delivery "token") or an agency API key (spk_...)',
          },
        },
      },
      tags: [
        {
          name: 'catalogue',
          description: 'MPPs, tenants (instansi), counters and services with their Standar Pelayanan',
        },
        { name: 'search', description: 'Everyday-language search across services and MPPs' },
        { name: 'platform', description: 'Health and metrics' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
}
