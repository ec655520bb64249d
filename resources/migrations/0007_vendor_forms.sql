-- Rakkan catalogue, schema 7: opt-outs through vendors' web forms (no API, no receipt): which works were
-- prepared for which vendor, what the creator says happened, and when to check again.
CREATE TABLE vendor_submissions (
    work_id    INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    vendor     TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('prepared', 'submitted', 'confirmed')),
    packet_dir TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    remind_at  TEXT,
    PRIMARY KEY (work_id, vendor)
) STRICT;
