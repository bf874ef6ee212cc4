-- CloudEvents attributes that Debezium's EventRouter places in headers (see infra/connect/experience-outbox.json):
-- schema_version becomes the extension ce_schemaversion (rows written before this column were all version 1);
-- cloudevents_specversion becomes ce_specversion. The latter is a column, not a Connect InsertHeader literal,
-- because InsertHeader parses "1.0" as a number and the header would read "1".
ALTER TABLE outbox ADD COLUMN schema_version integer NOT NULL DEFAULT 1;
ALTER TABLE outbox ALTER COLUMN schema_version DROP DEFAULT;
ALTER TABLE outbox ADD COLUMN cloudevents_specversion text NOT NULL DEFAULT '1.0';
