-- Catalogue: MPPs, tenants (instansi), gerai, counters (loket), services with their
-- Standar Pelayanan, where each service is offered, the working calendar and search.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

-- Great-circle distance in kilometres (haversine); enough for "nearest MPP" without PostGIS.
CREATE OR REPLACE FUNCTION geo_distance_km(lat1 double precision, lng1 double precision,
                                           lat2 double precision, lng2 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 2 * 6371.0088 * asin(sqrt(
    power(sin(radians(lat2 - lat1) / 2), 2) +
    cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)))
$$;

CREATE TABLE mpps (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  regency_code text NOT NULL,
  regency_name text NOT NULL,
  province_code text NOT NULL,
  province_name text NOT NULL,
  area_dataset text NOT NULL,
  address text NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  time_zone text NOT NULL CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  opening_hours jsonb NOT NULL,
  maklumat_text text NOT NULL,
  maklumat_signatory_name text NOT NULL,
  maklumat_signatory_title text NOT NULL,
  contact jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_demo boolean NOT NULL DEFAULT false,
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  -- The place names alone (kab/kota and province, without "Kota"/"Kabupaten"): a query word
  -- that matches here names where the citizen wants the service, not what the service is.
  place_vector tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mpps_province_idx ON mpps (province_code, name, id);
CREATE INDEX mpps_regency_idx ON mpps (regency_code);
CREATE INDEX mpps_name_order_idx ON mpps (name, id);
CREATE INDEX mpps_search_idx ON mpps USING gin (search_vector);
CREATE INDEX mpps_place_idx ON mpps USING gin (place_vector);

-- Non-working and extra working dates. mpp_id NULL = national (holidays, cuti bersama).
CREATE TABLE calendar_dates (
  id uuid PRIMARY KEY,
  mpp_id uuid REFERENCES mpps (id) ON DELETE CASCADE,
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('national_holiday', 'cuti_bersama', 'local_holiday', 'closure', 'working_day')),
  name text NOT NULL,
  -- Where the row came from (date-holidays, the SKB, a catalogue import, an admin); an admin's
  -- edit or removal sets is_admin_edited and no automatic refresh touches the row again.
  source text NOT NULL,
  is_removed boolean NOT NULL DEFAULT false,
  is_admin_edited boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT calendar_dates_unique UNIQUE NULLS NOT DISTINCT (mpp_id, date, kind)
);
CREATE INDEX calendar_dates_date_idx ON calendar_dates (date);

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  short_name text NOT NULL,
  type text NOT NULL CHECK (type IN ('kementerian_lembaga', 'pemerintah_provinsi', 'pemerintah_kabupaten_kota', 'bumn', 'bumd', 'swasta')),
  parent_organisation text,
  logo_url text,
  website text,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenants_name_idx ON tenants (name, id);

-- A tenant's booth inside one MPP.
CREATE TABLE gerai (
  id uuid PRIMARY KEY,
  mpp_id uuid NOT NULL REFERENCES mpps (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  location text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (mpp_id, tenant_id)
);
CREATE INDEX gerai_tenant_idx ON gerai (tenant_id);

CREATE TABLE services (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  modes text[] NOT NULL,
  keywords text[] NOT NULL DEFAULT '{}',
  standard jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  -- Weighted search text: A name, B keywords and tenant, C description and product.
  name_vector tsvector NOT NULL DEFAULT ''::tsvector,
  keyword_vector tsvector NOT NULL DEFAULT ''::tsvector,
  body_vector tsvector NOT NULL DEFAULT ''::tsvector,
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX services_tenant_idx ON services (tenant_id, name, id);
CREATE INDEX services_category_idx ON services (category);
CREATE INDEX services_name_order_idx ON services (name, id);
CREATE INDEX services_search_idx ON services USING gin (search_vector);
CREATE INDEX services_name_vector_idx ON services USING gin (name_vector);
CREATE INDEX services_name_trgm_idx ON services USING gin (lower(name) gin_trgm_ops);

-- Every published version of a service's definition: a case keeps the version it started under.
CREATE TABLE service_versions (
  service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  version integer NOT NULL,
  name text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  modes text[] NOT NULL,
  standard jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, version)
);

-- Where a service is offered: at one MPP, through the tenant's gerai there.
CREATE TABLE service_offerings (
  id uuid PRIMARY KEY,
  service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  mpp_id uuid NOT NULL REFERENCES mpps (id) ON DELETE CASCADE,
  gerai_id uuid NOT NULL REFERENCES gerai (id) ON DELETE CASCADE,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_id, mpp_id)
);
CREATE INDEX service_offerings_mpp_idx ON service_offerings (mpp_id, service_id);

CREATE TABLE counters (
  id uuid PRIMARY KEY,
  mpp_id uuid NOT NULL REFERENCES mpps (id) ON DELETE CASCADE,
  gerai_id uuid NOT NULL REFERENCES gerai (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  label text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (mpp_id, number)
);
CREATE INDEX counters_gerai_idx ON counters (gerai_id);

CREATE TABLE counter_services (
  counter_id uuid NOT NULL REFERENCES counters (id) ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  PRIMARY KEY (counter_id, service_id)
);
CREATE INDEX counter_services_service_idx ON counter_services (service_id);

-- Colloquial and abbreviated words -> the words our services use. Admins extend it.
CREATE TABLE search_synonyms (
  id uuid PRIMARY KEY,
  term text NOT NULL UNIQUE CHECK (term = lower(term) AND length(term) > 0),
  expansions text[] NOT NULL CHECK (cardinality(expansions) > 0),
  is_builtin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Search vectors are maintained in the database so every write path keeps them right.
CREATE OR REPLACE FUNCTION services_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant_text text;
BEGIN
  SELECT coalesce(t.short_name, '') || ' ' || coalesce(t.name, '') INTO tenant_text FROM tenants t WHERE t.id = NEW.tenant_id;
  NEW.name_vector := to_tsvector('indonesian', NEW.name);
  NEW.keyword_vector := to_tsvector('indonesian',
    array_to_string(NEW.keywords, ' ') || ' ' || coalesce(tenant_text, '') || ' ' || replace(NEW.category, '_', ' '));
  NEW.body_vector := to_tsvector('indonesian', NEW.description || ' ' || coalesce(NEW.standard->>'product', ''));
  NEW.search_vector := setweight(NEW.name_vector, 'A') || setweight(NEW.keyword_vector, 'B') || setweight(NEW.body_vector, 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER services_search_refresh BEFORE INSERT OR UPDATE OF name, description, keywords, category, standard, tenant_id
  ON services FOR EACH ROW EXECUTE FUNCTION services_search_refresh();

CREATE OR REPLACE FUNCTION mpps_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('indonesian', NEW.name), 'A') ||
    setweight(to_tsvector('indonesian', NEW.regency_name || ' ' || NEW.province_name), 'B') ||
    setweight(to_tsvector('indonesian', NEW.address), 'C');
  NEW.place_vector := to_tsvector('indonesian',
    regexp_replace(NEW.regency_name, '^(Kota|Kabupaten|Kab\.)\s+', '', 'i') || ' ' || NEW.province_name);
  RETURN NEW;
END $$;
CREATE TRIGGER mpps_search_refresh BEFORE INSERT OR UPDATE OF name, regency_name, province_name, address
  ON mpps FOR EACH ROW EXECUTE FUNCTION mpps_search_refresh();

-- The words people may mean: for "did you mean" typo correction by trigram similarity.
-- A table refreshed by refresh_search_vocabulary() rather than a materialized view, because
-- PostgreSQL 17+ runs materialized-view refreshes with a restricted search_path.
CREATE TABLE search_vocabulary (
  word text PRIMARY KEY,
  ndoc integer NOT NULL
);
CREATE OR REPLACE FUNCTION refresh_search_vocabulary() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  -- Two refreshes at once (two imports on two nodes) would collide on the primary key; readers
  -- are not blocked by this lock mode.
  LOCK TABLE search_vocabulary IN EXCLUSIVE MODE;
  DELETE FROM search_vocabulary;
  INSERT INTO search_vocabulary (word, ndoc)
  SELECT word, ndoc FROM ts_stat($q$
    SELECT to_tsvector('simple', s.name || ' ' || array_to_string(s.keywords, ' ') || ' ' || t.short_name || ' ' || t.name)
    FROM services s JOIN tenants t ON t.id = s.tenant_id
    UNION ALL SELECT to_tsvector('simple', m.name || ' ' || m.regency_name || ' ' || m.province_name) FROM mpps m
    UNION ALL SELECT to_tsvector('simple', ss.term || ' ' || array_to_string(ss.expansions, ' ')) FROM search_synonyms ss
  $q$) WHERE length(word) >= 2;
END $fn$;
CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING gin (word gin_trgm_ops);

CREATE OR REPLACE FUNCTION tenants_search_cascade() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE services SET tenant_id = tenant_id WHERE tenant_id = NEW.id;
  RETURN NEW;
END $$;
CREATE TRIGGER tenants_search_cascade AFTER UPDATE OF name, short_name ON tenants
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
  EXECUTE FUNCTION tenants_search_cascade();
