-- Rakkan catalogue, schema 12: the local features of each asset (ORB keypoints with binary descriptors), which find
-- copies that whole-picture fingerprints lose: turned, screenshotted, watermarked or hard-cropped ones. Computed on
-- this computer; pixels are never stored. Rebuildable from the original files (Compute Missing Fingerprints and ISCC,
-- rakkan-cli rehash); an older Rakkan ignores this table.

CREATE TABLE asset_features (
    asset_id INTEGER PRIMARY KEY REFERENCES assets (id) ON DELETE CASCADE,
    -- How they were computed: a newer Rakkan computes them again when its method changes.
    version  INTEGER NOT NULL,
    -- Every keypoint (position, angle, size, 256-bit descriptor), about 38 bytes each.
    features BLOB NOT NULL,
    -- The descriptors the matcher's index holds for this picture: read alone when the index is built, so that a
    -- large catalogue loads in seconds.
    probes   BLOB NOT NULL CHECK (length(probes) % 32 = 0)
) STRICT;
