-- Rakkan catalogue, schema 13: what the user should know about how a file's picture was made, one note a line, in
-- the language of the import: a Photoshop file saved without a flattened image is drawn from its layers, and the
-- work says so and names what could not be drawn. Empty for a picture read as stored. An older Rakkan ignores it.

ALTER TABLE assets ADD COLUMN decode_notes TEXT NOT NULL DEFAULT '';
