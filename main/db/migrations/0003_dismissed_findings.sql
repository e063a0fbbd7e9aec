-- Findings the writer chose to ignore (忽略), per draft. The key is shared/checks/dismissal.ts's
-- rule + flagged text + surrounding characters, so it survives paragraphs moving.
CREATE TABLE dismissed_findings (
  draft_id   TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (draft_id, key)
);
