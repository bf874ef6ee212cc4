-- The schema version of each event travels as the CloudEvents extension header ce_schemaversion (Debezium
-- EventRouter additional placement); rows written before this column existed were all version 1.
ALTER TABLE outbox ADD COLUMN schema_version integer NOT NULL DEFAULT 1;
ALTER TABLE outbox ALTER COLUMN schema_version DROP DEFAULT;
