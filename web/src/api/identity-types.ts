/**
 * The identity API as the web reads it (/api/v1/auth, /api/v1/me, /api/v1/staff ...).
 * Hand-mirrored from the server's response schemas; keep the two in step.
 */
import type { ApiKeyScope, Role, StaffRole } from '../../../src/domain/identity/access.js';

export type { ApiKeyScope, Role, StaffRole };

export type OtpChannel = 'sms' | 'whatsapp' | 'email';
export const OTP_CHANNELS: readonly OtpChannel[] = ['sms', 'whatsapp', 'email'];

export type MeGrant = {
  role: Role;
  mppId: string | null;
  mppName: string | null;
  tenantId: string | null;
  tenantName: string | null;
  counterIds: string[] | null;
};

export type NikVerificationStatus = 'unverified' | 'match' | 'mismatch' | 'not_found' | 'unavailable';

export type Address = {
  line: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
};

export type CitizenProfile = {
  fullName: string;
  nikMasked: string | null;
  nikVerification: { status: NikVerificationStatus; source: 'simulator' | 'registry' | 'none' } | null;
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  address: Address;
  channels: OtpChannel[];
  consents: Record<OtpChannel, boolean>;
};

export type Me = {
  id: string;
  kind: 'citizen' | 'staff';
  displayName: string;
  email: string | null;
  phone: string | null;
  preferredLanguage: 'id' | 'en';
  hasPassword: boolean;
  hasTotp: boolean;
  grants: MeGrant[];
  profile: CitizenProfile | null;
};

export type Session = { account: Me; csrfToken: string; expiresAt: string };

export type OtpChallenge = {
  challengeId: string;
  channel: OtpChannel;
  maskedDestination: string;
  expiresAt: string;
  resendAvailableAt: string;
};

export type ProfileInput = {
  fullName?: string;
  nik?: string;
  birthDate?: string | null;
  sex?: 'L' | 'P' | null;
  address?: Address;
  preferredLanguage?: 'id' | 'en';
  channels?: OtpChannel[];
};

export type SessionItem = {
  id: string;
  method: 'otp' | 'password' | 'password_totp' | 'oidc';
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ipPrefix: string | null;
  isCurrent: boolean;
};

export type AccessLogItem = {
  id: string;
  occurredAt: string;
  action: string;
  actorLabel: string;
  actorRoles: string[];
  reason: string | null;
  mppName: string | null;
  tenantName: string | null;
};

export type DeletionResult = {
  outcome: 'erased' | 'anonymised';
  kept: { what: string; reason: string; until: string | null }[];
};

export type StaffSignInResult =
  | { status: 'signed_in'; session: Session }
  | { status: 'totp_required'; ticket: string }
  | {
      status: 'totp_enrolment_required';
      ticket: string;
      enrolment: { secret: string; otpauthUrl: string; qrSvg: string };
    };
