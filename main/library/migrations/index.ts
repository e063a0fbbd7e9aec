// The snippet library's migrations (library.db), in order. Numbered .sql files imported statically
// like main/db/migrations; add a file and a line here, never edit an applied one.
import type { Migration } from '../../db/migrations';
import m0001 from './0001_library.sql';
import m0002 from './0002_snippet_lsh.sql';
import m0003 from './0003_snippet_tail.sql';
import m0004 from './0004_origin_lookup.sql';
import m0005 from './0005_fts_by_store.sql';
import m0006 from './0006_fts_updates_by_store.sql';

export const libraryMigrations: readonly Migration[] = [
  { version: 1, name: '0001_library', sql: m0001 },
  { version: 2, name: '0002_snippet_lsh', sql: m0002 },
  { version: 3, name: '0003_snippet_tail', sql: m0003 },
  { version: 4, name: '0004_origin_lookup', sql: m0004 },
  { version: 5, name: '0005_fts_by_store', sql: m0005 },
  { version: 6, name: '0006_fts_updates_by_store', sql: m0006 },
];

/** The tables a library file must have to be restored or opened (checked before replacing the library). */
export const LIBRARY_TABLES = ['sources', 'snippets', 'snippet_tags', 'snippet_origins', 'snippets_fts'] as const;
