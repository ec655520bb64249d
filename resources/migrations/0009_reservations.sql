-- Rakkan catalogue, schema 9: the creator's reservation policies against AI uses (one model written into robots.txt,
-- tdmrep.json, RSL, ai.txt, headers and embedded XMP), and the works that follow a policy other than the default.

CREATE TABLE reservation_policies (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    policy     TEXT NOT NULL CHECK (json_valid(policy)),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE work_policies (
    work_id   INTEGER PRIMARY KEY REFERENCES works (id) ON DELETE CASCADE,
    policy_id INTEGER NOT NULL REFERENCES reservation_policies (id) ON DELETE CASCADE
) STRICT;
