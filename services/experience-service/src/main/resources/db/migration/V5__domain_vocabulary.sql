-- The domain vocabulary of the benchmark's search, managed by the syndicate's administrators (ADR 0030).
CREATE TABLE vocabulary_entry (
  id       uuid    PRIMARY KEY,
  kind     text    NOT NULL CHECK (kind IN ('synonymes', 'sigle', 'mot-protege')),
  terms    jsonb   NOT NULL CHECK (jsonb_typeof(terms) = 'array'),
  -- The order in which the entries were first added: the API lists them in it.
  position bigint  NOT NULL
);

-- One row: the revision of the whole vocabulary, the aggregate version of its events. Each change locks it, so that
-- two administrators' changes are made one after the other and never both take the same revision.
CREATE TABLE vocabulary_revision (
  singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
  revision   bigint      NOT NULL CHECK (revision >= 0),
  changed_at timestamptz
);
INSERT INTO vocabulary_revision (singleton, revision) VALUES (true, 0);
