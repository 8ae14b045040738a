import type { Database, Queryable } from '../../platform/db/database.js';
import { MPP_COLUMNS, type MppRecord, mapMpp, mapService, type ServiceRecord } from './catalogue.repository.js';

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
  mpp: {
    id: string;
    slug: string;
    name: string;
    regencyName: string;
    timeZone: string;
    isDemo: boolean;
    distanceKm: number | null;
  };
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

const FILTERS = `($5::text IS NULL OR s.category = $5) AND ($6::text IS NULL OR $6 = ANY (s.modes))
    AND ($3::uuid IS NULL AND $4::text IS NULL AND $7::text IS NULL OR EXISTS (
      SELECT 1 FROM service_offerings o JOIN mpps m ON m.id = o.mpp_id
      WHERE o.service_id = s.id AND o.is_active AND ($3::uuid IS NULL OR o.mpp_id = $3)
        AND ($4::text IS NULL OR m.province_code = $4) AND ($7::text IS NULL OR m.regency_code = $7)))`;

const SERVICE_COLUMNS_FOR_SCORING = 's.id, s.name, s.name_vector';

/**
 * Search, step 1: which services. Groups that name a place (a kab/kota or province) steer results
 * to MPPs there instead of being required of the service. Services covering every other group
 * are the candidates; only when there are none do services covering all groups but one, and
 * names close to the whole query by trigram, join in, capped so a common word cannot flood the
 * ranking. Scoring here is only what ranks services; why each matched is worked out in step 2
 * for the rows shown.
 */
const SEARCH_CANDIDATES_SQL = `
WITH ${GROUPS_CTE},
place AS (
  SELECT g.grp FROM groups g WHERE EXISTS (SELECT 1 FROM mpps m WHERE m.place_vector @@ g.tsq)
),
need AS (SELECT g.grp, g.tsq FROM groups g WHERE g.grp NOT IN (SELECT grp FROM place)),
strict_q AS (SELECT (string_agg('(' || tsq::text || ')', ' & '))::tsquery AS tsq, count(*)::int AS n FROM need),
-- Services whose name alone covers every group rank above all others that cover them, so when
-- there are plenty of those the wider match on keywords and text is not needed.
name_c AS MATERIALIZED (
  SELECT ${SERVICE_COLUMNS_FOR_SCORING}, strict_q.n AS covered FROM services s, strict_q
  WHERE strict_q.tsq IS NOT NULL AND s.name_vector @@ strict_q.tsq AND ${FILTERS}
  LIMIT 5000
),
strict_c AS MATERIALIZED (
  SELECT * FROM name_c
  UNION ALL
  SELECT * FROM (
    SELECT ${SERVICE_COLUMNS_FOR_SCORING}, strict_q.n AS covered FROM services s, strict_q
    WHERE (SELECT count(*) FROM name_c) < 200 AND strict_q.tsq IS NOT NULL
      AND s.search_vector @@ strict_q.tsq AND NOT s.name_vector @@ strict_q.tsq AND ${FILTERS}
    LIMIT 2000
  ) wider
),
relaxed_q AS (
  SELECT (SELECT string_agg('(' || n.tsq::text || ')', ' & ') FROM need n WHERE n.grp <> d.grp)::tsquery AS tsq
  FROM need d WHERE (SELECT count(*) FROM need) > 1 AND NOT EXISTS (SELECT 1 FROM strict_c)
),
relaxed_c AS MATERIALIZED (
  SELECT r.id, r.name, r.name_vector, (SELECT count(*) FROM need n WHERE r.search_vector @@ n.tsq)::int AS covered
  FROM relaxed_q q CROSS JOIN LATERAL (
    SELECT ${SERVICE_COLUMNS_FOR_SCORING}, s.search_vector FROM services s
    WHERE s.search_vector @@ q.tsq AND ${FILTERS} LIMIT 1000
  ) r
),
trigram_c AS MATERIALIZED (
  SELECT t.id, t.name, t.name_vector, (SELECT count(*) FROM need n WHERE t.search_vector @@ n.tsq)::int AS covered
  FROM (
    SELECT ${SERVICE_COLUMNS_FOR_SCORING}, s.search_vector FROM services s
    WHERE NOT EXISTS (SELECT 1 FROM strict_c) AND lower(s.name) % $2 AND ${FILTERS}
    LIMIT 500
  ) t
),
candidates AS (
  SELECT * FROM strict_c UNION ALL SELECT * FROM relaxed_c UNION ALL SELECT * FROM trigram_c
),
-- Services of the same name score the same (regional copies across MPPs): score each name once.
named AS (
  SELECT c.name, max(c.covered) AS covered, (array_agg(c.id))[1] AS representative, array_agg(DISTINCT c.id) AS ids
  FROM candidates c GROUP BY c.name
),
-- With a place in the query, the services offered there must reach step 2 whatever their rank.
at_place AS (
  SELECT coalesce(array_agg(c.id), '{}') AS ids FROM candidates c
  WHERE EXISTS (SELECT 1 FROM place) AND EXISTS (
    SELECT 1 FROM service_offerings o JOIN mpps m ON m.id = o.mpp_id
    WHERE o.service_id = c.id AND o.is_active AND EXISTS (
      SELECT 1 FROM groups g JOIN place p ON p.grp = g.grp WHERE m.place_vector @@ g.tsq))
)
SELECT n.ids, n.covered,
  (SELECT count(*) FROM need x WHERE s.name_vector @@ x.tsq)::int AS in_name,
  coalesce(ts_rank_cd(s.search_vector, (SELECT tsq FROM whole)), 0) + similarity(lower(s.name), $2) AS closeness,
  lower(s.name) = $2 AS exact_name,
  array(SELECT grp FROM place) AS place_groups_of_query,
  (SELECT ids FROM at_place) AS place_ids,
  (SELECT n FROM whole) AS group_count
FROM named n JOIN services s ON s.id = n.representative`;

/**
 * Search, step 2: where, and why. The candidate services' offerings at MPPs that pass the
 * filters, with the query's place groups matched against each MPP, ranked best first: exact
 * name, groups covered (places included), groups in the name, trigram closeness,
 * distance to \`near\`. For the rows shown, which groups matched the name, keywords or text.
 */
const SEARCH_OFFERINGS_SQL = `
WITH c AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, covered int, in_name int, exact_name boolean, closeness float8)
),
groups AS (
  SELECT (e->>0)::int AS grp, (string_agg('(' || phraseto_tsquery('indonesian', e->>1)::text || ')', ' | '))::tsquery AS tsq
  FROM jsonb_array_elements($2::jsonb) AS e WHERE phraseto_tsquery('indonesian', e->>1)::text <> '' GROUP BY 1
),
place AS (SELECT * FROM groups WHERE grp = ANY ($9::int[])),
mp AS (
  SELECT m.id, array(SELECT p.grp FROM place p WHERE m.place_vector @@ p.tsq) AS place_groups FROM mpps m
  WHERE EXISTS (SELECT 1 FROM place)
),
ranked AS (
  SELECT c.id AS service_id, o.id AS offering_id, m.id AS mpp_id, m.name AS mpp_name, c.exact_name, c.in_name,
    c.closeness, coalesce(mp.place_groups, '{}') AS place_groups,
    c.covered + cardinality(coalesce(mp.place_groups, '{}')) AS covered,
    CASE WHEN $6::float8 IS NULL THEN NULL ELSE geo_distance_km($6, $7, m.latitude, m.longitude) END AS distance_km
  FROM c
  JOIN service_offerings o ON o.service_id = c.id AND o.is_active
  JOIN mpps m ON m.id = o.mpp_id
  LEFT JOIN mp ON mp.id = m.id
  WHERE ($3::uuid IS NULL OR o.mpp_id = $3) AND ($4::text IS NULL OR m.province_code = $4)
    AND ($5::text IS NULL OR m.regency_code = $5)
  ORDER BY c.exact_name DESC, covered DESC, c.in_name DESC, c.closeness DESC, distance_km NULLS LAST,
    m.name, c.id, o.id
  LIMIT $8
)
SELECT r.*, s.id, s.slug, s.name, s.description, s.category, s.modes, s.keywords, s.standard, s.version,
  s.updated_at, t.id AS tenant_id, t.slug AS tenant_slug, t.name AS tenant_name, t.short_name AS tenant_short_name,
  m.slug AS mpp_slug, m.regency_name AS mpp_regency_name, m.time_zone AS mpp_time_zone, m.is_demo AS mpp_is_demo,
  array(SELECT g.grp FROM groups g WHERE s.name_vector @@ g.tsq) AS name_groups,
  array(SELECT g.grp FROM groups g WHERE s.keyword_vector @@ g.tsq) AS keyword_groups,
  array(SELECT g.grp FROM groups g WHERE s.body_vector @@ g.tsq) AS body_groups
FROM ranked r JOIN services s ON s.id = r.service_id JOIN tenants t ON t.id = s.tenant_id JOIN mpps m ON m.id = r.mpp_id
ORDER BY r.exact_name DESC, r.covered DESC, r.in_name DESC, r.closeness DESC, r.distance_km NULLS LAST,
  r.mpp_name, r.service_id, r.offering_id`;

type NamedCandidates = {
  ids: string[];
  covered: number;
  in_name: number;
  closeness: number;
  exact_name: boolean;
  place_ids: string[];
};

/**
 * The services step 2 must place: every service of the best-ranked names until there are at
 * least `limit` (all copies of a name tie, so distance and place can order them), plus every
 * service offered at a place the query names.
 */
function selectCandidates(named: NamedCandidates[], limit: number) {
  const ranked = [...named].sort(
    (a, b) =>
      Number(b.exact_name) - Number(a.exact_name) ||
      b.covered - a.covered ||
      b.in_name - a.in_name ||
      Number(b.closeness) - Number(a.closeness),
  );
  const atPlace = new Set(named[0]?.place_ids ?? []);
  const chosen: { id: string; covered: number; in_name: number; exact_name: boolean; closeness: number }[] = [];
  let taken = 0;
  for (const group of ranked) {
    const include = taken < limit;
    for (const id of group.ids) {
      if (include || atPlace.has(id)) {
        chosen.push({
          id,
          covered: group.covered,
          in_name: group.in_name,
          exact_name: group.exact_name,
          closeness: Number(group.closeness),
        });
      }
    }
    if (include) taken += group.ids.length;
  }
  return chosen;
}

export function createCatalogueSearchRepository(db: Database) {
  const queries = searchQueries(db);
  return {
    ...queries,
    /**
     * An admin's entry replaces a built-in one and is never overwritten by upgrades. `within` runs
     * in the same transaction (the audit entry).
     */
    async saveSynonym(
      id: string,
      term: string,
      expansions: string[],
      within?: (tx: Queryable) => Promise<void>,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO search_synonyms (id, term, expansions, is_builtin) VALUES ($1, $2, $3::text[], false)
           ON CONFLICT (term) DO UPDATE SET expansions = EXCLUDED.expansions, is_builtin = false`,
          [id, term, expansions],
        );
        await tx.query('SELECT refresh_search_vocabulary()');
        await within?.(tx);
      });
    },

    async deleteSynonym(term: string, within?: (tx: Queryable) => Promise<void>): Promise<boolean> {
      return db.transaction(async (tx) => {
        const rows = await tx.query<{ term: string }>('DELETE FROM search_synonyms WHERE term = $1 RETURNING term', [
          term,
        ]);
        if (rows.length === 0) return false;
        await tx.query('SELECT refresh_search_vocabulary()');
        await within?.(tx);
        return true;
      });
    },

    /**
     * Runs one search's statements in one read-only transaction: a consistent snapshot, and on
     * the single-connection embedded database a search is served as a unit, first come first
     * served, instead of interleaving its statements with every other search's.
     */
    readConsistently<T>(fn: (reads: SearchReads) => Promise<T>): Promise<T> {
      return db.transaction(async (tx) => {
        await tx.exec('SET TRANSACTION READ ONLY');
        return fn(searchQueries(tx));
      });
    },
  };
}

export type SearchReads = ReturnType<typeof searchQueries>;

/** Every statement of the search, on a database or inside a transaction. */
function searchQueries(db: Queryable) {
  return {
    async listSynonyms(): Promise<SynonymRecord[]> {
      const rows = await db.query<{ term: string; expansions: string[]; is_builtin: boolean }>(
        'SELECT term, expansions, is_builtin FROM search_synonyms ORDER BY term',
      );
      return rows.map((r) => ({ term: r.term, expansions: r.expansions, isBuiltin: r.is_builtin }));
    },

    /**
     * One round trip for every token: whether the vocabulary knows it, and if not (and it is long
     * enough to be a word) the closest known word by trigram similarity, common words first.
     */
    async lookupWords(
      tokens: string[],
      minimumSimilarity: number,
    ): Promise<Map<string, { known: boolean; closest?: string }>> {
      if (tokens.length === 0) return new Map();
      const rows = await db.query<{ token: string; known: boolean; closest: string | null }>(
        `SELECT t.token, k.known,
           CASE WHEN NOT k.known AND length(t.token) >= 4 AND t.token !~ '^[0-9]+$' THEN (
             SELECT v.word FROM search_vocabulary v
             WHERE v.word % t.token AND similarity(v.word, t.token) >= $2
             ORDER BY similarity(v.word, t.token) DESC, v.ndoc DESC, v.word LIMIT 1)
           END AS closest
         FROM unnest($1::text[]) AS t(token)
         CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.word = t.token) AS known) k`,
        [tokens, minimumSimilarity],
      );
      return new Map(rows.map((r) => [r.token, { known: r.known, ...(r.closest ? { closest: r.closest } : {}) }]));
    },

    async searchServices(
      pairs: [number, string][],
      normalisedQuery: string,
      filters: SearchFilters,
      limit: number,
    ): Promise<ServiceHit[]> {
      const near = filters.near;
      const named = await db.query<{
        ids: string[];
        covered: number;
        in_name: number;
        closeness: number;
        exact_name: boolean;
        place_groups_of_query: number[];
        place_ids: string[];
        group_count: number;
      }>(SEARCH_CANDIDATES_SQL, [
        JSON.stringify(pairs),
        normalisedQuery,
        filters.mppId ?? null,
        filters.provinceCode ?? null,
        filters.category ?? null,
        filters.mode ?? null,
        filters.regencyCode ?? null,
      ]);
      if (named.length === 0) return [];
      const groupCount = Math.max(1, Number(named[0]?.group_count ?? 1));
      const candidates = selectCandidates(named, limit);
      const rows = await db.query(SEARCH_OFFERINGS_SQL, [
        JSON.stringify(candidates),
        JSON.stringify(pairs),
        filters.mppId ?? null,
        filters.provinceCode ?? null,
        filters.regencyCode ?? null,
        near?.latitude ?? null,
        near?.longitude ?? null,
        limit,
        named[0]?.place_groups_of_query ?? [],
      ]);
      return rows.map((r) => {
        const score =
          (r.exact_name ? 10 : 0) +
          (Number(r.covered) / groupCount) * 5 +
          (Number(r.in_name) / groupCount) * 2 +
          Number(r.closeness);
        return {
          service: mapService(r),
          mpp: {
            id: r.mpp_id as string,
            slug: r.mpp_slug as string,
            name: r.mpp_name as string,
            regencyName: r.mpp_regency_name as string,
            timeZone: r.mpp_time_zone as string,
            isDemo: Boolean(r.mpp_is_demo),
            distanceKm: r.distance_km === null || r.distance_km === undefined ? null : Number(r.distance_km),
          },
          score: Math.round(score * 1000) / 1000,
          nameGroups: r.name_groups as number[],
          keywordGroups: r.keyword_groups as number[],
          bodyGroups: r.body_groups as number[],
          placeGroups: r.place_groups as number[],
          isExactName: Boolean(r.exact_name),
        };
      });
    },

    async searchMpps(pairs: [number, string][], filters: SearchFilters, limit: number): Promise<MppHit[]> {
      const near = filters.near;
      const rows = await db.query(
        `WITH ${GROUPS_CTE}
        SELECT ${MPP_COLUMNS},
          array(SELECT g.grp FROM groups g WHERE m.search_vector @@ g.tsq) AS groups,
          CASE WHEN $3::float8 IS NULL THEN NULL ELSE geo_distance_km($3, $4, m.latitude, m.longitude) END AS distance_km
        FROM mpps m, whole
        WHERE whole.tsq IS NOT NULL AND m.search_vector @@ whole.tsq
          AND ($2::text IS NULL OR m.province_code = $2) AND ($6::text IS NULL OR m.regency_code = $6)
        ORDER BY ts_rank_cd(m.search_vector, whole.tsq) DESC, distance_km NULLS LAST, m.name, m.id
        LIMIT $5`,
        [
          JSON.stringify(pairs),
          filters.provinceCode ?? null,
          near?.latitude ?? null,
          near?.longitude ?? null,
          limit,
          filters.regencyCode ?? null,
        ],
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
