-- Actes administratifs, their append-only history, the collectivités' classifications and the circuits' delegations.
CREATE TABLE acte (
    id                     uuid PRIMARY KEY,
    siren                  char(9)      NOT NULL,
    departement            varchar(3)   NOT NULL,
    author_email           text         NOT NULL,
    nature                 smallint     NOT NULL CHECK (nature BETWEEN 1 AND 6),
    matiere_code           varchar(20)  NOT NULL,
    matiere_label          text         NOT NULL,
    classification_version date         NOT NULL,
    numero                 varchar(15)  NOT NULL,
    decision_year          smallint     NOT NULL,
    objet                  varchar(499) NOT NULL,
    decision_date          date         NOT NULL,
    state                  varchar(30)  NOT NULL,
    version                bigint       NOT NULL,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    main_document          jsonb,
    annexes                jsonb        NOT NULL DEFAULT '[]',
    signed_document        jsonb,
    stamped_document       jsonb,
    circuit                jsonb,
    transmission_id        text,
    transmitted_at         timestamptz,
    acknowledgement        jsonb,
    prefecture_message     text,
    published_at           timestamptz
);
-- @CTES: a number is unique per collectivité and year (cancelled actes keep theirs).
CREATE UNIQUE INDEX acte_numero_unique ON acte (siren, decision_year, numero);
CREATE INDEX acte_by_collectivite ON acte (siren, state, updated_at DESC);
CREATE INDEX acte_awaiting_prefecture ON acte (updated_at) WHERE state IN ('transmis', 'pieces-demandees', 'acquitte');

CREATE TABLE acte_history (
    acte_id     uuid        NOT NULL REFERENCES acte (id),
    seq         bigint      NOT NULL,
    at          timestamptz NOT NULL,
    actor_email text        NOT NULL,
    actor_name  text        NOT NULL,
    change      varchar(40) NOT NULL,
    from_state  varchar(30) NOT NULL,
    to_state    varchar(30) NOT NULL,
    detail      text,
    PRIMARY KEY (acte_id, seq)
);

-- The history is evidence: nobody, not even the service's own role, changes or deletes a line of it.
CREATE FUNCTION acte_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'acte_history is append-only';
END;
$$;
CREATE TRIGGER acte_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON acte_history
    FOR EACH STATEMENT EXECUTE FUNCTION acte_history_is_append_only();

CREATE TABLE classification (
    siren   char(9) NOT NULL,
    version date    NOT NULL,
    entries jsonb   NOT NULL,
    PRIMARY KEY (siren, version)
);

CREATE TABLE delegation (
    id              uuid        PRIMARY KEY,
    siren           char(9)     NOT NULL,
    delegator_email text        NOT NULL,
    delegator_elu   boolean     NOT NULL,
    delegate_email  text        NOT NULL,
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL CHECK (ends_on >= starts_on),
    created_at      timestamptz NOT NULL,
    revoked_at      timestamptz
);
CREATE INDEX delegation_by_delegate ON delegation (siren, delegate_email);
