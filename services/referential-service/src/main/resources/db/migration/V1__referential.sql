-- The members referential (issue 3): the official administrative referential and the syndicate's membership.
CREATE TABLE territory (
  -- The SIREN, or departement:<code> / region:<code> for councils whose SIREN the official package does not give.
  key              text        PRIMARY KEY,
  siren            text        UNIQUE CHECK (siren ~ '^[0-9]{9}$'),
  kind             text        NOT NULL CHECK (kind IN ('commune', 'epci', 'departement', 'region', 'syndicat')),
  name             text        NOT NULL,
  -- Lower case, no accents, hyphens and apostrophes as spaces: what the autocomplete compares.
  name_folded      text        NOT NULL,
  insee_code       text,
  departement_code text,
  region_code      text,
  population       bigint      NOT NULL CHECK (population >= 0),
  band_code        text        NOT NULL,
  band_label       text        NOT NULL,
  removed          boolean     NOT NULL DEFAULT false
);
CREATE INDEX territory_name_prefix ON territory (name_folded text_pattern_ops);
CREATE INDEX territory_kind_departement ON territory (kind, departement_code);

CREATE TABLE epci_member (
  epci_siren    text NOT NULL,
  commune_siren text NOT NULL,
  PRIMARY KEY (epci_siren, commune_siren)
);

CREATE TABLE import_run (
  id          bigserial   PRIMARY KEY,
  version     text        NOT NULL,
  imported_at timestamptz NOT NULL,
  report      jsonb       NOT NULL
);

-- Membership of the syndicate; a member that leaves keeps its row, with the date it left.
CREATE TABLE adhesion (
  siren          text        PRIMARY KEY CHECK (siren ~ '^[0-9]{9}$'),
  adhesion_date  date        NOT NULL,
  services       text[]      NOT NULL,
  left_on        date,
  demo           boolean     NOT NULL DEFAULT false,
  version        bigint      NOT NULL CHECK (version >= 1),
  updated_at     timestamptz NOT NULL
);

-- Transactional outbox (libs/outbox), routed by Debezium to mutualis.<aggregatetype>.events.
CREATE TABLE outbox (
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
