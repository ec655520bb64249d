-- Rakkan catalogue, schema 4: each asset's ISCC (ISO 24138), and the creators' signing identities.
-- Older Rakkan versions must not write here: they would add assets without an ISCC and edit titles without
-- refreshing the Meta-Code, so this migration raises min_reader_version to 4.

-- The ISCC of one catalogued file. The Meta-Code follows the work's title and is refreshed in the same
-- transaction as any title edit; the other units are derived from the file's bytes and pixels alone.
-- Units are stored at 256 bits (hub declarations send them whole); the ISCC-CODE carries their first 64.
CREATE TABLE asset_iscc (
    asset_id      INTEGER PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    iscc_code     TEXT NOT NULL CHECK (iscc_code GLOB 'ISCC:*'),
    meta_unit     TEXT CHECK (meta_unit IS NULL OR meta_unit GLOB 'ISCC:A*'),
    content_unit  TEXT CHECK (content_unit IS NULL OR content_unit GLOB 'ISCC:E*'),
    data_unit     TEXT NOT NULL CHECK (data_unit GLOB 'ISCC:G*'),
    instance_unit TEXT NOT NULL CHECK (instance_unit GLOB 'ISCC:I*'),
    datahash      TEXT NOT NULL CHECK (length(datahash) = 68 AND datahash GLOB '1e20*'),
    metahash      TEXT CHECK (metahash IS NULL OR (length(metahash) = 68 AND metahash GLOB '1e20*')),
    computed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX asset_iscc_datahash ON asset_iscc (datahash);

-- A signing identity: an Ed25519 key pair made on this computer. Only the public half is here; the private key
-- lives in the system keychain or in a passphrase-encrypted key file (key_storage says which).
CREATE TABLE identities (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    public_key   TEXT NOT NULL UNIQUE CHECK (public_key GLOB 'z6Mk*'),
    controller   TEXT CHECK (controller IS NULL OR controller GLOB 'did:web:*'),
    key_storage  TEXT NOT NULL CHECK (key_storage IN ('keychain', 'file')),
    is_default   INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    backed_up_at TEXT
) STRICT;
CREATE UNIQUE INDEX identities_one_default ON identities (is_default) WHERE is_default = 1;

-- Which identity may sign declarations for a work; works without a row use the default identity.
CREATE TABLE work_signers (
    work_id     INTEGER PRIMARY KEY REFERENCES works (id) ON DELETE CASCADE,
    identity_id INTEGER NOT NULL REFERENCES identities (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX work_signers_identity ON work_signers (identity_id);
