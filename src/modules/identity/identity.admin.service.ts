import {
  API_KEY_SCOPES,
  type ApiKeyScope,
  type Grant,
  grantProblem,
  type Principal,
  type Scope,
  scopeFor,
  scopeReaches,
  STAFF_ROLES,
} from '../../domain/identity/access.js';
import { normaliseEmail } from '../../domain/identity/session-policy.js';
import { analyseNik, maskNik } from '../../domain/identity/nik.js';
import type { Clock } from '../../platform/clock.js';
import { hashToken, newToken, type Secrets } from '../../platform/crypto/secrets.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { AccountRow, AccountsRepository, StaffFilter } from './identity.accounts.repository.js';
import type { AuditLog } from './identity.audit.js';
import { actorOf, type RequestContext, todayInIndonesia } from './identity.context.js';
import { failIdentity } from './identity.errors.js';
import type { CatalogueDirectory, Notifier } from './identity.ports.js';
import { API_KEY_PREFIX } from './identity.sessions.service.js';
import type { SessionsRepository } from './identity.sessions.repository.js';
import type { TicketsRepository } from './identity.tickets.repository.js';

/**
 * Staff accounts and their roles, agency API keys, the audit log search, and officers looking a
 * citizen up at the counter. Every query is narrowed to the caller's scope; outside it, 404.
 */

const INVITATION_HOURS = 72;

function filterOf(scope: Scope): StaffFilter {
  return scope.kind === 'all'
    ? { kind: 'all' }
    : {
        kind: 'some',
        mppIds: [...scope.mppIds, ...scope.tenantAtMpp.map((t) => t.mppId)],
        tenantIds: [...scope.tenantIds],
      };
}

export function createAdminService(deps: {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  accounts: AccountsRepository;
  sessionsRepository: SessionsRepository;
  tickets: TicketsRepository;
  audit: AuditLog;
  notifier: Notifier;
  directory: CatalogueDirectory;
  publicUrl: string;
}) {
  const { db, clock, accounts, audit } = deps;

  /** Whether the caller may hand out this grant: national admins anything; MPP managers and tenant admins officers and verifiers inside their own scope. */
  function checkGrantable(principal: Principal, grant: Grant) {
    const problem = grantProblem(grant);
    if (problem) throw failIdentity('identity.grant_invalid', { reason: problem });
    const scope = scopeFor(principal, 'identity.staff.manage');
    if (scope.kind === 'all') return;
    const isFrontLine = grant.role === 'officer' || grant.role === 'verifier';
    const reaches =
      (grant.mppId !== undefined && scope.mppIds.includes(grant.mppId)) ||
      (grant.tenantId !== undefined && scope.tenantIds.includes(grant.tenantId));
    if (!isFrontLine || !reaches)
      throw failIdentity('identity.grant_invalid', {
        reason: 'outside what you may grant / di luar kewenangan Anda',
      });
  }

  async function resolveGrants(
    input: readonly {
      role: string;
      mppId?: string | undefined;
      tenantId?: string | undefined;
      counterIds?: string[] | undefined;
    }[],
  ) {
    const grants: Grant[] = [];
    for (const g of input) {
      if (!(STAFF_ROLES as readonly string[]).includes(g.role))
        throw failIdentity('identity.grant_invalid', { reason: `unknown role ${g.role}` });
      const mppId = g.mppId ? await deps.directory.findMppId(g.mppId) : undefined;
      const tenantId = g.tenantId ? await deps.directory.findTenantId(g.tenantId) : undefined;
      if (g.mppId && !mppId) throw failIdentity('identity.grant_invalid', { reason: `unknown MPP ${g.mppId}` });
      if (g.tenantId && !tenantId)
        throw failIdentity('identity.grant_invalid', { reason: `unknown tenant ${g.tenantId}` });
      grants.push({
        role: g.role as Grant['role'],
        ...(mppId ? { mppId } : {}),
        ...(tenantId ? { tenantId } : {}),
        ...(g.counterIds?.length ? { counterIds: g.counterIds } : {}),
      });
    }
    return grants;
  }

  function describeStaff(account: AccountRow) {
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      status: account.status,
      hasTotp: account.totpEnabledAt !== null,
      grants: account.grants.map((g) => ({
        role: g.role,
        mppId: g.mppId ?? null,
        tenantId: g.tenantId ?? null,
        counterIds: g.counterIds ? [...g.counterIds] : null,
      })),
      createdAt: account.createdAt.toISOString(),
    };
  }

  async function auditDenied(
    principal: Principal,
    action: string,
    subject: { type: string; id: string },
    context: RequestContext,
  ) {
    await audit.recordAlone({
      action,
      outcome: 'denied',
      actor: actorOf(principal),
      subject,
      requestId: context.requestId,
      ipPrefix: context.ipPrefix,
    });
  }

  return {
    async listStaff(principal: Principal, page: { limit: number; afterId?: string | undefined }) {
      const rows = await accounts.listStaff(filterOf(scopeFor(principal, 'identity.staff.manage')), page);
      const items = rows.slice(0, page.limit).map(describeStaff);
      return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
    },

    async inviteStaff(
      principal: Principal,
      input: {
        email: string;
        displayName: string;
        grants: {
          role: string;
          mppId?: string | undefined;
          tenantId?: string | undefined;
          counterIds?: string[] | undefined;
        }[];
      },
      context: RequestContext,
    ) {
      const email = normaliseEmail(input.email);
      if (!email)
        throw failIdentity('identity.profile_invalid', { fields: 'email' }, [
          { field: 'email', reason: 'invalid email' },
        ]);
      const grants = await resolveGrants(input.grants);
      if (grants.length === 0) throw failIdentity('identity.grant_invalid', { reason: 'at least one role' });
      for (const grant of grants) checkGrantable(principal, grant);
      if (await accounts.findByEmail('staff', email)) throw failIdentity('identity.staff_email_taken');
      const id = newId();
      const token = newToken('spi_');
      const now = clock.now();
      await db.transaction(async (tx) => {
        await accounts.insertAccount(tx, {
          id,
          kind: 'staff',
          status: 'invited',
          displayName: input.displayName,
          email,
          preferredLanguage: context.language,
          createdBy: principal.kind === 'account' ? principal.accountId : undefined,
          now,
        });
        await accounts.replaceGrants(tx, id, grants, principal.kind === 'account' ? principal.accountId : undefined);
        await deps.tickets.insert(tx, {
          id: newId(),
          tokenHash: hashToken(token),
          purpose: 'invitation',
          accountId: id,
          now,
          expiresAt: new Date(now.getTime() + INVITATION_HOURS * 3600_000),
        });
        await deps.notifier.enqueue(tx, {
          event: 'identity.staff_invited',
          channel: 'email',
          to: email,
          language: context.language,
          params: {
            name: input.displayName,
            link: `${deps.publicUrl}/console/invitation?token=${encodeURIComponent(token)}`,
            expiresHours: INVITATION_HOURS,
          },
          accountId: id,
        });
        await audit.record(tx, {
          action: 'identity.staff_invited',
          outcome: 'success',
          actor: actorOf(principal),
          subject: { type: 'account', id },
          mppId: grants.find((g) => g.mppId)?.mppId,
          tenantId: grants.find((g) => g.tenantId)?.tenantId,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { grants },
        });
      });
      const account = await accounts.findById(id);
      if (!account) throw failIdentity('identity.staff_not_found', { ref: id });
      return describeStaff(account);
    },

    async updateStaff(
      principal: Principal,
      id: string,
      input: {
        displayName?: string | undefined;
        status?: 'active' | 'disabled' | undefined;
        grants?:
          | {
              role: string;
              mppId?: string | undefined;
              tenantId?: string | undefined;
              counterIds?: string[] | undefined;
            }[]
          | undefined;
      },
      context: RequestContext,
    ) {
      const filter = filterOf(scopeFor(principal, 'identity.staff.manage'));
      const account = await accounts.findStaffInScope(id, filter);
      if (!account) {
        if (await accounts.findStaffExists(id))
          await auditDenied(principal, 'identity.staff_updated', { type: 'account', id }, context);
        throw failIdentity('identity.staff_not_found', { ref: id });
      }
      const grants = input.grants ? await resolveGrants(input.grants) : undefined;
      if (grants) {
        // Both what is taken away and what is given must be within the caller's reach.
        for (const grant of [...account.grants, ...grants]) checkGrantable(principal, grant);
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        await accounts.updateAccount(
          tx,
          id,
          {
            ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
            ...(input.status
              ? { status: account.status === 'invited' && input.status === 'active' ? 'invited' : input.status }
              : {}),
          },
          now,
        );
        if (grants)
          await accounts.replaceGrants(tx, id, grants, principal.kind === 'account' ? principal.accountId : undefined);
        if (input.status === 'disabled') await deps.sessionsRepository.revokeAllSessions(tx, id, now);
        await audit.record(tx, {
          action: 'identity.staff_updated',
          outcome: 'success',
          actor: actorOf(principal),
          subject: { type: 'account', id },
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { ...input },
        });
      });
      const updated = await accounts.findById(id);
      if (!updated) throw failIdentity('identity.staff_not_found', { ref: id });
      return describeStaff(updated);
    },

    async listApiKeys(principal: Principal, tenantRef: string) {
      const tenantId = await deps.directory.findTenantId(tenantRef);
      if (!tenantId || !scopeReaches(scopeFor(principal, 'identity.api_key.manage'), { tenantId }))
        throw failIdentity('identity.api_key_not_found', { ref: tenantRef });
      const keys = await deps.sessionsRepository.listApiKeys(tenantId);
      return keys.map((k) => ({
        id: k.id,
        name: k.name,
        prefix: k.prefix,
        scopes: k.scopes as ApiKeyScope[],
        createdAt: k.createdAt.toISOString(),
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
        revokedAt: k.revokedAt?.toISOString() ?? null,
      }));
    },

    async createApiKey(
      principal: Principal,
      tenantRef: string,
      input: { name: string; scopes: ApiKeyScope[] },
      context: RequestContext,
    ) {
      const tenantId = await deps.directory.findTenantId(tenantRef);
      if (!tenantId || !scopeReaches(scopeFor(principal, 'identity.api_key.manage'), { tenantId })) {
        if (tenantId)
          await auditDenied(principal, 'identity.api_key_created', { type: 'tenant', id: tenantId }, context);
        throw failIdentity('identity.api_key_not_found', { ref: tenantRef });
      }
      const key = newToken(API_KEY_PREFIX);
      const id = newId();
      const now = clock.now();
      const scopes = [...new Set(input.scopes)].filter((s) => (API_KEY_SCOPES as readonly string[]).includes(s));
      await db.transaction(async (tx) => {
        await deps.sessionsRepository.insertApiKey(tx, {
          id,
          tenantId,
          name: input.name,
          prefix: key.slice(0, 12),
          keyHash: hashToken(key),
          scopes,
          createdBy: principal.kind === 'account' ? principal.accountId : undefined,
          now,
        });
        await audit.record(tx, {
          action: 'identity.api_key_created',
          outcome: 'success',
          actor: actorOf(principal),
          subject: { type: 'api_key', id },
          tenantId,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { name: input.name, scopes },
        });
      });
      return { id, name: input.name, prefix: key.slice(0, 12), scopes, createdAt: now.toISOString(), key };
    },

    async revokeApiKey(principal: Principal, id: string, context: RequestContext) {
      const scope = scopeFor(principal, 'identity.api_key.manage');
      const now = clock.now();
      const tenantId = await db.transaction(async (tx) => {
        const revokedTenant = await deps.sessionsRepository.revokeApiKey(
          tx,
          id,
          scope.kind === 'all' ? 'all' : scope.tenantIds,
          now,
        );
        if (revokedTenant)
          await audit.record(tx, {
            action: 'identity.api_key_revoked',
            outcome: 'success',
            actor: actorOf(principal),
            subject: { type: 'api_key', id },
            tenantId: revokedTenant,
            requestId: context.requestId,
            ipPrefix: context.ipPrefix,
          });
        return revokedTenant;
      });
      if (!tenantId) throw failIdentity('identity.api_key_not_found', { ref: id });
    },

    async searchAudit(
      principal: Principal,
      filter: {
        action?: string | undefined;
        actor?: string | undefined;
        subject?: string | undefined;
        from?: string | undefined;
        to?: string | undefined;
        beforeSeq?: number | undefined;
        limit: number;
      },
    ) {
      const scope = scopeFor(principal, 'identity.audit.read');
      const rows = await audit.search({
        ...filter,
        ...(scope.kind === 'some' ? { mppIds: scope.mppIds } : {}),
        limit: filter.limit + 1,
      });
      const items = rows.slice(0, filter.limit);
      return { items, nextCursor: rows.length > filter.limit ? String(items.at(-1)?.seq) : null };
    },

    /** An officer at the counter looks a citizen up by NIK, saying why; the read is audited. */
    async lookupCitizen(principal: Principal, input: { nik: string; reason: string }, context: RequestContext) {
      const analysis = analyseNik(input.nik, { today: todayInIndonesia(clock.now()) });
      const scope = scopeFor(principal, 'identity.citizen.lookup');
      const grant = principal.kind === 'account' ? principal.grants.find((g) => g.mppId) : undefined;
      const accountId = analysis.ok
        ? await accounts.findAccountIdByNikHash(deps.secrets.lookupHash('nik', analysis.nik))
        : undefined;
      const account = accountId ? await accounts.findById(accountId) : undefined;
      const profile = account ? await accounts.findProfile(account.id) : undefined;
      // The citizen sees who looked: the officer's name, not an account number.
      const viewer = principal.kind === 'account' ? await accounts.findById(principal.accountId) : undefined;
      const actor = actorOf(principal);
      await audit.recordAlone({
        action: 'identity.citizen_viewed',
        outcome: account ? 'success' : 'failure',
        actor: viewer?.displayName ? { ...actor, label: viewer.displayName } : actor,
        ...(account ? { subject: { type: 'account', id: account.id }, subjectAccountId: account.id } : {}),
        mppId: grant?.mppId ?? (scope.kind === 'some' ? scope.mppIds[0] : undefined),
        tenantId: grant?.tenantId,
        reason: input.reason,
        requestId: context.requestId,
        ipPrefix: context.ipPrefix,
        details: { nikMasked: analysis.ok ? maskNik(analysis.nik) : null },
      });
      if (!account || !profile || account.status !== 'active') throw failIdentity('identity.citizen_not_found');
      return {
        id: account.id,
        fullName: profile.fullName,
        nikMasked: profile.nikMasked,
        nikVerification: profile.nikVerificationStatus,
        birthDate: profile.birthDate,
        sex: profile.sex,
        phoneMasked: account.phone ? `${account.phone.slice(0, 6)}****${account.phone.slice(-4)}` : null,
      };
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
