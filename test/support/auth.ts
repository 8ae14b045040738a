import type { FastifyInstance } from 'fastify';
import type { Grant } from '../../src/domain/identity/access.js';
import type { Database } from '../../src/platform/db/database.js';
import type { IdentityModule } from '../../src/modules/identity/index.js';

let counter = 0;

type WithIdentity = { app: FastifyInstance; db: Database; identity: IdentityModule };

/**
 * A signed-in staff member holding one grant, as a bearer session (no CSRF token needed).
 * `role: 'citizen'` signs in a new citizen instead (through the real one-time-code flow is in
 * the identity tests; here a session is issued directly).
 */
export async function signInAs(
  t: WithIdentity,
  grant: Grant,
  options: { email?: string } = {},
): Promise<{ headers: { authorization: string }; accountId: string; token: string }> {
  counter += 1;
  const unique = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  if (grant.role === 'citizen') {
    const { accountId } = await createCitizen(t, `+62812${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`);
    const token = await t.identity.api.issueBearerSession(accountId);
    return { headers: { authorization: `Bearer ${token}` }, accountId, token };
  }
  const { id } = await t.identity.api.createStaffAccount({
    email: options.email ?? `staff-${unique}@test.invalid`,
    displayName: `Test ${grant.role}`,
    grants: [grant],
  });
  const token = await t.identity.api.issueBearerSession(id);
  return { headers: { authorization: `Bearer ${token}` }, accountId: id, token };
}

/** A citizen account with a phone number, made directly in the database. */
export async function createCitizen(t: WithIdentity, phone: string) {
  const rows = await t.db.query<{ id: string }>(
    `WITH a AS (
       INSERT INTO accounts (id, kind, status, phone, preferred_language) VALUES (gen_random_uuid(), 'citizen', 'active', $1, 'id') RETURNING id
     ), p AS (INSERT INTO citizen_profiles (account_id) SELECT id FROM a RETURNING account_id)
     SELECT account_id AS id FROM p`,
    [phone],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('could not create a citizen');
  return { accountId: id };
}
