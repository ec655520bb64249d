-- Rakkan catalogue, schema 5: the registries a creator declares to, and the outbox of declarations.
-- A submission is written here before anything leaves the computer, and every step after that (signed, sent,
-- answered) is recorded in its own transaction, so a crash at any moment leaves a queue that resumes.

CREATE TABLE registries (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL DEFAULT 'iscc-hub' CHECK (kind IN ('iscc-hub')),
    url            TEXT NOT NULL CHECK (url GLOB 'http*://*'),
    hub_id         INTEGER NOT NULL CHECK (hub_id BETWEEN 0 AND 4095),
    hub_public_key TEXT NOT NULL CHECK (hub_public_key GLOB 'z6Mk*'), -- pinned: receipts must verify with it
    ca_file        TEXT,            -- a private CA for this hub; TLS is verified either way
    gateway        TEXT,            -- URL template of the creator's reservation page, sent in each note
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- One declaration of one file to one registry. Receipts are kept forever: removing a work from the catalogue
-- leaves its submissions (asset_id becomes NULL; the datahash still says what was declared).
CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    asset_id        INTEGER REFERENCES assets (id) ON DELETE SET NULL,
    registry_id     INTEGER NOT NULL REFERENCES registries (id) ON DELETE RESTRICT,
    identity_id     INTEGER REFERENCES identities (id) ON DELETE SET NULL,
    datahash        TEXT NOT NULL,
    iscc_code       TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'sending', 'declared', 'duplicate', 'rejected', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,          -- for 'failed': when the worker tries again (NULL: only when asked)
    request         TEXT,          -- the signed IsccNote exactly as sent (resent as is while still fresh)
    response_status INTEGER,
    response_body   TEXT,
    receipt         TEXT,
    iscc_id         TEXT,
    error_code      TEXT,
    error_message   TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE UNIQUE INDEX submissions_one_per_file ON submissions (registry_id, datahash);
CREATE INDEX submissions_state ON submissions (state, next_attempt_at);
CREATE INDEX submissions_asset ON submissions (asset_id);
