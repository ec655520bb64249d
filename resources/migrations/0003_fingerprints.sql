-- Rakkan catalogue, schema 3: perceptual fingerprints of each asset, computed on this computer.
-- Several per asset: the whole picture, the picture with uniform borders trimmed, centred crops, and the panels
-- of a comic page, so that crops, letterboxing and a single lifted panel still find their work.
-- Rebuildable from the original files (rakkan-cli rehash).

CREATE TABLE fingerprints (
    asset_id  INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    algorithm TEXT NOT NULL CHECK (algorithm IN ('pdq')),
    -- 'full', 'trim', 'center92', 'center84', 'center76', or 'panel:X,Y,W,H' in ten-thousandths of the picture.
    region    TEXT NOT NULL,
    hash      BLOB NOT NULL CHECK (length(hash) = 32),
    quality   INTEGER NOT NULL CHECK (quality BETWEEN 0 AND 100),
    PRIMARY KEY (asset_id, algorithm, region)
) STRICT, WITHOUT ROWID;
