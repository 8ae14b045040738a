-- Identity and access: citizens and staff, sign-in challenges, sessions, roles with scopes,
-- agency API keys, rate-limit counters and the hash-chained audit log.
-- Personal data: the NIK is stored only encrypted (AES-256-GCM) plus a keyed hash for lookup;
-- phone numbers and email addresses are kept in clear because messages must reach them, and
-- never written to logs.

CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('citizen', 'staff')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'disabled', 'erased')),
  display_name text NOT NULL DEFAULT '',
  email text CHECK (email = lower(email)),
  phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  password_hash text,
  password_changed_at timestamptz,
  totp_secret_encrypted text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  preferred_language text NOT NULL DEFAULT 'id' CHECK (preferred_language IN ('id', 'en')),
  created_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  erased_at timestamptz
);
CREATE UNIQUE INDEX accounts_kind_email ON accounts (kind, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX accounts_kind_phone ON accounts (kind, phone) WHERE phone IS NOT NULL;

CREATE TABLE citizen_profiles (
  account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  full_name text NOT NULL DEFAULT '',
  nik_encrypted text,
  nik_hash text UNIQUE,
  nik_masked text,
  nik_verification_status text CHECK (nik_verification_status IN ('unverified', 'match', 'mismatch', 'not_found', 'unavailable')),
  nik_verification_source text,
  nik_verified_at timestamptz,
  birth_date date,
  sex text CHECK (sex IN ('L', 'P')),
  address_line text,
  province_code text,
  regency_code text,
  district_code text,
  village_code text,
  channels text[] NOT NULL DEFAULT '{}',
  -- Optional channels the citizen agreed to ({"whatsapp": {"grantedAt": ..., "withdrawnAt": ...}}).
  consents jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_grants (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('officer', 'verifier', 'tenant_admin', 'mpp_manager', 'national_admin', 'auditor')),
  mpp_id uuid REFERENCES mpps (id) ON DELETE CASCADE,
  tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE,
  counter_ids uuid[],
  granted_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX role_grants_account ON role_grants (account_id);
CREATE INDEX role_grants_mpp ON role_grants (mpp_id) WHERE mpp_id IS NOT NULL;
CREATE INDEX role_grants_tenant ON role_grants (tenant_id) WHERE tenant_id IS NOT NULL;

-- One-time codes: the code is kept only as a keyed hash. The destination is needed to create the
-- account when the code is confirmed; challenges are purged a day after they expire.
CREATE TABLE otp_challenges (
  id uuid PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'email')),
  destination text NOT NULL,
  destination_hash text NOT NULL,
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  locked_at timestamptz
);
CREATE INDEX otp_challenges_destination ON otp_challenges (destination_hash, created_at DESC);

-- Staff sign-in between the password and the second factor; and invitations to set a password.
CREATE TABLE auth_tickets (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  purpose text NOT NULL CHECK (purpose IN ('totp', 'totp_enrolment', 'invitation', 'oidc')),
  account_id uuid REFERENCES accounts (id) ON DELETE CASCADE,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz
);
CREATE INDEX auth_tickets_expiry ON auth_tickets (expires_at);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  method text NOT NULL CHECK (method IN ('otp', 'password', 'password_totp', 'oidc')),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  user_agent text,
  ip_prefix text
);
CREATE INDEX sessions_account ON sessions (account_id) WHERE revoked_at IS NULL;

CREATE TABLE oidc_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject)
);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
  created_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

-- Fixed-window counters shared by every app node (sign-in, OTP per destination / IP / global).
CREATE TABLE rate_limit_counters (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_limit_counters_expiry ON rate_limit_counters (expires_at);

-- Append-only, hash-chained: each row's hash covers its content and the previous row's hash,
-- so an edited or deleted row breaks the chain (`satupintu audit verify`).
CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  occurred_at timestamptz NOT NULL,
  actor_account_id uuid,
  actor_api_key_id uuid,
  actor_label text NOT NULL,
  actor_roles text[] NOT NULL DEFAULT '{}',
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  subject_type text,
  subject_id text,
  -- The citizen whose personal data was read or changed ("who viewed my data").
  subject_account_id uuid,
  mpp_id uuid,
  tenant_id uuid,
  reason text,
  request_id text,
  ip_prefix text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_events_subject_account ON audit_events (subject_account_id, seq DESC) WHERE subject_account_id IS NOT NULL;
CREATE INDEX audit_events_actor ON audit_events (actor_account_id, seq DESC);
CREATE INDEX audit_events_action ON audit_events (action, seq DESC);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- Requests to erase an account: what was erased and what the law requires us to keep.
CREATE TABLE deletion_requests (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL,
  requested_at timestamptz NOT NULL,
  completed_at timestamptz,
  outcome text CHECK (outcome IN ('erased', 'anonymised')),
  kept jsonb NOT NULL DEFAULT '[]'::jsonb
);
