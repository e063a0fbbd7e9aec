-- The house style (单位规范, shared/checks/house-style.ts) a draft is checked by; NULL = the default.
ALTER TABLE drafts ADD COLUMN house_style TEXT;
