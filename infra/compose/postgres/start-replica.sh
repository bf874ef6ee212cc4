#!/bin/bash
# The streaming replica: cloned from the primary once (pg_basebackup -R writes standby.signal and the connection),
# then started as a hot standby.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres -U standby; do sleep 1; done
  PGPASSWORD="$STANDBY_PASSWORD" pg_basebackup -h postgres -U standby -D "$PGDATA" -R -X stream -C -S replica_1
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c hot_standby_feedback=on
