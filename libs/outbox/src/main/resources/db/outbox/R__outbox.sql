-- The transactional outbox (libs/outbox) of every service that publishes events: one row per event, written in the
-- transaction of the change; Debezium's EventRouter publishes it to topic mutualis.<aggregatetype>.events, keyed by
-- aggregateid, the other columns as CloudEvents headers (infra/connect). Repeatable and idempotent: a service whose
-- own migrations created the table before this file existed keeps it as it is.
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
