-- Rakkan catalogue, schema 11: the rest of an offer's terms (how it came, model scope, who may use it,
-- sublicensing, attribution, output safeguards, reporting, takedown and unlearning, confidentiality), caps, floors
-- and splits on payment components, and the documents of an offer (contract PDFs), kept with their SHA-256.

ALTER TABLE offers ADD COLUMN channel TEXT NOT NULL DEFAULT 'email'
    CHECK (channel IN ('email', 'platform', 'publisher', 'collective', 'settlement', 'other'));
ALTER TABLE offers ADD COLUMN auto_renew INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1));
ALTER TABLE offers ADD COLUMN model_scope TEXT NOT NULL DEFAULT 'unspecified'
    CHECK (model_scope IN ('unspecified', 'named_model', 'successors', 'any_model'));
ALTER TABLE offers ADD COLUMN model_name TEXT;
ALTER TABLE offers ADD COLUMN user_class TEXT NOT NULL DEFAULT ''; -- RSL user tokens, space-separated
ALTER TABLE offers ADD COLUMN sublicense_to TEXT;
ALTER TABLE offers ADD COLUMN attribution TEXT;
ALTER TABLE offers ADD COLUMN output_safeguards TEXT;
ALTER TABLE offers ADD COLUMN reporting TEXT;
ALTER TABLE offers ADD COLUMN takedown_notice_days INTEGER CHECK (takedown_notice_days BETWEEN 0 AND 3650);
ALTER TABLE offers ADD COLUMN takedown_mechanism TEXT NOT NULL DEFAULT 'unspecified'
    CHECK (takedown_mechanism IN ('unspecified', 'none', 'delete', 'suppress', 'retrain'));
ALTER TABLE offers ADD COLUMN takedown_cost TEXT NOT NULL DEFAULT 'unspecified'
    CHECK (takedown_cost IN ('unspecified', 'licensee', 'creator', 'shared'));
ALTER TABLE offers ADD COLUMN confidentiality TEXT;

ALTER TABLE offer_payments ADD COLUMN cap INTEGER CHECK (cap >= 0);     -- minor units, the component's currency
ALTER TABLE offer_payments ADD COLUMN floor INTEGER CHECK (floor >= 0);
ALTER TABLE offer_payments ADD COLUMN split_creator_bp INTEGER NOT NULL DEFAULT 10000
    CHECK (split_creator_bp BETWEEN 0 AND 10000);
ALTER TABLE offer_payments ADD COLUMN split_publisher_bp INTEGER NOT NULL DEFAULT 0
    CHECK (split_publisher_bp BETWEEN 0 AND 10000);
ALTER TABLE offer_payments ADD COLUMN split_agent_bp INTEGER NOT NULL DEFAULT 0
    CHECK (split_agent_bp BETWEEN 0 AND 10000);
ALTER TABLE offer_payments ADD COLUMN split_platform_bp INTEGER NOT NULL DEFAULT 0
    CHECK (split_platform_bp BETWEEN 0 AND 10000);

-- The documents themselves live here, not as paths: a contract must not vanish when a download folder is tidied.
CREATE TABLE offer_documents (
    id        INTEGER PRIMARY KEY,
    offer_id  INTEGER NOT NULL REFERENCES offers (id) ON DELETE RESTRICT,
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    size      INTEGER NOT NULL CHECK (size > 0),
    added_at  TEXT NOT NULL,
    content   BLOB NOT NULL,
    UNIQUE (offer_id, sha256)
) STRICT;
