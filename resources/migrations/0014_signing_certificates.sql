-- Rakkan catalogue, schema 14: each identity's certificate for signing Content Credentials (C2PA). Certificates are
-- public. A certificate from Rakkan's own authority is signed by the identity's key under a root whose key is
-- derived from the identity's secret, so no further secret is kept; an imported certificate's private key is kept
-- here only sealed (ChaCha20-Poly1305) under a key derived from the identity's secret. An older Rakkan ignores it.

CREATE TABLE signing_certificates (
    identity_id INTEGER PRIMARY KEY REFERENCES identities (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('local', 'imported')),
    chain_pem   TEXT NOT NULL CHECK (chain_pem GLOB '-----BEGIN CERTIFICATE-----*'),
    root_pem    TEXT,
    sealed_key  BLOB CHECK ((source = 'imported') = (sealed_key IS NOT NULL)),
    not_after   TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
