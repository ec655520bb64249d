-- Rakkan catalogue, schema 2: who holds the rights to a work, and where it was published.
-- A studio has several artists; a work can have several holders, each with a role.

CREATE TABLE holders (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_latin TEXT,
    kind       TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'studio', 'publisher', 'agency', 'other')),
    studio_id  INTEGER REFERENCES holders (id) ON DELETE SET NULL,
    contact    TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (name)
) STRICT;

CREATE TABLE work_holders (
    work_id   INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    holder_id INTEGER NOT NULL REFERENCES holders (id) ON DELETE RESTRICT,
    role      TEXT NOT NULL DEFAULT 'author'
              CHECK (role IN ('author', 'artist', 'writer', 'studio', 'publisher', 'rights_holder')),
    PRIMARY KEY (work_id, holder_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX work_holders_holder ON work_holders (holder_id);

CREATE TABLE publications (
    id           INTEGER PRIMARY KEY,
    work_id      INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    url          TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
    platform     TEXT,
    published_on TEXT CHECK (published_on IS NULL OR date(published_on) = published_on),
    UNIQUE (work_id, url)
) STRICT;
CREATE INDEX publications_work ON publications (work_id);
