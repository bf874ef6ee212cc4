#!/bin/bash
# One-shot: SCRAM users, ACLs (ADR 0019) and the contracts' topics (ADR 0020), through the brokers' internal PLAINTEXT
# listener, which only containers of this Compose network reach.
set -euo pipefail
B=kafka-1:29092
K=/opt/kafka/bin
for user in search-service webhook-service integration-service mutualis-connect; do
  var="KAFKA_PASSWORD_$(echo "$user" | tr 'a-z-' 'A-Z_')"
  $K/kafka-configs.sh --bootstrap-server $B --alter --entity-type users --entity-name "$user" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=${!var}]"
done
acl() { $K/kafka-acls.sh --bootstrap-server $B --add --allow-principal "User:$1" "${@:2}"; }
for user in search-service webhook-service integration-service; do
  acl $user --operation Read --operation Describe --topic mutualis. --resource-pattern-type prefixed
  acl $user --operation Read --operation Describe --group $user --resource-pattern-type prefixed
  for topic in experience acte barometer referential audit; do
    acl $user --operation Write --operation Create --topic mutualis.$topic.events.DLT
  done
  acl $user --operation IdempotentWrite --cluster
done
acl integration-service --operation Alter --operation Describe --cluster
acl mutualis-connect --operation All --topic mutualis-connect --resource-pattern-type prefixed
acl mutualis-connect --operation All --topic __debezium-heartbeat --resource-pattern-type prefixed
acl mutualis-connect --operation All --group mutualis-connect --resource-pattern-type prefixed
acl mutualis-connect --operation Write --operation Describe --operation Create --operation DescribeConfigs \
  --topic mutualis. --resource-pattern-type prefixed
acl mutualis-connect --operation Describe --operation DescribeConfigs --operation IdempotentWrite --cluster
compacted="cleanup.policy=compact,segment.ms=3600000,max.compaction.lag.ms=86400000,min.insync.replicas=2"
for topic in experience acte; do
  $K/kafka-topics.sh --bootstrap-server $B --create --if-not-exists --topic mutualis.$topic.events \
    --partitions 12 --replication-factor 3 --config "$compacted"
done
for topic in barometer referential; do
  $K/kafka-topics.sh --bootstrap-server $B --create --if-not-exists --topic mutualis.$topic.events \
    --partitions 6 --replication-factor 3 --config "$compacted"
done
$K/kafka-topics.sh --bootstrap-server $B --create --if-not-exists --topic mutualis.audit.events \
  --partitions 3 --replication-factor 3 --config cleanup.policy=delete,retention.ms=604800000,min.insync.replicas=2
