-- "Is this exact duplicate's document already recorded on the snippet?" (library-store.ts addOrigin) is
-- asked for every exact duplicate an import meets. Through snippet_origins_by_snippet it read every
-- origin of the snippet: a sentence every report repeats gathers one origin per file, so importing an
-- archive of n such files read on the order of n² rows. This index answers it with one seek.
CREATE INDEX snippet_origins_by_document ON snippet_origins(snippet_id, relation, source_name);
