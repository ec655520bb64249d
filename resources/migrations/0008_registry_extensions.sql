-- Rakkan catalogue, schema 8: what each hub offers beyond the bare protocol, as it said when it was added (GET /hub).
-- 'pdq': the hub keeps the PDQ hashes a declaration carries and answers lookups by them.

ALTER TABLE registries ADD COLUMN extensions TEXT NOT NULL DEFAULT '';
