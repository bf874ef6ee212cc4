-- Consultations with their history, key holders, registre des retraits and notices; bids (sealed) and contracts.
CREATE TABLE consultation (
    id             uuid PRIMARY KEY,
    buyer_siren    char(9)      NOT NULL,
    buyer_name     text         NOT NULL,
    author_email   text         NOT NULL,
    reference      varchar(40)  NOT NULL,
    state          varchar(20)  NOT NULL,
    deadline       timestamptz  NOT NULL,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    published_at   timestamptz,
    opened_at      timestamptz,
    outcome_reason text,
    details        jsonb        NOT NULL,
    dce            jsonb        NOT NULL DEFAULT '[]',
    questions      jsonb        NOT NULL DEFAULT '[]',
    awards         jsonb        NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX consultation_reference_unique ON consultation (buyer_siren, reference);
CREATE INDEX consultation_by_buyer ON consultation (buyer_siren, state, updated_at DESC);
CREATE INDEX consultation_published ON consultation (state, deadline) WHERE state <> 'brouillon';

CREATE TABLE consultation_history (
    consultation_id uuid        NOT NULL REFERENCES consultation (id),
    seq             bigint      NOT NULL,
    at              timestamptz NOT NULL,
    actor_email     text        NOT NULL,
    actor_name      text        NOT NULL,
    change          varchar(40) NOT NULL,
    from_state      varchar(20) NOT NULL,
    to_state        varchar(20) NOT NULL,
    detail          text,
    PRIMARY KEY (consultation_id, seq)
);

-- The history is evidence (who opened the bids, when): nobody, not even the service's own role, changes it.
CREATE FUNCTION history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER consultation_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON consultation_history
    FOR EACH STATEMENT EXECUTE FUNCTION history_is_append_only();

-- Public keys and passphrase-sealed private keys of the two people who can open a consultation's bids (ADR 0025).
CREATE TABLE consultation_key_holder (
    consultation_id    uuid        NOT NULL REFERENCES consultation (id),
    role               varchar(10) NOT NULL CHECK (role IN ('principal', 'secours')),
    holder_email       text        NOT NULL,
    public_key         bytea       NOT NULL,
    sealed_private_key bytea       NOT NULL,
    PRIMARY KEY (consultation_id, role)
);

CREATE TABLE dce_withdrawal (
    consultation_id uuid        NOT NULL REFERENCES consultation (id),
    at              timestamptz NOT NULL,
    sha256          char(64)    NOT NULL,
    document_name   text        NOT NULL,
    siret           char(14),
    email           text,
    name            text
);
CREATE INDEX dce_withdrawal_by_consultation ON dce_withdrawal (consultation_id, at);
CREATE TRIGGER dce_withdrawal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON dce_withdrawal
    FOR EACH STATEMENT EXECUTE FUNCTION history_is_append_only();

CREATE TABLE company_notice (
    id              bigserial   PRIMARY KEY,
    siret           char(14)    NOT NULL,
    consultation_id uuid        NOT NULL REFERENCES consultation (id),
    at              timestamptz NOT NULL,
    message         text        NOT NULL
);
CREATE INDEX company_notice_by_siret ON company_notice (siret, at DESC);

-- A deposit: the files' receipts in clear (name, type, size, SHA-256 of the content), the content only sealed in the
-- file store, and each file's data key wrapped for each key holder; opened_keys holds them re-wrapped with the
-- service's own key once a key holder opened the bids.
CREATE TABLE deposit (
    id              uuid PRIMARY KEY,
    consultation_id uuid        NOT NULL REFERENCES consultation (id),
    siret           char(14)    NOT NULL,
    company_name    text        NOT NULL,
    depositor_email text        NOT NULL,
    deposited_at    timestamptz NOT NULL,
    late            boolean     NOT NULL,
    test            boolean     NOT NULL,
    receipt_number  varchar(40) NOT NULL UNIQUE,
    files           jsonb       NOT NULL,
    wrapped_keys    jsonb       NOT NULL,
    opened_keys     jsonb
);
CREATE INDEX deposit_by_consultation ON deposit (consultation_id, siret, deposited_at);
CREATE INDEX deposit_by_company ON deposit (siret, deposited_at DESC);

CREATE TABLE contract (
    id              uuid PRIMARY KEY,
    consultation_id uuid         NOT NULL REFERENCES consultation (id),
    buyer_siren     char(9)      NOT NULL,
    lot             integer,
    state           varchar(20)  NOT NULL,
    version         bigint       NOT NULL,
    notified_on     date,
    updated_at      timestamptz  NOT NULL,
    document        jsonb        NOT NULL
);
CREATE UNIQUE INDEX contract_per_lot ON contract (consultation_id, coalesce(lot, 0));
CREATE INDEX contract_by_buyer_year ON contract (buyer_siren, notified_on);
