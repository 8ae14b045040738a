import type { ServiceStandard } from '../../domain/catalogue/standard.js';
import type { Scope } from '../../domain/identity/access.js';
import type { Queryable } from '../../platform/db/database.js';
import { scopeParams } from './catalogue-manage.repository.js';
import { refCondition } from './catalogue.repository.js';

/**
 * Writes of service definitions (with their kept versions) and of where they are offered. A
 * service is reached through its tenant's scope (tenant admin, agency API key), an offering
 * through its MPP's (MPP manager); the scope is part of each lookup's WHERE clause.
 */

export type ServiceDefinitionRow = {
  name: string;
  description: string;
  category: string;
  modes: string[];
  keywords: string[];
  standard: ServiceStandard;
};

export type ServiceForUpdate = ServiceDefinitionRow & { id: string; slug: string; tenantId: string; version: number };

export const definitionsRepository = {
  /** The tenant's id when the scope reaches it (a tenant admin's or API key's own tenant). */
  async findTenantIdInScope(tx: Queryable, ref: string, scope: Scope): Promise<string | undefined> {
    const s = scopeParams(scope);
    const rows = await tx.query<{ id: string }>(
      `SELECT t.id FROM tenants t WHERE ${refCondition('t', ref, 1)} AND ($2 OR t.id = ANY ($3::uuid[]))`,
      [ref, s.all, s.tenantIds],
    );
    return rows[0]?.id;
  },

  /** Inserts the service at version 1 and keeps that version; false when the slug is taken. */
  async insertService(
    tx: Queryable,
    row: ServiceDefinitionRow & { id: string; tenantId: string; slug: string },
  ): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO services (id, tenant_id, slug, name, description, category, modes, keywords, standard)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9::jsonb) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        row.id,
        row.tenantId,
        row.slug,
        row.name,
        row.description,
        row.category,
        row.modes,
        row.keywords,
        JSON.stringify(row.standard),
      ],
    );
    if (rows.length === 0) return false;
    await keepVersion(tx, row.id);
    return true;
  },

  /** The service, locked, when the scope reaches its tenant. */
  async findServiceForUpdate(tx: Queryable, ref: string, scope: Scope): Promise<ServiceForUpdate | undefined> {
    const s = scopeParams(scope);
    const rows = await tx.query(
      `SELECT s.id, s.slug, s.tenant_id, s.version, s.name, s.description, s.category, s.modes, s.keywords, s.standard
       FROM services s WHERE ${refCondition('s', ref, 1)} AND ($2 OR s.tenant_id = ANY ($3::uuid[])) FOR UPDATE`,
      [ref, s.all, s.tenantIds],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id as string,
          slug: r.slug as string,
          tenantId: r.tenant_id as string,
          version: Number(r.version),
          name: r.name as string,
          description: r.description as string,
          category: r.category as string,
          modes: r.modes as string[],
          keywords: r.keywords as string[],
          standard: r.standard as ServiceStandard,
        }
      : undefined;
  },

  /**
   * Writes the new definition. `newVersion`: the definition a case runs under changed, so the
   * version goes up and is kept; keywords alone only help search and keep the version.
   */
  async updateService(tx: Queryable, id: string, row: ServiceDefinitionRow, newVersion: number): Promise<void> {
    await tx.query(
      `UPDATE services SET name = $2, description = $3, category = $4, modes = $5::text[], keywords = $6::text[],
         standard = $7::jsonb, version = $8, updated_at = now() WHERE id = $1`,
      [id, row.name, row.description, row.category, row.modes, row.keywords, JSON.stringify(row.standard), newVersion],
    );
    await keepVersion(tx, id);
  },

  /** Every kept version of a service the scope reaches, newest first; undefined when none is reached. */
  async listVersions(db: Queryable, ref: string, scope: Scope) {
    const s = scopeParams(scope);
    const found = await db.query<{ id: string }>(
      `SELECT s.id FROM services s WHERE ${refCondition('s', ref, 1)} AND ($2 OR s.tenant_id = ANY ($3::uuid[]))`,
      [ref, s.all, s.tenantIds],
    );
    const serviceId = found[0]?.id;
    if (!serviceId) return undefined;
    const rows = await db.query(
      `SELECT version, name, description, category, modes, standard,
         to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
       FROM service_versions WHERE service_id = $1 ORDER BY version DESC`,
      [serviceId],
    );
    return rows.map((r) => ({
      version: Number(r.version),
      name: r.name as string,
      description: r.description as string,
      category: r.category as string,
      modes: r.modes as string[],
      standard: r.standard as ServiceStandard,
      createdAt: r.created_at as string,
    }));
  },

  /** Any service, with its tenant: services are public; the MPP's scope decides the offering. */
  async findService(tx: Queryable, ref: string) {
    const rows = await tx.query<{ id: string; slug: string; tenant_id: string; tenant_slug: string }>(
      `SELECT s.id, s.slug, s.tenant_id, t.slug AS tenant_slug FROM services s JOIN tenants t ON t.id = s.tenant_id
       WHERE ${refCondition('s', ref, 1)}`,
      [ref],
    );
    const r = rows[0];
    return r ? { id: r.id, slug: r.slug, tenantId: r.tenant_id, tenantSlug: r.tenant_slug } : undefined;
  },

  /** Offers the service at the MPP through this gerai, or ends the offering; whether it was active before. */
  async setOffering(
    tx: Queryable,
    row: { id: string; serviceId: string; mppId: string; geraiId: string | undefined; active: boolean },
  ): Promise<{ wasActive: boolean }> {
    const before = await tx.query<{ is_active: boolean }>(
      'SELECT is_active FROM service_offerings WHERE service_id = $1 AND mpp_id = $2 FOR UPDATE',
      [row.serviceId, row.mppId],
    );
    const wasActive = Boolean(before[0]?.is_active);
    if (row.active && row.geraiId) {
      await tx.query(
        `INSERT INTO service_offerings (id, service_id, mpp_id, gerai_id, is_active) VALUES ($1, $2, $3, $4, true)
         ON CONFLICT (service_id, mpp_id) DO UPDATE SET gerai_id = EXCLUDED.gerai_id, is_active = true`,
        [row.id, row.serviceId, row.mppId, row.geraiId],
      );
    } else if (!row.active) {
      await tx.query('UPDATE service_offerings SET is_active = false WHERE service_id = $1 AND mpp_id = $2', [
        row.serviceId,
        row.mppId,
      ]);
    }
    return { wasActive };
  },
};

/** Keeps the service's current definition as its version (idempotent): cases keep the version they started under. */
async function keepVersion(tx: Queryable, serviceId: string): Promise<void> {
  await tx.query(
    `INSERT INTO service_versions (service_id, version, name, description, category, modes, standard)
     SELECT s.id, s.version, s.name, s.description, s.category, s.modes, s.standard FROM services s
     WHERE s.id = $1 ON CONFLICT (service_id, version) DO NOTHING`,
    [serviceId],
  );
}

export type DefinitionsRepository = typeof definitionsRepository;
