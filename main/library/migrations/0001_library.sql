-- The snippet library: its own database file (library.db), so backing it up or restoring it is one file.

-- Every imported document (one row per file content; re-importing the same file reuses its row).
CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  file_name    TEXT NOT NULL,
  title        TEXT NOT NULL DEFAULT '',
  year         INTEGER,
  -- title | date | file-name | content | event | manual, or NULL when no year was found
  year_source  TEXT,
  year_reason  TEXT NOT NULL DEFAULT '',
  -- sha256 of the cleaned text: the same file imported again is recognised
  content_hash TEXT NOT NULL DEFAULT '',
  imported_at  TEXT NOT NULL
);
CREATE INDEX sources_by_hash ON sources(content_hash);

CREATE TABLE snippets (
  id           INTEGER PRIMARY KEY,
  text         TEXT NOT NULL,
  -- sha256 of the normalised text (shared/library/similarity.ts): exact duplicates are refused here
  text_hash    TEXT NOT NULL UNIQUE,
  char_count   INTEGER NOT NULL,
  -- JSON array of the headings above the paragraph, outermost first
  heading_path TEXT NOT NULL DEFAULT '[]',
  kind         TEXT NOT NULL,
  kind_reason  TEXT NOT NULL DEFAULT '',
  source_id    INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  -- the document's file name (or 手动添加), kept even if the source row goes
  source_name  TEXT NOT NULL,
  year         INTEGER,
  favorite     INTEGER NOT NULL DEFAULT 0,
  times_used   INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  last_used_at TEXT,
  -- set when deleted (undo clears it); purged after 30 days
  deleted_at   TEXT
);
CREATE INDEX snippets_by_year ON snippets(deleted_at, year);
CREATE INDEX snippets_by_kind ON snippets(deleted_at, kind);
CREATE INDEX snippets_by_source ON snippets(deleted_at, source_name);
CREATE INDEX snippets_by_use ON snippets(deleted_at, times_used);
CREATE INDEX snippets_by_favorite ON snippets(deleted_at, favorite);

CREATE TABLE snippet_tags (
  snippet_id INTEGER NOT NULL REFERENCES snippets(id) ON DELETE CASCADE,
  tag        TEXT NOT NULL,
  PRIMARY KEY (snippet_id, tag)
) WITHOUT ROWID;
CREATE INDEX snippet_tags_by_tag ON snippet_tags(tag, snippet_id);

-- Where else a snippet was found: exact duplicates from other documents, near duplicates that were
-- folded into it (with their own wording), and snippets merged into it by hand.
CREATE TABLE snippet_origins (
  id          INTEGER PRIMARY KEY,
  snippet_id  INTEGER NOT NULL REFERENCES snippets(id) ON DELETE CASCADE,
  source_id   INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  source_name TEXT NOT NULL,
  year        INTEGER,
  relation    TEXT NOT NULL CHECK (relation IN ('exact', 'near', 'merged')),
  similarity  REAL,
  -- the other wording (near duplicates and merges); NULL for exact duplicates
  text        TEXT,
  recorded_at TEXT NOT NULL
);
CREATE INDEX snippet_origins_by_snippet ON snippet_origins(snippet_id);

-- Full-text index over the text, trigram tokenizer: any substring of 3+ characters is found.
CREATE VIRTUAL TABLE snippets_fts USING fts5(text, content = 'snippets', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER snippets_fts_insert AFTER INSERT ON snippets BEGIN
  INSERT INTO snippets_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER snippets_fts_delete AFTER DELETE ON snippets BEGIN
  INSERT INTO snippets_fts (snippets_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER snippets_fts_update AFTER UPDATE OF text ON snippets BEGIN
  INSERT INTO snippets_fts (snippets_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO snippets_fts (rowid, text) VALUES (new.id, new.text);
END;
