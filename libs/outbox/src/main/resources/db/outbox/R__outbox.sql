-- The transactional outbox (libs/outbox) of every service that publishes events: one row per event, written in the
-- transaction of the change; Debezium's EventRouter publishes it to topic mutualis.<aggregatetype>.events, keyed by
-- aggregateid, the other columns as CloudEvents headers (infra/connect). Repeatable and idempotent: a service whose
-- own migrations created the table before this file existed keeps it as it is, with the columns added below.
CREATE TABLE IF NOT EXISTS outbox (
  id                      uuid        PRIMARY KEY,
  aggregatetype           text        NOT NULL,
  aggregateid             text        NOT NULL,
  type                    text        NOT NULL,
  schema_version          integer     NOT NULL,
  aggregate_version       bigint      NOT NULL,
  payload                 jsonb       NOT NULL,
  occurred_at             timestamptz NOT NULL,
  cloudevents_specversion text        NOT NULL DEFAULT '1.0'
);

-- The W3C trace context of the change (issue 14, ADR 0027), published by the EventRouter as the Kafka header
-- traceparent so that consumers continue the producer's trace; null for a change made outside any span.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS traceparent text;
