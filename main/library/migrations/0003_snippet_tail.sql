-- The last two characters of each snippet (ASCII lower-cased, as LIKE compares): a 1–2 character
-- search finds its matches through the trigram index's terms (library-search.ts), which miss an
-- occurrence in the final two characters, where no trigram starts; this index finds those.
CREATE INDEX snippets_by_tail ON snippets(lower(substr(text, -2)));
