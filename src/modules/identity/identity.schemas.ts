import { z } from 'zod';
import { API_KEY_SCOPES, ROLES, STAFF_ROLES } from '../../domain/identity/access.js';

/** Request and response schemas of the identity API (validation, OpenAPI, web types). */

const Channel = z.enum(['sms', 'whatsapp', 'email']);
const Iso = z.string();

export const GrantView = z.object({
  role: z.enum(ROLES),
  mppId: z.string().nullable(),
  mppName: z.string().nullable(),
  tenantId: z.string().nullable(),
  tenantName: z.string().nullable(),
  counterIds: z.array(z.string()).nullable(),
});

export const CitizenProfileView = z.object({
  fullName: z.string(),
  nikMasked: z.string().nullable(),
  nikVerification: z
    .object({
      status: z.enum(['unverified', 'match', 'mismatch', 'not_found', 'unavailable']),
      source: z.enum(['simulator', 'registry', 'none']),
    })
    .nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(['L', 'P']).nullable(),
  address: z.object({
    line: z.string().nullable(),
    provinceCode: z.string().nullable(),
    regencyCode: z.string().nullable(),
    districtCode: z.string().nullable(),
    villageCode: z.string().nullable(),
  }),
  channels: z.array(Channel),
  consents: z.object({ sms: z.boolean(), whatsapp: z.boolean(), email: z.boolean() }),
});

export const Me = z
  .object({
    id: z.string(),
    kind: z.enum(['citizen', 'staff']),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredLanguage: z.enum(['id', 'en']),
    hasPassword: z.boolean(),
    hasTotp: z.boolean(),
    grants: z.array(GrantView),
    profile: CitizenProfileView.nullable(),
  })
  .meta({ id: 'Me' });

export const Session = z
  .object({
    account: Me,
    csrfToken: z.string(),
    expiresAt: Iso,
    /** Only for API clients that asked for a bearer token (`delivery: "token"`). */
    token: z.string().optional(),
  })
  .meta({ id: 'Session' });

export const OtpRequest = z.object({
  channel: Channel,
  destination: z.string().trim().min(3).max(254),
});
export const OtpChallenge = z.object({
  challengeId: z.string(),
  channel: Channel,
  maskedDestination: z.string(),
  expiresAt: Iso,
  resendAvailableAt: Iso,
});
const Delivery = z.enum(['cookie', 'token']).default('cookie');
export const OtpVerify = z.object({
  challengeId: z.string().uuid(),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '6 digits / 6 angka'),
  delivery: Delivery,
});
export const PasswordSignIn = z.object({
  identifier: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
  delivery: Delivery,
});
export const StaffPasswordSignIn = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(200),
});
export const StaffSignInResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), session: Session }),
  z.object({ status: z.literal('totp_required'), ticket: z.string() }),
  z.object({
    status: z.literal('totp_enrolment_required'),
    ticket: z.string(),
    enrolment: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }),
  }),
]);
export const TotpStep = z.object({
  ticket: z.string().min(10).max(200),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '6 digits / 6 angka'),
  delivery: Delivery,
});
export const InvitationAccept = z.object({ token: z.string().min(10).max(200), password: z.string().min(1).max(200) });

const RegionCodeField = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kemendagri code, e.g. 31.74.06.1003')
  .nullable()
  .optional();
/** Strict: a misspelt field is refused instead of silently ignored. */
export const ProfileUpdate = z.strictObject({
  fullName: z.string().trim().max(200).optional(),
  nik: z.string().trim().max(40).nullable().optional(),
  birthDate: z.iso.date().nullable().optional(),
  sex: z.enum(['L', 'P']).nullable().optional(),
  address: z
    .object({
      line: z.string().trim().max(500).nullable().optional(),
      provinceCode: RegionCodeField,
      regencyCode: RegionCodeField,
      districtCode: RegionCodeField,
      villageCode: RegionCodeField,
    })
    .optional(),
  preferredLanguage: z.enum(['id', 'en']).optional(),
  channels: z.array(Channel).max(3).optional(),
});
export const PasswordChange = z.object({
  password: z.string().min(1).max(200),
  currentPassword: z.string().max(200).optional(),
});
export const Consents = z.object({ sms: z.boolean(), whatsapp: z.boolean(), email: z.boolean() });

export const SessionItem = z.object({
  id: z.string(),
  method: z.enum(['otp', 'password', 'password_totp', 'oidc']),
  createdAt: Iso,
  lastSeenAt: Iso,
  userAgent: z.string().nullable(),
  ipPrefix: z.string().nullable(),
  isCurrent: z.boolean(),
});
export const AccessLogItem = z.object({
  id: z.string(),
  occurredAt: Iso,
  action: z.string(),
  actorLabel: z.string(),
  actorRoles: z.array(z.string()),
  reason: z.string().nullable(),
  mppName: z.string().nullable(),
  tenantName: z.string().nullable(),
});
export const DeletionRequest = z.object({ confirm: z.boolean() });
export const DeletionResult = z.object({
  outcome: z.enum(['erased', 'anonymised']),
  kept: z.array(z.object({ what: z.string(), reason: z.string(), until: z.string().nullable() })),
});

const GrantInput = z.object({
  role: z.enum(STAFF_ROLES as unknown as [string, ...string[]]),
  mppId: z.string().trim().min(1).max(200).optional().describe('MPP id or slug'),
  tenantId: z.string().trim().min(1).max(200).optional().describe('Tenant id or slug'),
  counterIds: z.array(z.string().uuid()).max(50).optional(),
});
export const StaffInput = z.object({
  email: z.string().trim().min(3).max(254),
  displayName: z.string().trim().min(1).max(200),
  grants: z.array(GrantInput).min(1).max(20),
});
export const StaffUpdate = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  grants: z.array(GrantInput).min(1).max(20).optional(),
});
export const StaffView = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string(),
    status: z.enum(['invited', 'active', 'disabled', 'erased']),
    hasTotp: z.boolean(),
    grants: z.array(
      z.object({
        role: z.enum(ROLES),
        mppId: z.string().nullable(),
        tenantId: z.string().nullable(),
        counterIds: z.array(z.string()).nullable(),
      }),
    ),
    createdAt: Iso,
  })
  .meta({ id: 'StaffAccount' });
export const ApiKeyInput = z.object({
  name: z.string().trim().min(1).max(120),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1),
});
export const ApiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  createdAt: Iso,
  lastUsedAt: Iso.nullable(),
  revokedAt: Iso.nullable(),
});
export const ApiKeyCreated = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  createdAt: Iso,
  key: z.string().describe('Shown once; store it now'),
});
export const AuditQuery = z.object({
  action: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  subject: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const AuditEventView = z.object({
  seq: z.number(),
  id: z.string(),
  occurredAt: Iso,
  actorAccountId: z.string().nullable(),
  actorApiKeyId: z.string().nullable(),
  actorLabel: z.string(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  outcome: z.enum(['success', 'failure', 'denied']),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  subjectAccountId: z.string().nullable(),
  mppId: z.string().nullable(),
  tenantId: z.string().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  ipPrefix: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const CitizenLookup = z.object({
  nik: z.string().trim().min(1).max(40),
  reason: z.string().trim().min(5).max(500),
});
export const CitizenLookupResult = z.object({
  id: z.string(),
  fullName: z.string(),
  nikMasked: z.string().nullable(),
  nikVerification: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(['L', 'P']).nullable(),
  phoneMasked: z.string().nullable(),
});
