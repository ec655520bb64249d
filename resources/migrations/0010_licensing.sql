-- Rakkan catalogue, schema 10: licensing offers from AI companies and data marketplaces: who offers (and through
-- whom), the terms that matter, the payment components, the works covered and the co-rights-holders who must
-- approve, a hash-chained log of every status change, and what was actually paid. Money is integer minor units.

CREATE TABLE counterparties (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind    TEXT NOT NULL DEFAULT 'ai_company'
            CHECK (kind IN ('ai_company', 'marketplace', 'publisher', 'agent', 'collective', 'other')),
    country TEXT,
    contact TEXT
) STRICT;

CREATE TABLE offers (
    id                     INTEGER PRIMARY KEY,
    parent_id              INTEGER REFERENCES offers (id) ON DELETE RESTRICT, -- the offer this counters or renews
    version                INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
    counterparty_id        INTEGER NOT NULL REFERENCES counterparties (id) ON DELETE RESTRICT,
    intermediary_id        INTEGER REFERENCES counterparties (id) ON DELETE RESTRICT,
    licensee_disclosed     INTEGER NOT NULL DEFAULT 1 CHECK (licensee_disclosed IN (0, 1)),
    licensee_name          TEXT,
    status                 TEXT NOT NULL DEFAULT 'draft',
    received_on            TEXT,
    response_deadline      TEXT,
    term_start             TEXT,
    term_end               TEXT,
    post_term_models       TEXT NOT NULL DEFAULT 'unspecified'
                           CHECK (post_term_models IN ('unspecified', 'none', 'delete_data_only', 'models_survive',
                                                       'retrain_required')),
    permits                TEXT NOT NULL DEFAULT '', -- space-separated scope tokens
    prohibits              TEXT NOT NULL DEFAULT '',
    territory              TEXT NOT NULL DEFAULT '',
    exclusive              INTEGER NOT NULL DEFAULT 0 CHECK (exclusive IN (0, 1)),
    sublicensable          INTEGER NOT NULL DEFAULT 0 CHECK (sublicensable IN (0, 1)),
    blanket_future         INTEGER NOT NULL DEFAULT 0 CHECK (blanket_future IN (0, 1)),
    audit_rights           INTEGER NOT NULL DEFAULT 0 CHECK (audit_rights IN (0, 1)),
    provenance_warranty    INTEGER NOT NULL DEFAULT 0 CHECK (provenance_warranty IN (0, 1)),
    intermediary_share_bp  INTEGER NOT NULL DEFAULT 0 CHECK (intermediary_share_bp BETWEEN 0 AND 10000),
    governing_law          TEXT,
    notes                  TEXT,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE offer_payments (
    id         INTEGER PRIMARY KEY,
    offer_id   INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    basis      TEXT NOT NULL CHECK (basis IN ('flat', 'per_work', 'pool_pro_rata', 'revenue_share', 'per_use',
                                              'per_token', 'subscription', 'bonus', 'attribution_only')),
    amount     INTEGER CHECK (amount >= 0), -- minor units of currency
    currency   TEXT,
    share_bp   INTEGER CHECK (share_bp BETWEEN 0 AND 10000),
    schedule   TEXT
) STRICT;

CREATE TABLE offer_works (
    offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    work_id     INTEGER NOT NULL REFERENCES works (id) ON DELETE RESTRICT,
    file_sha256 TEXT, -- the cover file's hash when the offer was recorded
    PRIMARY KEY (offer_id, work_id)
) STRICT;

CREATE TABLE offer_cosigners (
    offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    approved_at TEXT,
    PRIMARY KEY (offer_id, name)
) STRICT;

-- Every status change, never rewritten: each row carries the hash of the one before, so an edit shows.
CREATE TABLE offer_events (
    seq         INTEGER PRIMARY KEY,
    offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE RESTRICT,
    at          TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER offer_events_append_only_update BEFORE UPDATE ON offer_events
BEGIN SELECT RAISE(ABORT, 'offer events are append-only'); END;
CREATE TRIGGER offer_events_append_only_delete BEFORE DELETE ON offer_events
BEGIN SELECT RAISE(ABORT, 'offer events are append-only'); END;

CREATE TABLE payments_received (
    id          INTEGER PRIMARY KEY,
    offer_id    INTEGER NOT NULL REFERENCES offers (id) ON DELETE RESTRICT,
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    currency    TEXT NOT NULL,
    received_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
