-- When the préfecture's answer was last read: the poller reads the longest unread first, so that actes waiting for a
-- possible demande de pièces complémentaires never crowd out new transmissions.
ALTER TABLE acte ADD COLUMN prefecture_checked_at timestamptz;
DROP INDEX acte_awaiting_prefecture;
CREATE INDEX acte_awaiting_prefecture ON acte (prefecture_checked_at NULLS FIRST)
    WHERE state IN ('transmis', 'acquitte') AND transmission_id IS NOT NULL;
