#!/bin/bash
# One-shot: one Debezium outbox connector per publishing service, from infra/connect/outbox-connector.json with the
# placeholders the launcher fills (ConnectorRegistry). Needs the services' outbox tables and the publications, which
# the services' migrations and postgres/publish.sql create.
set -euo pipefail
until curl -fsS http://connect-1:8083/connectors >/dev/null; do sleep 2; done
for pair in referential:referential-service experience:experience-service webhook:webhook-service \
            integration:integration-service demat:demat-service marches:marches-service; do
  db=${pair%%:*}; service=${pair#*:}
  sed -e "s/\${database}/$db/g" -e "s/\${service}/$service/g" -e 's/\${postgres.host}/postgres/' \
      -e 's/\${postgres.port}/5432/' -e 's/\${postgres.user}/mutualis_replication/' \
      -e 's/\${postgres.password}/${env:MUTUALIS_REPLICATION_PASSWORD}/' \
      -e 's/\${heartbeat.table}/debezium.heartbeat/' /connect/outbox-connector.json \
    | curl -fsS -X PUT -H 'Content-Type: application/json' --data-binary @- \
        "http://connect-1:8083/connectors/$db-outbox/config"
done
