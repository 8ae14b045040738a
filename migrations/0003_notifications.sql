-- Notifications: the transactional outbox of messages to citizens and staff (email, SMS,
-- WhatsApp), written in the same transaction as the change that causes them and delivered at
-- least once by a worker after commit; and the copies kept by the development channel.

CREATE TABLE outbox_messages (
  id uuid PRIMARY KEY,
  event text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
  -- Email address or E.164 phone number; blanked ('') when the account's personal data is erased.
  recipient text NOT NULL,
  language text NOT NULL CHECK (language IN ('id', 'en')),
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- No foreign keys: identity and catalogue own those tables (a module reads only its own).
  account_id uuid,
  mpp_id uuid,
  -- Enqueuing the same key twice is a no-op; NULL keys never collide (UNIQUE is NULLS DISTINCT).
  dedupe_key text UNIQUE,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'suppressed')),
  attempts integer NOT NULL DEFAULT 0,
  -- When the message is next due: for 'pending' the (retry) time, for 'sending' the end of the
  -- worker's lease, after which another worker claims it again (the first one crashed).
  next_attempt_at timestamptz NOT NULL,
  lease_until timestamptz,
  -- Which claim holds the lease: a worker whose lease expired cannot overwrite a newer claim.
  lease_token uuid,
  last_error text,
  transport text,
  provider_message_id text,
  -- Personal-data deletion asked while the message was still waiting: blank it once finished.
  erase_requested_at timestamptz,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz,
  failed_at timestamptz
);
-- The worker's claim: due messages in due order; finished messages leave the index.
CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at)
  WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_messages_account_idx ON outbox_messages (account_id, created_at)
  WHERE account_id IS NOT NULL;

-- What the dev transport, test mode and team mode's suppressed messages "sent": shown on the
-- development page /dev/messages. One copy per outbox message (a redelivery stores nothing new).
CREATE TABLE dev_messages (
  id uuid PRIMARY KEY,
  message_id uuid NOT NULL UNIQUE REFERENCES outbox_messages (id) ON DELETE CASCADE,
  channel text NOT NULL,
  recipient text NOT NULL,
  subject text,
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX dev_messages_recent_idx ON dev_messages (created_at DESC, id DESC);
CREATE INDEX dev_messages_recipient_idx ON dev_messages (recipient, created_at DESC);
