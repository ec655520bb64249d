-- Rakkan catalogue, schema 6: what Spawning's Do Not Train registry says about the works' public URLs, and the
-- hand-offs to Have I Been Trained (where the creator finishes an opt-out in the browser).
CREATE TABLE spawning_urls (
    url           TEXT PRIMARY KEY,
    work_id       INTEGER REFERENCES works (id) ON DELETE CASCADE,
    opted_out     INTEGER CHECK (opted_out IS NULL OR opted_out IN (0, 1)), -- NULL: not checked yet
    checked_at    TEXT,
    handed_off_at TEXT,
    hibt_link     TEXT
) STRICT;
CREATE INDEX spawning_urls_work ON spawning_urls (work_id);
