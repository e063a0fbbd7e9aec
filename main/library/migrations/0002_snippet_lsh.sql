-- Near-duplicate candidates by MinHash LSH (main/library/minhash.ts): each snippet's 128 MinHash
-- values over its character trigrams, cut into 16 bands of 8, each band hashed to one 32-bit key,
-- stored as 64 bytes (16 little-endian int32). The keys are looked up in memory (near-duplicates.ts
-- builds a hash table from this table once per session): an SQL index per band would take a random
-- page write per band for every paragraph imported. Rows are written by the app (library-store.ts);
-- a snippet without a row (a library from before this migration, or text changed elsewhere) gets one
-- before the next near-duplicate search.
CREATE TABLE snippet_lsh (
  snippet_id INTEGER PRIMARY KEY REFERENCES snippets(id) ON DELETE CASCADE,
  bands      BLOB NOT NULL
);

-- New wording, new bands: the stale row goes, and the app writes the new one.
CREATE TRIGGER snippet_lsh_stale AFTER UPDATE OF text ON snippets BEGIN
  DELETE FROM snippet_lsh WHERE snippet_id = old.id;
END;
