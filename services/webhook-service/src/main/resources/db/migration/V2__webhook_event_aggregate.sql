-- The events of one aggregate, which a contact erasure scrubs.
CREATE INDEX webhook_event_aggregate ON webhook_event (topic, ce_subject);
