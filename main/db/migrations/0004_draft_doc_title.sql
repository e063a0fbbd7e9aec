-- The title the draft's title paragraphs read now (shared/document/document-title.ts), stored at every
-- save so lists and exports name a draft by it without reading its editor JSON. `title` stays the
-- name the writer gave (empty: follow the title paragraphs).
ALTER TABLE drafts ADD COLUMN doc_title TEXT NOT NULL DEFAULT '';
