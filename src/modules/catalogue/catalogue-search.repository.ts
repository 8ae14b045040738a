import type { Database } from '../../platform/db/database.js';
import { type MppRecord, mapMpp, mapService, type ServiceRecord } from './catalogue.repository.js';

/**
 * Search SQL: PostgreSQL full text with the `indonesian` configuration (stems "pembuatan" to
 * "buat"), trigram similarity for typos, and the synonym table. Groups arrive as
 * `[groupIndex, alternative]` pairs; a row's score rewards covering every group, matching in
 * the service name, an exact name, and trigram closeness of the whole query to the name.
 */

export type SearchFilters = {
  mppId?: string;
  provinceCode?: string;
  regencyCode?: string;
  category?: string;
  mode?: string;
  near?: { latitude: number; longitude: number };
};

export type ServiceHit = {
  service: ServiceRecord;
  mpp: { id: string; slug: string; name: string; regencyName: string; timeZone: string; distanceKm: number | null };
  score: number;
  nameGroups: number[];
  keywordGroups: number[];
  bodyGroups: number[];
  placeGroups: number[];
  isExactName: boolean;
};

export type MppHit = { mpp: MppRecord; distanceKm: number | null; groups: number[] };

const GROUPS_CTE = `
  alts AS (
    SELECT (e->>0)::int AS grp, phraseto_tsquery('indonesian', e->>1) AS tsq
    FROM jsonb_array_elements($1::jsonb) AS e
  ),
  groups AS (
    SELECT grp, (string_agg('(' || tsq::text || ')', ' | '))::tsquery AS tsq
    FROM alts WHERE tsq::text <> '' GROUP BY grp
  ),
  whole AS (
    SELECT (string_agg('(' || tsq::text || ')', ' | '))::tsquery AS tsq, count(*)::int AS n FROM groups
  )`;

export type SynonymRecord = { term: string; expansions: string[]; isBuiltin: boolean };

export function createCatalogueSearchRepository(db: Database) {
  return {
    async listSynonyms(): Promise<SynonymRecord[]> {
      const rows = await db.query<{ term: string; expansions: string[]; is_builtin: boolean }>(
        'SELECT term, expansions, is_builtin FROM search_synonyms ORDER BY term',
      );
      return rows.map((r) => ({ term: r.term, expansions: r.expansions, isBuiltin: r.is_builtin }));
    },

    /** An admin's entry replaces a built-in one and is never overwritten by upgrades. */
    async saveSynonym(id: string, term: string, expansions: string[]): Promise<void> {
      await db.query(
        `INSERT INTO search_synonyms (id, term, expansions, is_builtin) VALUES ($1, $2, $3::text[], false)
         ON CONFLICT (term) DO UPDATE SET expansions = EXCLUDED.expansions, is_builtin = false`,
        [id, term, expansions],
      );
      await db.exec('SELECT refresh_search_vocabulary()');
    },

    async deleteSynonym(term: string): Promise<boolean> {
      const rows = await db.query<{ term: string }>('DELETE FROM search_synonyms WHERE term = $1 RETURNING term', [
        term,
      ]);
      if (rows.length > 0) await db.exec('SELECT refresh_search_vocabulary()');
      return rows.length > 0;
    },

    async findSynonyms(phrases: string[]): Promise<Map<string, string[]>> {
      if (phrases.length === 0) return new Map();
      const rows = await db.query<{ term: string; expansions: string[] }>(
        'SELECT term, expansions FROM search_synonyms WHERE term = ANY ($1::text[])',
        [phrases],
      );
      return new Map(rows.map((r) => [r.term, r.expansions]));
    },

    async knownWords(words: string[]): Promise<Set<string>> {
      if (words.length === 0) return new Set();
      const rows = await db.query<{ word: string }>(
        'SELECT word FROM search_vocabulary WHERE word = ANY ($1::text[])',
        [words],
      );
      return new Set(rows.map((r) => r.word));
    },

    /** The closest vocabulary word by trigram similarity, preferring common words on ties. */
    async closestWord(word: string, minimumSimilarity: number): Promise<string | undefined> {
      const rows = await db.query<{ word: string }>(
        `SELECT word FROM search_vocabulary
         WHERE word % $1 AND similarity(word, $1) >= $2
         ORDER BY similarity(word, $1) DESC, ndoc DESC, word LIMIT 1`,
        [word, minimumSimilarity],
      );
      return rows[0]?.word;
    },

    async searchServices(
      pairs: [number, string][],
      normalisedQuery: string,
      filters: SearchFilters,
      limit: number,
    ): Promise<ServiceHit[]> {
      const near = filters.near;
      const rows = await db.query(
        `WITH ${GROUPS_CTE},
        candidates AS (
          SELECT s.id FROM services s, whole WHERE whole.tsq IS NOT NULL AND s.search_vector @@ whole.tsq
          UNION
          SELECT s.id FROM services s WHERE lower(s.name) % $2
        ),
        scored AS (
          SELECT s.id,
            array(SELECT g.grp FROM groups g WHERE s.name_vector @@ g.tsq) AS name_groups,
            array(SELECT g.grp FROM groups g WHERE s.keyword_vector @@ g.tsq) AS keyword_groups,
            array(SELECT g.grp FROM groups g WHERE s.body_vector @@ g.tsq) AS body_groups,
            coalesce(ts_rank_cd(s.search_vector, (SELECT tsq FROM whole)), 0) AS rank,
            similarity(lower(s.name), $2) AS name_similarity,
            lower(s.name) = $2 AS exact_name
          FROM candidates c JOIN services s ON s.id = c.id
          WHERE ($5::text IS NULL OR s.category = $5) AND ($6::text IS NULL OR $6 = ANY (s.modes))
        ),
        ranked AS (
          SELECT sc.*,
            (SELECT count(DISTINCT x) FROM unnest(sc.name_groups || sc.keyword_groups || sc.body_groups) AS x)::int AS covered,
            cardinality(sc.name_groups) AS in_name
          FROM scored sc
        ),
        top_services AS (
          SELECT r.* FROM ranked r
          WHERE EXISTS (
            SELECT 1 FROM service_offerings o JOIN mpps m ON m.id = o.mpp_id
            WHERE o.service_id = r.id AND o.is_active
              AND ($3::uuid IS NULL OR o.mpp_id = $3) AND ($4::text IS NULL OR m.province_code = $4)
              AND ($7::text IS NULL OR m.regency_code = $7))
          ORDER BY r.exact_name DESC, r.covered DESC, r.in_name DESC, r.name_similarity + r.rank DESC
          LIMIT 200
        )
        SELECT s.id, s.slug, s.name, s.description, s.category, s.modes, s.keywords, s.standard, s.version,
          s.updated_at, t.id AS tenant_id, t.slug AS tenant_slug, t.name AS tenant_name, t.short_name AS tenant_short_name,
          m.id AS mpp_id, m.slug AS mpp_slug, m.name AS mpp_name, m.regency_name AS mpp_regency_name,
          m.time_zone AS mpp_time_zone,
          CASE WHEN $8::float8 IS NULL THEN NULL ELSE geo_distance_km($8, $9, m.latitude, m.longitude) END AS distance_km,
          ts.name_groups, ts.keyword_groups, ts.body_groups, ts.exact_name,
          array(SELECT g.grp FROM groups g WHERE m.search_vector @@ g.tsq) AS place_groups,
          ts.covered, ts.in_name, ts.name_similarity, ts.rank, (SELECT n FROM whole) AS group_count
        FROM top_services ts
        JOIN services s ON s.id = ts.id
        JOIN tenants t ON t.id = s.tenant_id
        JOIN service_offerings o ON o.service_id = s.id AND o.is_active
        JOIN mpps m ON m.id = o.mpp_id
        WHERE ($3::uuid IS NULL OR o.mpp_id = $3) AND ($4::text IS NULL OR m.province_code = $4)
          AND ($7::text IS NULL OR m.regency_code = $7)
        ORDER BY ts.exact_name DESC,
          (SELECT count(DISTINCT x) FROM unnest(ts.name_groups || ts.keyword_groups || ts.body_groups
             || array(SELECT g.grp FROM groups g WHERE m.search_vector @@ g.tsq)) AS x) DESC,
          ts.in_name DESC, ts.name_similarity + ts.rank DESC, distance_km NULLS LAST, m.name, s.name, o.id
        LIMIT $10`,
        [
          JSON.stringify(pairs),
          normalisedQuery,
          filters.mppId ?? null,
          filters.provinceCode ?? null,
          filters.category ?? null,
          filters.mode ?? null,
          filters.regencyCode ?? null,
          near?.latitude ?? null,
          near?.longitude ?? null,
          limit,
        ],
      );
      return rows.map((r) => {
        const groupCount = Math.max(1, Number(r.group_count ?? 1));
        const placeGroups = (r.place_groups as number[]) ?? [];
        const covered = new Set([
          ...(r.name_groups as number[]),
          ...(r.keyword_groups as number[]),
          ...(r.body_groups as number[]),
          ...placeGroups,
        ]).size;
        const score =
          (r.exact_name ? 10 : 0) +
          (covered / groupCount) * 5 +
          (Number(r.in_name) / groupCount) * 2 +
          Number(r.name_similarity) +
          Number(r.rank);
        return {
          service: mapService(r),
          mpp: {
            id: r.mpp_id as string,
            slug: r.mpp_slug as string,
            name: r.mpp_name as string,
            regencyName: r.mpp_regency_name as string,
            timeZone: r.mpp_time_zone as string,
            distanceKm: r.distance_km === null || r.distance_km === undefined ? null : Number(r.distance_km),
          },
          score: Math.round(score * 1000) / 1000,
          nameGroups: r.name_groups as number[],
          keywordGroups: r.keyword_groups as number[],
          bodyGroups: r.body_groups as number[],
          placeGroups,
          isExactName: Boolean(r.exact_name),
        };
      });
    },

    async searchMpps(pairs: [number, string][], filters: SearchFilters, limit: number): Promise<MppHit[]> {
      const near = filters.near;
      const rows = await db.query(
        `WITH ${GROUPS_CTE}
        SELECT m.*, (SELECT count(*) FROM gerai g WHERE g.mpp_id = m.id)::int AS tenant_count,
          (SELECT count(*) FROM service_offerings o WHERE o.mpp_id = m.id AND o.is_active)::int AS service_count,
          array(SELECT g.grp FROM groups g WHERE m.search_vector @@ g.tsq) AS groups,
          CASE WHEN $3::float8 IS NULL THEN NULL ELSE geo_distance_km($3, $4, m.latitude, m.longitude) END AS distance_km
        FROM mpps m, whole
        WHERE whole.tsq IS NOT NULL AND m.search_vector @@ whole.tsq
          AND ($2::text IS NULL OR m.province_code = $2)
        ORDER BY ts_rank_cd(m.search_vector, whole.tsq) DESC, distance_km NULLS LAST, m.name
        LIMIT $5`,
        [JSON.stringify(pairs), filters.provinceCode ?? null, near?.latitude ?? null, near?.longitude ?? null, limit],
      );
      return rows.map((r) => ({
        mpp: mapMpp(r),
        distanceKm: r.distance_km === null || r.distance_km === undefined ? null : Number(r.distance_km),
        groups: r.groups as number[],
      }));
    },
  };
}

export type CatalogueSearchRepository = ReturnType<typeof createCatalogueSearchRepository>;
