#!/usr/bin/env bash
# Creates, with random values, every Secret the manifests reference and the repository never holds. Idempotent: an
# existing Secret is left as it is (its password may already be in a database or in Kafka). Needs kubectl and openssl.
# S3 credentials, the démat signers' key store and the registry credentials are yours: see docs/scaling.md.
set -euo pipefail
APP=mutualis
DATA=mutualis-data
random() { openssl rand -base64 32 | tr '+/' '-_' | tr -d '='; }
exists() { kubectl -n "$1" get secret "$2" >/dev/null 2>&1; }
# The same value in both namespaces: the engine checks it, the service presents it.
pair() { # pair <secret in data ns> <secret in app ns> <username or ->
  local value; value=$(random)
  if ! exists "$DATA" "$1"; then
    if [ "$3" = "-" ]; then
      kubectl -n "$DATA" create secret generic "$1" --from-literal=password="$value"
    else
      kubectl -n "$DATA" create secret generic "$1" --type=kubernetes.io/basic-auth \
        --from-literal=username="$3" --from-literal=password="$value"
    fi
  else
    value=$(kubectl -n "$DATA" get secret "$1" -o jsonpath='{.data.password}' | base64 -d)
  fi
  [ -z "$2" ] || exists "$APP" "$2" || kubectl -n "$APP" create secret generic "$2" --from-literal=password="$value"
}
# Database roles (CloudNativePG managed roles read <db>-db-role in mutualis-data; the service the same name in mutualis).
for db in identity referential experience webhook integration demat prefecture marches; do
  pair "$db-db-role" "$db-db-role" "${db}_service"
done
pair mutualis-replication "" mutualis_replication
# Kafka principals (KafkaUser reads <name>-kafka in mutualis-data; the service MUTUALIS_KAFKA_PASSWORD in mutualis).
for service in search-service webhook-service integration-service; do
  pair "$service-kafka" "$service-kafka" -
done
pair mutualis-connect-kafka "" -
# Keys kept by one service only.
exists "$APP" webhook-service-secrets-key || kubectl -n "$APP" create secret generic webhook-service-secrets-key \
  --from-literal=key="$(openssl rand -base64 32)"
exists "$APP" identity-service-keys || kubectl -n "$APP" create secret generic identity-service-keys \
  --from-literal=key-encryption-key="$(openssl rand -base64 32)" \
  --from-literal=portal-secret="$(random)" --from-literal=admin-automation-secret="$(random)" \
  --from-literal=dpo-automation-secret="$(random)"
exists "$APP" prefecture-tiers || kubectl -n "$APP" create secret generic prefecture-tiers --from-literal=password="$(random)"
echo "Created. Still yours to create: demat-service-files, marches-service-files (S3), demat-signature, mutualis-tls,"
echo "mutualis-registry (docs/scaling.md, step 3)."
