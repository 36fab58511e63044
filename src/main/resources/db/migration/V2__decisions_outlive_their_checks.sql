-- Retention: a purge deletes old checks and their findings, while the decisions taken on them stay, as the history
-- of what editors decided. A decision no longer needs its finding to exist.
ALTER TABLE decisions DROP CONSTRAINT decisions_finding;
