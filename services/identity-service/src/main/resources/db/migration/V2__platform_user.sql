-- The people who sign in: agents, élus, the syndicate's administrators and DPO. The attributes are those ProConnect
-- (the State's federation for public agents) gives, so that a service reads the same claims whichever issuer signed.
CREATE TABLE platform_user (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username             varchar(254) NOT NULL,
    password_hash        varchar(200) NOT NULL,
    given_name           varchar(200) NOT NULL,
    usual_name           varchar(200) NOT NULL,
    email                varchar(254) NOT NULL,
    siret                char(14)     NOT NULL CHECK (siret ~ '^[0-9]{14}$'),
    organizational_unit  varchar(200),
    belonging_population varchar(200),
    roles                text[]       NOT NULL CHECK (roles <@ ARRAY['agent', 'elu', 'administrateur', 'dpo']::text[]),
    enabled              boolean      NOT NULL DEFAULT true,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT platform_user_username_lower CHECK (username = lower(username))
);
CREATE UNIQUE INDEX platform_user_username ON platform_user (username);
