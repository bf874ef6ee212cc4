-- Deposits being received: a marker from the moment the upload was complete until the deposit is recorded (files
-- checked, scanned, sealed). The opening waits while a deposit received before the deadline is still being checked,
-- so that no bid on time is left unopened.
CREATE TABLE deposit_reception (
    id              uuid PRIMARY KEY,
    consultation_id uuid        NOT NULL REFERENCES consultation (id),
    received_at     timestamptz NOT NULL
);
CREATE INDEX deposit_reception_by_consultation ON deposit_reception (consultation_id, received_at);
