-- Rakkan catalogue, schema 1: works, their image files (assets), series and tags.
-- Titles keep the original script and a Latin-script form side by side.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    title_latin TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (title)
) STRICT;

CREATE TABLE works (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    title_latin TEXT,
    kind        TEXT NOT NULL DEFAULT 'illustration'
                CHECK (kind IN ('illustration', 'manga_chapter', 'manga_page', 'cover', 'sketch', 'other')),
    series_id   INTEGER REFERENCES series (id) ON DELETE SET NULL,
    volume      INTEGER CHECK (volume IS NULL OR volume > 0),
    chapter     TEXT,
    notes       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX works_series ON works (series_id);

-- One image file of a work: a whole illustration, or one page of a chapter. The original file is only ever read;
-- original_path records where it was at import.
CREATE TABLE assets (
    id            INTEGER PRIMARY KEY,
    work_id       INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    page          INTEGER NOT NULL DEFAULT 1 CHECK (page > 0),
    sha256        BLOB NOT NULL UNIQUE CHECK (length(sha256) = 32),
    file_size     INTEGER NOT NULL CHECK (file_size >= 0),
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    format        TEXT NOT NULL,
    original_path TEXT NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (work_id, page)
) STRICT;
CREATE INDEX assets_work ON assets (work_id, page);

-- Rebuildable from the original files; kept apart so that listing assets never drags thumbnail blobs along.
CREATE TABLE thumbnails (
    asset_id INTEGER PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    jpeg     BLOB NOT NULL
) STRICT;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
) STRICT;

CREATE TABLE work_tags (
    work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (work_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX work_tags_tag ON work_tags (tag_id);
