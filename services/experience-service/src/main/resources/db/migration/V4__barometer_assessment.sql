-- Self-assessments at the barometer (seed 003): dated, never overwritten; a collectivité's history is all of them.
CREATE TABLE barometer_assessment (
  id            uuid        PRIMARY KEY,
  siren         text        NOT NULL CHECK (siren ~ '^[0-9]{9}$'),
  -- 1 for the collectivité's first assessment: the aggregate version of its events.
  number        bigint      NOT NULL CHECK (number >= 1),
  assessed_on   date        NOT NULL,
  answers       jsonb       NOT NULL,
  evaluation    jsonb       NOT NULL,
  profile       text        NOT NULL,
  collectivite  jsonb       NOT NULL,
  rules_version integer     NOT NULL,
  demo          boolean     NOT NULL DEFAULT false,
  recorded_at   timestamptz NOT NULL,
  UNIQUE (siren, number)
);
CREATE INDEX barometer_assessment_history ON barometer_assessment (siren, assessed_on DESC, number DESC);
