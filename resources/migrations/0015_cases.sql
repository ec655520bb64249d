-- Rakkan catalogue, schema 15: enforcement. A case gathers the copies of one or more works found at one place (a
-- page), moves through a status machine whose every step is kept in a hash-chained, append-only history, and keeps
-- the evidence bags and notices made for it. Licensed uses are places a case must never be opened for. The
-- complainant is who notices are drafted for. An older Rakkan ignores all of it.

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    status           TEXT NOT NULL CHECK (status IN ('found', 'evidence_frozen', 'notice_drafted', 'sent',
                         'acknowledged', 'removed', 'refused', 'counter_notice', 'no_answer', 'escalated',
                         'closed', 'licensed')),
    page_url         TEXT NOT NULL CHECK (page_url GLOB 'http*://*'),
    host             TEXT NOT NULL,
    platform         TEXT NOT NULL DEFAULT '',
    account          TEXT NOT NULL DEFAULT '',
    regime           TEXT NOT NULL DEFAULT '' CHECK (regime IN ('', 'dmca', 'dsa', 'jp')),
    first_seen       TEXT NOT NULL,
    last_seen        TEXT NOT NULL,
    last_check       TEXT,
    last_check_state TEXT CHECK (last_check_state IN ('present', 'changed', 'removed', 'unreachable')),
    sent_at          TEXT,
    deadline         TEXT,
    deadline_reason  TEXT NOT NULL DEFAULT '',
    offer_id         INTEGER REFERENCES offers (id) ON DELETE SET NULL,
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX cases_host ON cases (host, account);
CREATE INDEX cases_deadline ON cases (deadline) WHERE deadline IS NOT NULL;

CREATE TABLE case_copies (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    image_url        TEXT NOT NULL,
    image_sha256     TEXT NOT NULL DEFAULT '',
    work_id          INTEGER REFERENCES works (id) ON DELETE SET NULL,
    asset_id         INTEGER REFERENCES assets (id) ON DELETE SET NULL,
    distance         INTEGER NOT NULL DEFAULT -1,
    orientation      TEXT NOT NULL DEFAULT '',
    catalogue_region TEXT NOT NULL DEFAULT '',
    query_region     TEXT NOT NULL DEFAULT '',
    confidence       TEXT NOT NULL DEFAULT '',
    first_seen       TEXT NOT NULL,
    last_seen        TEXT NOT NULL,
    UNIQUE (case_id, image_url, work_id)
) STRICT;
CREATE INDEX case_copies_work ON case_copies (work_id);

CREATE TABLE case_events (
    seq         INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    at          TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER case_events_append_only_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;
CREATE TRIGGER case_events_append_only_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;

-- Evidence bags and notices are files beside the catalogue; the catalogue keeps where, and their hashes.
CREATE TABLE case_files (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL CHECK (kind IN ('capture', 'evidence', 'notice')),
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX case_files_case ON case_files (case_id, kind);

CREATE TABLE licensed_uses (
    id          INTEGER PRIMARY KEY,
    host        TEXT NOT NULL CHECK (host <> ''),
    path_prefix TEXT NOT NULL DEFAULT '/',
    account     TEXT NOT NULL DEFAULT '',
    offer_id    INTEGER REFERENCES offers (id) ON DELETE SET NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Who complains: the DMCA's and Japan's forms need a postal address and a telephone number, the DSA an e-mail.
CREATE TABLE complainant (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL DEFAULT '',
    name_latin  TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    acts_for    TEXT NOT NULL DEFAULT ''
) STRICT;
