-- Booking, second part: reminders, slots a manager closes, bookings the MPP cancels, and the
-- waitlist of a full day.

-- When each reminder was written to the outbox (NULL: not yet). A booking made less than a day
-- (or two hours) before its start is marked at once and gets no such reminder.
ALTER TABLE bookings ADD COLUMN reminded_day_at timestamptz;
ALTER TABLE bookings ADD COLUMN reminded_soon_at timestamptz;
-- The reminder job finds what is due by start time, among bookings not yet reminded.
CREATE INDEX bookings_remind_day_idx ON bookings (starts_at) WHERE status = 'confirmed' AND reminded_day_at IS NULL;
CREATE INDEX bookings_remind_soon_idx ON bookings (starts_at) WHERE status = 'confirmed' AND reminded_soon_at IS NULL;

-- 'mpp': the MPP closed the slot or the day (the citizen was told and offered other slots).
ALTER TABLE bookings DROP CONSTRAINT bookings_cancelled_by_check;
ALTER TABLE bookings ADD CONSTRAINT bookings_cancelled_by_check
  CHECK (cancelled_by IN ('citizen', 'staff', 'moved', 'mpp'));
-- Why the MPP cancelled (what the citizen was told).
ALTER TABLE bookings ADD COLUMN cancel_reason text;

-- Single slots of a date a manager closed, by local start time ('HH:mm').
ALTER TABLE booking_date_overrides ADD COLUMN closed_slots text[] NOT NULL DEFAULT '{}';

-- Citizens waiting for a seat on a full day of a service. When a seat of that day is freed, the
-- first in line is offered it: the seat is held for them (booking_slots.booked counts it) until
-- they accept or the offer expires, then it goes to the next.
CREATE TABLE booking_waitlist (
  id uuid PRIMARY KEY,
  mpp_id uuid NOT NULL,
  service_id uuid NOT NULL,
  slot_date date NOT NULL,
  citizen_account_id uuid NOT NULL,
  nik_hash text NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'offered', 'booked', 'expired', 'left', 'closed')),
  -- The held seat while offered: its slot's start, and when the offer lapses.
  offered_starts_at timestamptz,
  offered_ends_at timestamptz,
  offer_expires_at timestamptz,
  booking_id uuid,
  -- The end of that service day in the MPP's zone: still waiting by then, the entry lapses.
  day_ends_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((status = 'offered') = (offered_starts_at IS NOT NULL AND offer_expires_at IS NOT NULL))
);
-- One place in line per person per service per day.
CREATE UNIQUE INDEX booking_waitlist_one_idx ON booking_waitlist (nik_hash, service_id, slot_date)
  WHERE status IN ('waiting', 'offered');
-- The line of a day, first come first served.
CREATE INDEX booking_waitlist_line_idx ON booking_waitlist (mpp_id, service_id, slot_date, created_at)
  WHERE status = 'waiting';
CREATE INDEX booking_waitlist_offers_idx ON booking_waitlist (offer_expires_at) WHERE status = 'offered';
CREATE INDEX booking_waitlist_day_end_idx ON booking_waitlist (day_ends_at) WHERE status = 'waiting';
CREATE INDEX booking_waitlist_citizen_idx ON booking_waitlist (citizen_account_id, slot_date DESC);
