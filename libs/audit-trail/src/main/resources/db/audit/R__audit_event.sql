-- The audit trail of administrative acts (libs/audit-trail), shared by every service that has some. Repeatable and
-- idempotent: it runs after the service's own migrations, whatever their versions.
CREATE TABLE IF NOT EXISTS audit_event (
  sequence      bigserial   PRIMARY KEY,
  id            uuid        NOT NULL UNIQUE,
  occurred_at   timestamptz NOT NULL,
  action        text        NOT NULL,
  target_type   text        NOT NULL,
  target_id     text        NOT NULL,
  actor_subject text        NOT NULL,
  actor_roles   text[]      NOT NULL,
  actor_siren   text,
  client_id     text,
  details       jsonb       NOT NULL
);

-- Append-only: what was done stays as it was recorded.
CREATE OR REPLACE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END
$body$;

DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
