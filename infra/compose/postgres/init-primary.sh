#!/bin/bash
# First start of the primary: the standby's role, the Debezium replication role, and one database per service owned
# by its own role (ADR 0016). Passwords come from the environment (.env, never in the repository).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE standby WITH LOGIN REPLICATION PASSWORD '${STANDBY_PASSWORD}';
CREATE ROLE mutualis_replication WITH LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${REPLICATION_PASSWORD}';
SQL
for db in identity referential experience webhook integration demat prefecture marches; do
  var="DB_PASSWORD_${db^^}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${db}_service WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '${!var}';
CREATE DATABASE ${db} OWNER ${db}_service;
REVOKE CONNECT, TEMPORARY ON DATABASE ${db} FROM PUBLIC;
SQL
done
echo "host replication standby all scram-sha-256" >> "$PGDATA/pg_hba.conf"
