-- 以去年报告为底稿: the report a draft was made from (its paragraphs as they were, for the
-- comparison), the years of the rollover, and the time references the writer chose to keep.
CREATE TABLE draft_bases (
  draft_id    TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
  source_name TEXT NOT NULL,
  from_year   INTEGER NOT NULL,
  to_year     INTEGER NOT NULL,
  paragraphs  TEXT NOT NULL,
  kept        TEXT NOT NULL DEFAULT '[]',
  created_at  TEXT NOT NULL
);

-- Figures carried over from the base that the writer has neither changed nor confirmed (待更新).
-- The key is shared/rollover/figures.ts's figure text + surrounding characters without digits.
CREATE TABLE pending_figures (
  draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  key      TEXT NOT NULL,
  PRIMARY KEY (draft_id, key)
);
