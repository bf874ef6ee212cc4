-- Experience records ("retours d'expérience"), the source of truth of the benchmark tool.
CREATE TABLE experience_record (
  id          uuid        PRIMARY KEY,
  title       text        NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
  summary     text        NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 2000),
  siren       text        NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
  -- Axis codes of the study "Baromètre de l'innovation numérique territorial", e.g. {open-data,e-inclusion}.
  axes        text[]      NOT NULL CHECK (cardinality(axes) > 0),
  status      text        NOT NULL,
  demo        boolean     NOT NULL DEFAULT false,
  version     bigint      NOT NULL CHECK (version >= 1),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);

-- Listing newest first.
CREATE INDEX experience_record_newest_first ON experience_record (created_at DESC, id DESC);

-- Transactional outbox (libs/outbox): one row per event, written in the transaction of the change; Debezium's
-- EventRouter publishes it to topic mutualis.<aggregatetype>.events, keyed by aggregateid.
CREATE TABLE outbox (
  id                uuid        PRIMARY KEY,
  aggregatetype     text        NOT NULL,
  aggregateid       text        NOT NULL,
  type              text        NOT NULL,
  aggregate_version bigint      NOT NULL,
  payload           jsonb       NOT NULL,
  occurred_at       timestamptz NOT NULL
);
