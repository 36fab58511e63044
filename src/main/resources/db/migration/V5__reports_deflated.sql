-- A check's report is saved deflated, as bytes: the JSON of a report takes about three times less room, and each save
-- writes that much less. The reports saved before stay as text; a row has one or the other.
-- Portable SQL, as V1: BYTEA is PostgreSQL's bytes and H2's (up to 1,000,000,000 of them).

ALTER TABLE checks ADD COLUMN report_deflated BYTEA;
ALTER TABLE checks ALTER COLUMN report DROP NOT NULL;
ALTER TABLE checks ADD CONSTRAINT checks_report CHECK (report IS NOT NULL OR report_deflated IS NOT NULL);
