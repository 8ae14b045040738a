-- Queue: tickets, numbering, counters at work, the event stream displays follow, and the
-- frozen figures of each service day. Every table carries mpp_id (distribution by MPP, site
-- nodes); ids are UUIDv7 made by the writer. No foreign keys into the catalogue's tables: a
-- module reads only its own (ARCHITECTURE.md).

-- How an MPP runs its queue (DOMAIN.md section 0: the priority rule is configuration per MPP).
CREATE TABLE queue_mpp_settings (
  mpp_id uuid PRIMARY KEY,
  priority_rule text NOT NULL DEFAULT 'priority_first' CHECK (priority_rule IN ('priority_first', 'interleave')),
  regular_per_priority integer NOT NULL DEFAULT 3 CHECK (regular_per_priority BETWEEN 1 AND 50),
  -- Priority tickets share one series per MPP ('P-004') when set; NULL: they take their service's prefix.
  priority_prefix text DEFAULT 'P' CHECK (priority_prefix ~ '^[A-Z]{1,2}$'),
  near_turn_ahead integer NOT NULL DEFAULT 3 CHECK (near_turn_ahead BETWEEN 1 AND 50),
  no_show_grace_minutes integer NOT NULL DEFAULT 15 CHECK (no_show_grace_minutes BETWEEN 0 AND 240),
  running_text text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL
);

-- A service's queue at one MPP: its prefix, daily quota, last-ticket time and target wait.
CREATE TABLE queue_service_settings (
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  prefix text NOT NULL CHECK (prefix ~ '^[A-Z]{1,2}$'),
  daily_quota integer CHECK (daily_quota IS NULL OR daily_quota > 0),
  -- No new tickets this many minutes before the MPP closes.
  last_ticket_minutes_before_close integer NOT NULL DEFAULT 30 CHECK (last_ticket_minutes_before_close BETWEEN 0 AND 480),
  target_wait_minutes integer NOT NULL DEFAULT 30 CHECK (target_wait_minutes BETWEEN 1 AND 600),
  is_online_enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (mpp_id, service_id),
  UNIQUE (mpp_id, prefix)
);

-- Running numbers per series (a service, or the MPP's priority series) per service day. The
-- row lock taken by the increment serialises issuance of one series: no duplicate, and a
-- rolled-back issue rolls its number back too, so no number is skipped silently.
CREATE TABLE queue_number_series (
  mpp_id uuid NOT NULL,
  series text NOT NULL,
  service_day date NOT NULL,
  last_number integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (mpp_id, series, service_day)
);

-- Per service per day: tickets issued (the daily quota's guard, incremented in the issue's
-- transaction) and tickets waiting now (kept in step by every move in or out of the line, so
-- boards read counts without counting 50,000 rows).
CREATE TABLE queue_service_days (
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  service_day date NOT NULL,
  issued integer NOT NULL CHECK (issued >= 0),
  waiting integer NOT NULL DEFAULT 0 CHECK (waiting >= 0),
  PRIMARY KEY (mpp_id, service_id, service_day)
);

CREATE TABLE queue_tickets (
  id uuid PRIMARY KEY,
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  service_day date NOT NULL,
  series text NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  display_number text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('kiosk', 'online', 'counter', 'appointment')),
  lane text NOT NULL DEFAULT 'walk_in' CHECK (lane IN ('walk_in', 'appointment')),
  priority_group text CHECK (priority_group IN ('disability', 'elderly', 'pregnant', 'with_infant', 'child', 'disaster_victim')),
  is_priority boolean GENERATED ALWAYS AS (priority_group IS NOT NULL) STORED,
  citizen_account_id uuid,
  -- E.164 phone for "your turn is near" (kiosk tickets); blanked when the day closes.
  phone text,
  appointment_id uuid,
  status text NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'parked', 'no_show', 'done')),
  outcome text CHECK (outcome IN ('served', 'no_show', 'cancelled_by_citizen', 'removed_by_staff',
    'transferred_to_service', 'transferred_to_counter', 'recycled', 'ended_by_day_close')),
  issued_at timestamptz NOT NULL,
  -- Place in line: the arrival time, kept through transfers; the booked time for appointments.
  order_at timestamptz NOT NULL,
  -- When a regular ticket has waited its service's target time (the aging rule).
  aged_at timestamptz NOT NULL,
  -- A transfer to a counter: only that counter calls it.
  target_counter_id uuid,
  -- The counter and officer holding it now (called or serving), or who last did.
  counter_id uuid,
  officer_account_id uuid,
  called_at timestamptz,
  call_count integer NOT NULL DEFAULT 0,
  started_at timestamptz,
  finished_at timestamptz,
  no_show_at timestamptz,
  recycle_count integer NOT NULL DEFAULT 0,
  late_count integer NOT NULL DEFAULT 0,
  near_notified_at timestamptz,
  updated_at timestamptz NOT NULL,
  UNIQUE (mpp_id, series, service_day, number)
);
-- Calling: the head of each service's priority and regular line, per MPP.
CREATE INDEX queue_tickets_line_idx ON queue_tickets (mpp_id, service_id, is_priority, order_at, id) WHERE status = 'waiting';
CREATE INDEX queue_tickets_day_idx ON queue_tickets (mpp_id, service_day);
CREATE INDEX queue_tickets_open_idx ON queue_tickets (mpp_id, service_day) WHERE status IN ('waiting', 'called', 'serving', 'parked', 'no_show');
-- What a counter holds: its current ticket, parked tickets and missed calls (every action answers with them).
CREATE INDEX queue_tickets_counter_held_idx ON queue_tickets (counter_id, status)
  WHERE status IN ('called', 'serving', 'parked', 'no_show');
-- A counter holds at most one ticket at a time.
CREATE UNIQUE INDEX queue_tickets_counter_current_idx ON queue_tickets (counter_id) WHERE status IN ('called', 'serving');
-- One active online ticket per citizen per service.
CREATE UNIQUE INDEX queue_tickets_citizen_active_idx ON queue_tickets (citizen_account_id, service_id)
  WHERE citizen_account_id IS NOT NULL AND status IN ('waiting', 'called', 'serving', 'parked');

-- One visit of a ticket to a service queue: from joining the line to its outcome. Transfers
-- open a new visit. The queue KPIs are computed from visits.
CREATE TABLE queue_visits (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES queue_tickets (id) ON DELETE CASCADE,
  mpp_id uuid NOT NULL,
  service_day date NOT NULL,
  service_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  is_priority boolean NOT NULL,
  joined_at timestamptz NOT NULL,
  target_wait_minutes integer NOT NULL,
  counter_id uuid,
  officer_account_id uuid,
  first_called_at timestamptz,
  started_at timestamptz,
  ended_at timestamptz,
  outcome text CHECK (outcome IN ('served', 'no_show', 'cancelled_by_citizen', 'removed_by_staff',
    'transferred_to_service', 'transferred_to_counter', 'recycled', 'ended_by_day_close'))
);
CREATE INDEX queue_visits_day_idx ON queue_visits (mpp_id, service_day);
-- A counter's figures of the day, shown on the console after every action.
CREATE INDEX queue_visits_counter_day_idx ON queue_visits (counter_id, service_day) WHERE counter_id IS NOT NULL;
CREATE UNIQUE INDEX queue_visits_open_idx ON queue_visits (ticket_id) WHERE ended_at IS NULL;
CREATE INDEX queue_visits_recent_idx ON queue_visits (service_id, ended_at) WHERE outcome = 'served';

-- A counter at work: opened by an officer for some of its services, on a break, or closed.
CREATE TABLE queue_counter_sessions (
  id uuid PRIMARY KEY,
  mpp_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  counter_id uuid NOT NULL,
  counter_number integer NOT NULL,
  officer_account_id uuid NOT NULL,
  service_ids uuid[] NOT NULL CHECK (cardinality(service_ids) > 0),
  state text NOT NULL CHECK (state IN ('open', 'break', 'closed')),
  -- Regular calls since the last priority call (the interleave rule).
  regular_streak integer NOT NULL DEFAULT 0,
  opened_at timestamptz NOT NULL,
  state_since timestamptz NOT NULL,
  closed_at timestamptz
);
CREATE UNIQUE INDEX queue_counter_sessions_active_idx ON queue_counter_sessions (counter_id) WHERE state <> 'closed';
CREATE INDEX queue_counter_sessions_mpp_idx ON queue_counter_sessions (mpp_id) WHERE state <> 'closed';

-- The MPP's event stream: every action is one event, written in the action's transaction with
-- the next number of the MPP's stream. The stream row's lock orders commits, so a reader that
-- has seen seq N has seen every event before it (Last-Event-ID resume never misses one).
CREATE TABLE queue_streams (
  mpp_id uuid PRIMARY KEY,
  last_seq bigint NOT NULL
);
CREATE TABLE queue_events (
  mpp_id uuid NOT NULL,
  seq bigint NOT NULL,
  id uuid NOT NULL UNIQUE,
  type text NOT NULL,
  ticket_id uuid,
  counter_id uuid,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (mpp_id, seq)
);

-- Kiosks (and later other devices) of an MPP: a token shown once, stored hashed.
CREATE TABLE queue_devices (
  id uuid PRIMARY KEY,
  mpp_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('kiosk')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  token_hash text NOT NULL UNIQUE,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX queue_devices_mpp_idx ON queue_devices (mpp_id);

-- A closed service day's figures, frozen so later edits cannot change what was reported.
CREATE TABLE queue_day_closings (
  mpp_id uuid NOT NULL,
  service_day date NOT NULL,
  closed_at timestamptz NOT NULL,
  ended_tickets integer NOT NULL,
  figures jsonb NOT NULL,
  PRIMARY KEY (mpp_id, service_day)
);
