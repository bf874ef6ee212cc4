-- Integrators given access to the public topics. Kept after revocation: names are never reused, and the syndicate
-- can tell who had access when.
CREATE TABLE integrator (
  name          text        PRIMARY KEY,
  organisation  text        NOT NULL,
  contact_email text        NOT NULL,
  grants        text[]      NOT NULL,
  created_at    timestamptz NOT NULL,
  revoked_at    timestamptz
);
