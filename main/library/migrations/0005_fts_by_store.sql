-- New snippets enter the full-text index from library-store.ts, not from a trigger. FTS5 writes what it
-- has gathered to disk at every statement savepoint, and each INSERT with a trigger opens one: an
-- import's paragraphs became one tiny index segment each (a third of an import's time, measured).
-- The store adds a write's new snippets in one statement at its end (LibraryStore.write), or at once
-- for a single insert. Changes and deletions keep their triggers.
DROP TRIGGER snippets_fts_insert;
