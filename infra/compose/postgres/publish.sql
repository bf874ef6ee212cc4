-- Same as infra/kubernetes/data/postgres-outbox-grants.yaml: grants, heartbeat table and publication per outbox.
-- Idempotent: run at every deployment, after the services have migrated (their outbox tables exist).
\set ON_ERROR_STOP on
REVOKE CONNECT, TEMPORARY ON DATABASE identity FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE referential FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE experience FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE webhook FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE integration FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE demat FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE prefecture FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE marches FROM PUBLIC;
GRANT CONNECT ON DATABASE referential TO mutualis_replication;
\connect referential
SELECT to_regclass('public.outbox') IS NOT NULL AS has_outbox \gset
\if :has_outbox
  GRANT SELECT ON TABLE public.outbox TO mutualis_replication;
  CREATE SCHEMA IF NOT EXISTS debezium;
  CREATE TABLE IF NOT EXISTS debezium.heartbeat (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL);
  INSERT INTO debezium.heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING;
  GRANT USAGE ON SCHEMA debezium TO mutualis_replication;
  GRANT UPDATE ON TABLE debezium.heartbeat TO mutualis_replication;
  SELECT NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'mutualis_referential_outbox') AS missing \gset
  \if :missing
    CREATE PUBLICATION mutualis_referential_outbox FOR TABLE public.outbox, debezium.heartbeat;
  \endif
\else
  \echo 'referential: no outbox table yet, start referential-service first, then run this Job again'
  \quit 3
\endif
\connect postgres
GRANT CONNECT ON DATABASE experience TO mutualis_replication;
\connect experience
SELECT to_regclass('public.outbox') IS NOT NULL AS has_outbox \gset
\if :has_outbox
  GRANT SELECT ON TABLE public.outbox TO mutualis_replication;
  CREATE SCHEMA IF NOT EXISTS debezium;
  CREATE TABLE IF NOT EXISTS debezium.heartbeat (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL);
  INSERT INTO debezium.heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING;
  GRANT USAGE ON SCHEMA debezium TO mutualis_replication;
  GRANT UPDATE ON TABLE debezium.heartbeat TO mutualis_replication;
  SELECT NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'mutualis_experience_outbox') AS missing \gset
  \if :missing
    CREATE PUBLICATION mutualis_experience_outbox FOR TABLE public.outbox, debezium.heartbeat;
  \endif
\else
  \echo 'experience: no outbox table yet, start experience-service first, then run this Job again'
  \quit 3
\endif
\connect postgres
GRANT CONNECT ON DATABASE webhook TO mutualis_replication;
\connect webhook
SELECT to_regclass('public.outbox') IS NOT NULL AS has_outbox \gset
\if :has_outbox
  GRANT SELECT ON TABLE public.outbox TO mutualis_replication;
  CREATE SCHEMA IF NOT EXISTS debezium;
  CREATE TABLE IF NOT EXISTS debezium.heartbeat (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL);
  INSERT INTO debezium.heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING;
  GRANT USAGE ON SCHEMA debezium TO mutualis_replication;
  GRANT UPDATE ON TABLE debezium.heartbeat TO mutualis_replication;
  SELECT NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'mutualis_webhook_outbox') AS missing \gset
  \if :missing
    CREATE PUBLICATION mutualis_webhook_outbox FOR TABLE public.outbox, debezium.heartbeat;
  \endif
\else
  \echo 'webhook: no outbox table yet, start webhook-service first, then run this Job again'
  \quit 3
\endif
\connect postgres
GRANT CONNECT ON DATABASE integration TO mutualis_replication;
\connect integration
SELECT to_regclass('public.outbox') IS NOT NULL AS has_outbox \gset
\if :has_outbox
  GRANT SELECT ON TABLE public.outbox TO mutualis_replication;
  CREATE SCHEMA IF NOT EXISTS debezium;
  CREATE TABLE IF NOT EXISTS debezium.heartbeat (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL);
  INSERT INTO debezium.heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING;
  GRANT USAGE ON SCHEMA debezium TO mutualis_replication;
  GRANT UPDATE ON TABLE debezium.heartbeat TO mutualis_replication;
  SELECT NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'mutualis_integration_outbox') AS missing \gset
  \if :missing
    CREATE PUBLICATION mutualis_integration_outbox FOR TABLE public.outbox, debezium.heartbeat;
  \endif
\else
  \echo 'integration: no outbox table yet, start integration-service first, then run this Job again'
  \quit 3
\endif
\connect postgres
GRANT CONNECT ON DATABASE demat TO mutualis_replication;
\connect demat
SELECT to_regclass('public.outbox') IS NOT NULL AS has_outbox \gset
\if :has_outbox
  GRANT SELECT ON TABLE public.outbox TO mutualis_replication;
  CREATE SCHEMA IF NOT EXISTS debezium;
  CREATE TABLE IF NOT EXISTS debezium.heartbeat (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL);
  INSERT INTO debezium.heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING;
  GRANT USAGE ON SCHEMA debezium TO mutualis_replication;
  GRANT UPDATE ON TABLE debezium.heartbeat TO mutualis_replication;
  SELECT NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'mutualis_demat_outbox') AS missing \gset
  \if :missing
    CREATE PUBLICATION mutualis_demat_outbox FOR TABLE public.outbox, debezium.heartbeat;
  \endif
\else
  \echo 'demat: no outbox table yet, start demat-service first, then run this Job again'
  \quit 3
\endif
\connect postgres
GRANT CONNECT ON DATABASE marches TO mutualis_replication;
\connect marches
SELECT to_regclass('public.outbox') IS NOT NULL AS has_outbox \gset
\if :has_outbox
  GRANT SELECT ON TABLE public.outbox TO mutualis_replication;
  CREATE SCHEMA IF NOT EXISTS debezium;
  CREATE TABLE IF NOT EXISTS debezium.heartbeat (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL);
  INSERT INTO debezium.heartbeat VALUES (1, now()) ON CONFLICT DO NOTHING;
  GRANT USAGE ON SCHEMA debezium TO mutualis_replication;
  GRANT UPDATE ON TABLE debezium.heartbeat TO mutualis_replication;
  SELECT NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'mutualis_marches_outbox') AS missing \gset
  \if :missing
    CREATE PUBLICATION mutualis_marches_outbox FOR TABLE public.outbox, debezium.heartbeat;
  \endif
\else
  \echo 'marches: no outbox table yet, start marches-service first, then run this Job again'
  \quit 3
\endif
\connect postgres
