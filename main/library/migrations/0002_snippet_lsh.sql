-- Near-duplicate candidates by MinHash LSH (main/library/minhash.ts): each snippet's 128 MinHash
-- values over its character trigrams, cut into 16 bands of 8, each band hashed to one 32-bit key.
-- A paragraph's candidates are the snippets sharing any band key (one index per band column); the
-- exact trigram Jaccard ≥ 0.9 then decides, as before. Rows are written by the app (library-store.ts);
-- a snippet without a row (a library from before this migration, or text changed elsewhere) is
-- filled in before the next near-duplicate search.
CREATE TABLE snippet_lsh (
  snippet_id INTEGER PRIMARY KEY REFERENCES snippets(id) ON DELETE CASCADE,
  b0  INTEGER NOT NULL,
  b1  INTEGER NOT NULL,
  b2  INTEGER NOT NULL,
  b3  INTEGER NOT NULL,
  b4  INTEGER NOT NULL,
  b5  INTEGER NOT NULL,
  b6  INTEGER NOT NULL,
  b7  INTEGER NOT NULL,
  b8  INTEGER NOT NULL,
  b9  INTEGER NOT NULL,
  b10 INTEGER NOT NULL,
  b11 INTEGER NOT NULL,
  b12 INTEGER NOT NULL,
  b13 INTEGER NOT NULL,
  b14 INTEGER NOT NULL,
  b15 INTEGER NOT NULL
);
CREATE INDEX snippet_lsh_b0 ON snippet_lsh(b0);
CREATE INDEX snippet_lsh_b1 ON snippet_lsh(b1);
CREATE INDEX snippet_lsh_b2 ON snippet_lsh(b2);
CREATE INDEX snippet_lsh_b3 ON snippet_lsh(b3);
CREATE INDEX snippet_lsh_b4 ON snippet_lsh(b4);
CREATE INDEX snippet_lsh_b5 ON snippet_lsh(b5);
CREATE INDEX snippet_lsh_b6 ON snippet_lsh(b6);
CREATE INDEX snippet_lsh_b7 ON snippet_lsh(b7);
CREATE INDEX snippet_lsh_b8 ON snippet_lsh(b8);
CREATE INDEX snippet_lsh_b9 ON snippet_lsh(b9);
CREATE INDEX snippet_lsh_b10 ON snippet_lsh(b10);
CREATE INDEX snippet_lsh_b11 ON snippet_lsh(b11);
CREATE INDEX snippet_lsh_b12 ON snippet_lsh(b12);
CREATE INDEX snippet_lsh_b13 ON snippet_lsh(b13);
CREATE INDEX snippet_lsh_b14 ON snippet_lsh(b14);
CREATE INDEX snippet_lsh_b15 ON snippet_lsh(b15);

-- New wording, new bands: the stale row goes, and the app writes the new one.
CREATE TRIGGER snippet_lsh_stale AFTER UPDATE OF text ON snippets BEGIN
  DELETE FROM snippet_lsh WHERE snippet_id = old.id;
END;
