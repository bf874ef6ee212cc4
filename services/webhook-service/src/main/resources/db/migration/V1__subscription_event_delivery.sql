-- Webhook subscriptions of integrators without Kafka. Never deleted, only deactivated.
CREATE TABLE subscription (
  id             uuid        PRIMARY KEY,
  integrator     text        NOT NULL CHECK (char_length(integrator) BETWEEN 1 AND 200),
  url            text        NOT NULL CHECK (url ~ '^https?://'),
  topics         text[]      NOT NULL CHECK (cardinality(topics) > 0),
  -- Empty: every event type of the topics.
  event_types    text[]      NOT NULL DEFAULT '{}',
  -- The HMAC key itself: it cannot be hashed, since every delivery is signed with it. Never returned by the API
  -- after creation.
  signing_secret text        NOT NULL,
  active         boolean     NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL,
  deactivated_at timestamptz,
  CHECK (active = (deactivated_at IS NULL))
);

-- The events that deliveries carry, kept once whatever the number of subscriptions. Attributes and body are stored
-- as read from Kafka (text, not jsonb: the signature covers the body byte for byte).
CREATE TABLE webhook_event (
  ce_id            text        PRIMARY KEY,
  topic            text        NOT NULL,
  ce_type          text        NOT NULL,
  ce_source        text        NOT NULL,
  ce_specversion   text        NOT NULL,
  ce_time          text        NOT NULL,
  ce_subject       text,
  ce_schemaversion text,
  content_type     text        NOT NULL,
  body             text        NOT NULL,
  received_at      timestamptz NOT NULL
);

-- The outbox of the webhooks: one row per (subscription, event), written by the Kafka consumer before it commits
-- its offset, sent by the delivery worker. The unique constraint makes an event read twice one delivery.
CREATE TABLE delivery (
  id               uuid        PRIMARY KEY,
  subscription_id  uuid        NOT NULL REFERENCES subscription (id),
  ce_id            text        NOT NULL REFERENCES webhook_event (ce_id),
  status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD', 'CANCELLED')),
  attempts         integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  -- When a PENDING delivery is due; a worker that claims it pushes it forward by its lease.
  next_attempt_at  timestamptz NOT NULL,
  last_attempt_at  timestamptz,
  last_status_code integer,
  last_error       text,
  created_at       timestamptz NOT NULL,
  delivered_at     timestamptz,
  -- Last change of status, for the purge.
  updated_at       timestamptz NOT NULL,
  CONSTRAINT delivery_once_per_subscription UNIQUE (subscription_id, ce_id)
);

-- What the worker polls.
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
-- Dead letters of a subscription, most recent first.
CREATE INDEX delivery_dead ON delivery (subscription_id, updated_at DESC) WHERE status = 'DEAD';
-- The purge, and events still needed.
CREATE INDEX delivery_settled ON delivery (updated_at) WHERE status IN ('DELIVERED', 'CANCELLED');
CREATE INDEX delivery_event ON delivery (ce_id);
