-- A snippet's changed text reaches the full-text index from library-store.ts too, not from a trigger
-- (as new snippets since 0005): the trigger's two FTS5 writes per change were flushed as index segments
-- of their own at the next statement savepoint, one or two per near duplicate an import replaced. The
-- store takes the old text out and puts the new one in for a whole write at its end (LibraryStore.write),
-- or at once for a single change. Deletions keep their trigger.
DROP TRIGGER snippets_fts_update;
