-- Drafts: the documents being written. lexical_json is the editor state; plain_text feeds search,
-- counts and the CLI without parsing JSON. deleted_at makes delete undoable (purged after 30 days).
CREATE TABLE drafts (
  id           TEXT PRIMARY KEY,
  title        TEXT NOT NULL DEFAULT '',
  lexical_json TEXT NOT NULL DEFAULT '',
  plain_text   TEXT NOT NULL DEFAULT '',
  year         INTEGER,
  word_count   INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT
);
CREATE INDEX drafts_recent ON drafts (deleted_at, updated_at DESC);

-- Version snapshots: the last 50 per draft are kept (trimmed by the service after each insert).
CREATE TABLE draft_versions (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  reason       TEXT NOT NULL CHECK (reason IN ('autosave', 'close', 'before-restore', 'manual')),
  lexical_json TEXT NOT NULL,
  plain_text   TEXT NOT NULL,
  word_count   INTEGER NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX draft_versions_by_draft ON draft_versions (draft_id, id DESC);
