import { analyseNik, checkNikAgainstProfile, maskNik, type NikProblem } from '../../domain/identity/nik.js';
import { isPasswordAcceptable, maskDestination } from '../../domain/identity/session-policy.js';
import type { Clock } from '../../platform/clock.js';
import { hashPassword, verifyPassword } from '../../platform/crypto/passwords.js';
import type { Secrets } from '../../platform/crypto/secrets.js';
import type { Database } from '../../platform/db/database.js';
import type { InvalidField } from '../../platform/http/app-error.js';
import type { AccountRow, AccountsRepository, ProfileRow } from './identity.accounts.repository.js';
import type { AuditLog } from './identity.audit.js';
import { type RequestContext, todayInIndonesia } from './identity.context.js';
import { failIdentity } from './identity.errors.js';
import type { NikVerifier } from './identity.nik-verifier.js';
import type { CatalogueDirectory, Notifier } from './identity.ports.js';
import type { RegionChecker } from './identity.regions.js';
import type { SessionsRepository } from './identity.sessions.repository.js';

/**
 * A citizen's own data (UU 27/2022 rights): see it, correct it, download it, see who viewed it,
 * withdraw consent for optional channels, and have the account erased.
 */

export type Channel = 'sms' | 'whatsapp' | 'email';
export type ProfileChanges = {
  fullName?: string | undefined;
  nik?: string | null | undefined;
  birthDate?: string | null | undefined;
  sex?: 'L' | 'P' | null | undefined;
  address?:
    | {
        line?: string | null | undefined;
        provinceCode?: string | null | undefined;
        regencyCode?: string | null | undefined;
        districtCode?: string | null | undefined;
        villageCode?: string | null | undefined;
      }
    | undefined;
  preferredLanguage?: 'id' | 'en' | undefined;
  channels?: Channel[] | undefined;
};

/** What the law requires us to keep after an account is erased, and why. */
const KEPT_AFTER_ERASURE = [
  {
    what: {
      id: 'Catatan audit masuk dan akses petugas ke data Anda (tanpa nama, NIK, nomor HP atau email)',
      en: 'Audit records of sign-ins and of staff access to your data (without name, NIK, phone or email)',
    },
    reason: {
      id: 'Akuntabilitas pemrosesan data pribadi (UU 27/2022) dan pengawasan penyelenggaraan pelayanan publik (UU 25/2009).',
      en: 'Accountability for processing personal data (UU 27/2022) and oversight of public services (UU 25/2009).',
    },
  },
  {
    what: {
      id: 'Status pengiriman pesan yang pernah dikirim (tanpa isi dan tujuan)',
      en: 'Delivery status of messages sent (without their content or destination)',
    },
    reason: {
      id: 'Bukti bahwa pemberitahuan layanan telah dikirim.',
      en: 'Evidence that service notices were sent.',
    },
  },
];

function nikProblemToField(problem: NikProblem, language: 'id' | 'en'): InvalidField {
  return { field: 'nik', reason: problem.message[language] };
}

export function createProfileService(deps: {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  accounts: AccountsRepository;
  sessionsRepository: SessionsRepository;
  audit: AuditLog;
  notifier: Notifier;
  directory: CatalogueDirectory;
  nikVerifier: NikVerifier;
  regions: () => Promise<RegionChecker>;
}) {
  const { db, clock, secrets, accounts, audit } = deps;

  async function describeGrants(account: AccountRow) {
    const mppIds = [...new Set(account.grants.flatMap((g) => (g.mppId ? [g.mppId] : [])))];
    const tenantIds = [...new Set(account.grants.flatMap((g) => (g.tenantId ? [g.tenantId] : [])))];
    const names =
      mppIds.length + tenantIds.length > 0
        ? await deps.directory.namesOf({ mppIds, tenantIds })
        : { mpps: new Map<string, string>(), tenants: new Map<string, string>() };
    return account.grants.map((g) => ({
      role: g.role,
      mppId: g.mppId ?? null,
      mppName: g.mppId ? (names.mpps.get(g.mppId) ?? null) : null,
      tenantId: g.tenantId ?? null,
      tenantName: g.tenantId ? (names.tenants.get(g.tenantId) ?? null) : null,
      counterIds: g.counterIds ? [...g.counterIds] : null,
    }));
  }

  function describeProfile(profile: ProfileRow | undefined) {
    if (!profile) return null;
    return {
      fullName: profile.fullName,
      nikMasked: profile.nikMasked,
      nikVerification: profile.nikVerificationStatus
        ? {
            status: profile.nikVerificationStatus,
            source: (profile.nikVerificationSource ?? 'none') as 'simulator' | 'registry' | 'none',
          }
        : null,
      birthDate: profile.birthDate,
      sex: profile.sex,
      address: profile.address,
      channels: profile.channels,
      consents: {
        sms: isConsented(profile, 'sms'),
        whatsapp: isConsented(profile, 'whatsapp'),
        email: isConsented(profile, 'email'),
      },
    };
  }

  function isConsented(profile: ProfileRow, channel: Channel) {
    const consent = profile.consents[channel];
    return Boolean(consent?.grantedAt && !consent.withdrawnAt);
  }

  async function getMe(accountId: string) {
    const account = await accounts.findById(accountId);
    if (!account || account.status === 'erased') throw failIdentity('identity.session_not_found', { ref: accountId });
    const profile = account.kind === 'citizen' ? await accounts.findProfile(account.id) : undefined;
    return {
      id: account.id,
      kind: account.kind,
      displayName: account.kind === 'citizen' ? (profile?.fullName ?? '') : account.displayName,
      email: account.email,
      phone: account.phone,
      preferredLanguage: account.preferredLanguage,
      hasPassword: account.passwordHash !== null,
      hasTotp: account.totpEnabledAt !== null,
      grants: account.kind === 'staff' ? await describeGrants(account) : [],
      profile: describeProfile(profile),
    };
  }

  return {
    getMe,

    async updateProfile(accountId: string, changes: ProfileChanges, context: RequestContext) {
      const current = await accounts.findProfile(accountId);
      if (!current) throw failIdentity('identity.citizen_not_found');
      const fields: InvalidField[] = [];
      const columns: Record<string, unknown> = {};
      const birthDate =
        changes.birthDate === undefined ? (current.birthDate ?? undefined) : (changes.birthDate ?? undefined);
      const sex = changes.sex === undefined ? (current.sex ?? undefined) : (changes.sex ?? undefined);
      let nikToVerify: string | undefined;
      if (typeof changes.nik === 'string') {
        const regions = await deps.regions().catch(() => undefined);
        const analysis = analyseNik(changes.nik, {
          today: todayInIndonesia(clock.now()),
          ...(regions ? { isKnownRegion: (code) => regions.isKnownRegion(code) } : {}),
        });
        if (!analysis.ok) {
          const first = analysis.problems[0];
          throw failIdentity(
            'identity.nik_invalid',
            { reason: first ? first.message[context.language] : '' },
            analysis.problems.map((p) => nikProblemToField(p, context.language)),
          );
        }
        for (const problem of checkNikAgainstProfile(analysis, { birthDate, sex }))
          fields.push({
            field: problem.part === 'sex_mismatch' ? 'sex' : 'birthDate',
            reason: problem.message[context.language],
          });
        const nikHash = secrets.lookupHash('nik', analysis.nik);
        const owner = await accounts.findAccountIdByNikHash(nikHash);
        if (owner && owner !== accountId) throw failIdentity('identity.nik_registered');
        Object.assign(columns, {
          nik_encrypted: secrets.encrypt('nik', analysis.nik),
          nik_hash: nikHash,
          nik_masked: maskNik(analysis.nik),
          nik_verification_status: 'unverified',
          nik_verification_source: null,
          nik_verified_at: null,
        });
        nikToVerify = analysis.nik;
        if (birthDate === undefined) columns.birth_date = analysis.birthDate;
        if (sex === undefined) columns.sex = analysis.sex;
      } else if (changes.nik === null) {
        Object.assign(columns, {
          nik_encrypted: null,
          nik_hash: null,
          nik_masked: null,
          nik_verification_status: null,
          nik_verification_source: null,
          nik_verified_at: null,
        });
      } else if (current.nikEncrypted && (changes.birthDate !== undefined || changes.sex !== undefined)) {
        // Birth date and sex must stay consistent with the NIK already on file.
        const analysis = analyseNik(secrets.decrypt('nik', current.nikEncrypted), {
          today: todayInIndonesia(clock.now()),
        });
        if (analysis.ok)
          for (const problem of checkNikAgainstProfile(analysis, { birthDate, sex }))
            fields.push({
              field: problem.part === 'sex_mismatch' ? 'sex' : 'birthDate',
              reason: problem.message[context.language],
            });
      }
      if (
        changes.address?.regencyCode &&
        changes.address.provinceCode &&
        !changes.address.regencyCode.startsWith(`${changes.address.provinceCode}.`)
      )
        fields.push({
          field: 'address.regencyCode',
          reason:
            context.language === 'id'
              ? 'Kode kabupaten/kota tidak berada di provinsi yang dipilih'
              : 'The regency code is not in the chosen province',
        });
      if (fields.length > 0)
        throw failIdentity('identity.profile_invalid', { fields: fields.map((f) => f.field).join(', ') }, fields);

      if (changes.fullName !== undefined) columns.full_name = changes.fullName;
      if (changes.birthDate !== undefined) columns.birth_date = changes.birthDate;
      if (changes.sex !== undefined) columns.sex = changes.sex;
      if (changes.channels !== undefined) columns.channels = [...new Set(changes.channels)];
      if (changes.address) {
        const a = changes.address;
        if (a.line !== undefined) columns.address_line = a.line;
        if (a.provinceCode !== undefined) columns.province_code = a.provinceCode;
        if (a.regencyCode !== undefined) columns.regency_code = a.regencyCode;
        if (a.districtCode !== undefined) columns.district_code = a.districtCode;
        if (a.villageCode !== undefined) columns.village_code = a.villageCode;
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        await accounts.updateProfile(tx, accountId, columns, now);
        if (changes.preferredLanguage)
          await accounts.updateAccount(tx, accountId, { preferredLanguage: changes.preferredLanguage }, now);
        await audit.record(tx, {
          action: 'identity.profile_updated',
          outcome: 'success',
          actor: { accountId, label: `citizen:${accountId}`, roles: ['citizen'] },
          subject: { type: 'account', id: accountId },
          subjectAccountId: accountId,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: {
            fields: Object.keys(changes)
              .filter((k) => k !== 'nik')
              .concat(changes.nik !== undefined ? ['nik'] : []),
          },
        });
      });
      if (nikToVerify) {
        // The registry is asked after the change is saved: a slow registry never loses the edit.
        const profile = await accounts.findProfile(accountId);
        const result = await deps.nikVerifier.verify({
          nik: nikToVerify,
          fullName: profile?.fullName ?? '',
          ...(profile?.birthDate ? { birthDate: profile.birthDate } : {}),
        });
        await accounts.updateProfile(
          db,
          accountId,
          {
            nik_verification_status: result.source === 'none' ? 'unverified' : result.status,
            nik_verification_source: result.source,
            nik_verified_at: result.source === 'none' ? null : new Date(result.checkedAt),
          },
          clock.now(),
        );
      }
      return getMe(accountId);
    },

    async setConsents(accountId: string, consents: Record<Channel, boolean>, context: RequestContext) {
      const profile = await accounts.findProfile(accountId);
      if (!profile) throw failIdentity('identity.citizen_not_found');
      const now = clock.now().toISOString();
      const next = { ...profile.consents };
      for (const channel of ['sms', 'whatsapp', 'email'] as const) {
        const was = isConsented(profile, channel);
        if (consents[channel] && !was) next[channel] = { grantedAt: now };
        if (!consents[channel] && was) next[channel] = { ...next[channel], withdrawnAt: now };
      }
      await db.transaction(async (tx) => {
        await accounts.updateProfile(tx, accountId, { consents: next }, clock.now());
        await audit.record(tx, {
          action: 'identity.consents_changed',
          outcome: 'success',
          actor: { accountId, label: `citizen:${accountId}`, roles: ['citizen'] },
          subject: { type: 'account', id: accountId },
          subjectAccountId: accountId,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { consents },
        });
      });
      return getMe(accountId);
    },

    async setPassword(
      accountId: string,
      input: { password: string; currentPassword?: string | undefined },
      context: RequestContext,
    ) {
      const account = await accounts.findById(accountId);
      if (!account) throw failIdentity('identity.citizen_not_found');
      if (account.passwordHash && !(await verifyPassword(account.passwordHash, input.currentPassword ?? '')))
        throw failIdentity('identity.password_current_wrong');
      if (!isPasswordAcceptable(input.password)) throw failIdentity('identity.password_weak');
      const passwordHash = await hashPassword(input.password);
      await db.transaction(async (tx) => {
        await accounts.updateAccount(tx, accountId, { passwordHash }, clock.now());
        await audit.record(tx, {
          action: 'identity.password_changed',
          outcome: 'success',
          actor: { accountId, label: `${account.kind}:${accountId}` },
          subject: { type: 'account', id: accountId },
          ...(account.kind === 'citizen' ? { subjectAccountId: accountId } : {}),
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
        });
      });
    },

    /** "Who viewed my data": officer reads and exports of this citizen's personal data. */
    async accessLog(accountId: string) {
      const events = await audit.listForSubject(accountId, { byOthers: true, limit: 200 });
      const names = await deps.directory.namesOf({
        mppIds: [...new Set(events.flatMap((e) => (e.mppId ? [e.mppId] : [])))],
        tenantIds: [...new Set(events.flatMap((e) => (e.tenantId ? [e.tenantId] : [])))],
      });
      return events.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt,
        action: e.action,
        actorLabel: e.actorLabel,
        actorRoles: e.actorRoles,
        reason: e.reason,
        mppName: e.mppId ? (names.mpps.get(e.mppId) ?? null) : null,
        tenantName: e.tenantId ? (names.tenants.get(e.tenantId) ?? null) : null,
      }));
    },

    /** Everything held about the citizen, as one JSON document (the NIK in full: it is theirs). */
    async exportData(accountId: string, context: RequestContext) {
      const me = await getMe(accountId);
      const profile = await accounts.findProfile(accountId);
      const sessions = await deps.sessionsRepository.listLiveSessions(accountId, clock.now());
      const ownEvents = await audit.listForSubject(accountId, { byOthers: false, limit: 1000 });
      const document = {
        format: 'satupintu.personal-data/v1',
        exportedAt: clock.now().toISOString(),
        account: me,
        nik: profile?.nikEncrypted ? secrets.decrypt('nik', profile.nikEncrypted) : null,
        sessions,
        activity: ownEvents.map((e) => ({
          occurredAt: e.occurredAt,
          action: e.action,
          outcome: e.outcome,
          actorLabel: e.actorLabel,
          actorRoles: e.actorRoles,
          reason: e.reason,
        })),
        messages: await deps.notifier.listForAccount(accountId),
      };
      await audit.recordAlone({
        action: 'identity.personal_data_exported',
        outcome: 'success',
        actor: { accountId, label: `citizen:${accountId}`, roles: ['citizen'] },
        subject: { type: 'account', id: accountId },
        subjectAccountId: accountId,
        requestId: context.requestId,
        ipPrefix: context.ipPrefix,
      });
      return document;
    },

    /** Erases the account: profile deleted, contact details and secrets removed, sessions ended. */
    async eraseAccount(accountId: string, context: RequestContext) {
      const now = clock.now();
      const account = await accounts.findById(accountId);
      if (account?.kind !== 'citizen') throw failIdentity('identity.citizen_not_found');
      const destination = account.email ?? account.phone;
      const kept = KEPT_AFTER_ERASURE.map((k) => ({
        what: k.what[context.language],
        reason: k.reason[context.language],
        until: null,
      }));
      await db.transaction(async (tx) => {
        await accounts.recordErasure(tx, { accountId, at: now, kept });
        // The goodbye message is queued first, for the account, so the erasure below blanks its
        // address and text once it is sent.
        if (destination)
          await deps.notifier.enqueue(tx, {
            event: 'identity.deletion_completed',
            channel: destination.includes('@') ? 'email' : 'sms',
            to: destination,
            language: account.preferredLanguage,
            params: { name: maskDestination(destination) },
            accountId,
          });
        await deps.notifier.eraseForAccount(tx, accountId);
        await accounts.deleteProfile(tx, accountId);
        await deps.sessionsRepository.revokeAllSessions(tx, accountId, now);
        await accounts.updateAccount(
          tx,
          accountId,
          {
            status: 'erased',
            email: null,
            phone: null,
            passwordHash: null,
            totpSecretEncrypted: null,
            displayName: '',
            erasedAt: now,
          },
          now,
        );
        await audit.record(tx, {
          action: 'identity.account_erased',
          outcome: 'success',
          actor: { accountId, label: `citizen:${accountId}`, roles: ['citizen'] },
          subject: { type: 'account', id: accountId },
          subjectAccountId: accountId,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
        });
      });
      return { outcome: 'erased' as const, kept };
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
