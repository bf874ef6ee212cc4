-- The transmissions the simulated préfecture received, their steps and their files.
CREATE TABLE transmission (
    id                       uuid PRIMARY KEY,
    tiers                    text        NOT NULL,
    acte_identifier          text        NOT NULL,
    nature                   smallint    NOT NULL CHECK (nature BETWEEN 1 AND 6),
    classification           text        NOT NULL,
    received_at              timestamptz NOT NULL,
    status                   text        NOT NULL
        CHECK (status IN ('EN_ATTENTE', 'ACQUITTEE', 'REFUSEE', 'PIECES_DEMANDEES', 'ANNULEE')),
    acknowledged_at          timestamptz,
    refusal_reason           text,
    complement_message       text,
    complement_requested_at  timestamptz
);

-- The waiting transmissions, examined oldest first.
CREATE INDEX transmission_waiting ON transmission (received_at) WHERE status = 'EN_ATTENTE';
-- An acte the préfecture already holds.
CREATE INDEX transmission_acte ON transmission (acte_identifier);

CREATE TABLE transmission_step (
    transmission_id  uuid        NOT NULL REFERENCES transmission (id) ON DELETE CASCADE,
    position         integer     NOT NULL,
    status           text        NOT NULL,
    at               timestamptz NOT NULL,
    detail           text        NOT NULL,
    PRIMARY KEY (transmission_id, position)
);

-- Each file as received, with its size and SHA-256 (bytea: a transmission is at most 150 MB).
CREATE TABLE transmission_document (
    transmission_id  uuid        NOT NULL REFERENCES transmission (id) ON DELETE CASCADE,
    position         integer     NOT NULL,
    role             text        NOT NULL CHECK (role IN ('ENVELOPPE', 'ACTE', 'ANNEXE', 'PIECE_COMPLEMENTAIRE')),
    file_name        text        NOT NULL,
    content_type     text,
    size_bytes       bigint      NOT NULL,
    sha256           char(64)    NOT NULL,
    received_at      timestamptz NOT NULL,
    content          bytea       NOT NULL,
    PRIMARY KEY (transmission_id, position)
);
