-- The full record (issue 3): the columns of V1 stay for listing and filtering; the rest of the record, with the
-- referential's descriptors of its collectivité and partners, is kept as the JSON document published in its events.
ALTER TABLE experience_record ADD COLUMN document jsonb;
ALTER TABLE experience_record ADD COLUMN published_at timestamptz;
ALTER TABLE experience_record ADD COLUMN archived_at timestamptz;
UPDATE experience_record SET published_at = created_at WHERE status = 'published';

CREATE INDEX experience_record_siren_newest_first ON experience_record (siren, created_at DESC, id DESC);
-- Erasure requests name a person by e-mail address (article 17 of the GDPR).
CREATE INDEX experience_record_contact_email ON experience_record (lower(document #>> '{contact,email}'));
