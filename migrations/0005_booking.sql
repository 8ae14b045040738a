-- Booking: appointment schedules per service per MPP, the seats of each slot, bookings, and the
-- answers kept for retried requests (Idempotency-Key). Every table carries mpp_id; ids are
-- UUIDv7 made by the writer; no foreign keys into other modules' tables (ARCHITECTURE.md).

-- A service's appointment schedule at one MPP (DOMAIN.md 9.1: quotas and booking are
-- configuration per service and MPP). Without a row, the service takes no appointments there.
CREATE TABLE booking_schedules (
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  is_enabled boolean NOT NULL DEFAULT true,
  slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  -- Citizens per slot: how many counters serve the service at once.
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  window_days integer NOT NULL CHECK (window_days BETWEEN 1 AND 90),
  release_kind text NOT NULL CHECK (release_kind IN ('rolling', 'weekly')),
  release_weekday integer CHECK (release_weekday BETWEEN 1 AND 7),
  release_at text CHECK (release_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  min_notice_minutes integer NOT NULL DEFAULT 60 CHECK (min_notice_minutes BETWEEN 0 AND 1440),
  change_cutoff_minutes integer NOT NULL DEFAULT 120 CHECK (change_cutoff_minutes BETWEEN 0 AND 10080),
  -- Active bookings one NIK may hold for this service within any 7 days.
  max_per_week integer NOT NULL DEFAULT 2 CHECK (max_per_week BETWEEN 1 AND 14),
  -- Check-in at the kiosk or counter from this long before the start until this long after.
  check_in_early_minutes integer NOT NULL DEFAULT 30 CHECK (check_in_early_minutes BETWEEN 0 AND 240),
  check_in_late_minutes integer NOT NULL DEFAULT 15 CHECK (check_in_late_minutes BETWEEN 0 AND 240),
  -- This many no-shows within 90 days block booking this service for no_show_block_days.
  no_show_limit integer NOT NULL DEFAULT 3 CHECK (no_show_limit BETWEEN 1 AND 20),
  no_show_block_days integer NOT NULL DEFAULT 30 CHECK (no_show_block_days BETWEEN 1 AND 365),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (mpp_id, service_id),
  CHECK ((release_kind = 'weekly') = (release_weekday IS NOT NULL AND release_at IS NOT NULL))
);

-- One date of a schedule that differs: closed (with a reason citizens read), other hours, or
-- another capacity.
CREATE TABLE booking_date_overrides (
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  date date NOT NULL,
  is_closed boolean NOT NULL DEFAULT false,
  reason text NOT NULL DEFAULT '',
  -- [{ "opens": "HH:mm", "closes": "HH:mm" }, ...]; NULL: the MPP's hours of that date.
  periods jsonb,
  capacity integer CHECK (capacity BETWEEN 1 AND 500),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (mpp_id, service_id, date)
);

-- The seats of a slot, written by the first booking of the slot. `booked` moves only by a
-- guarded increment in the booking's own transaction; the CHECK is the last line: a slot is
-- never booked past its capacity, whatever the code does.
CREATE TABLE booking_slots (
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  starts_at timestamptz NOT NULL,
  slot_date date NOT NULL,
  capacity integer NOT NULL CHECK (capacity BETWEEN 0 AND 500),
  booked integer NOT NULL DEFAULT 0 CHECK (booked >= 0),
  PRIMARY KEY (mpp_id, service_id, starts_at),
  CHECK (booked <= capacity)
);
CREATE INDEX booking_slots_day_idx ON booking_slots (mpp_id, service_id, slot_date);

CREATE TABLE bookings (
  id uuid PRIMARY KEY,
  -- What the citizen shows at the kiosk: 8 characters without look-alikes (no 0/O, 1/I/L).
  code text NOT NULL UNIQUE,
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  citizen_account_id uuid NOT NULL,
  -- The NIK's keyed hash (identity's), so limits hold per person, not per account.
  nik_hash text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  slot_date date NOT NULL,
  -- The end of the slot's service day in the MPP's zone: not checked in by then, a no-show.
  day_ends_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('confirmed', 'cancelled', 'checked_in', 'no_show')),
  checked_in_at timestamptz,
  -- The queue ticket the check-in gave (late: a walk-in ticket).
  ticket_id uuid,
  checked_in_late boolean,
  cancelled_by text CHECK (cancelled_by IN ('citizen', 'staff', 'moved')),
  -- The booking this one was moved to (cancelled_by = 'moved').
  moved_to uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- One active booking per person per service per day (DOMAIN.md: fair sharing of quotas).
CREATE UNIQUE INDEX bookings_one_per_day_idx ON bookings (nik_hash, service_id, slot_date) WHERE status = 'confirmed';
CREATE INDEX bookings_citizen_idx ON bookings (citizen_account_id, starts_at DESC);
CREATE INDEX bookings_person_idx ON bookings (nik_hash, service_id, starts_at) WHERE status = 'confirmed';
CREATE INDEX bookings_slot_idx ON bookings (mpp_id, service_id, starts_at);
-- Check-in looks a booking up by its code at one MPP; the no-show job by start.
CREATE INDEX bookings_confirmed_day_end_idx ON bookings (day_ends_at) WHERE status = 'confirmed';
CREATE UNIQUE INDEX bookings_code_idx ON bookings (mpp_id, code);
CREATE INDEX bookings_no_show_idx ON bookings (nik_hash, service_id, starts_at) WHERE status = 'no_show';

-- The first answer to a booking request with an Idempotency-Key, replayed for a retry with the
-- same key and body (kept 24 hours).
CREATE TABLE booking_requests (
  account_id uuid NOT NULL,
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('in_flight', 'done')),
  status_code integer,
  response jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, idempotency_key)
);
CREATE INDEX booking_requests_age_idx ON booking_requests (created_at);
