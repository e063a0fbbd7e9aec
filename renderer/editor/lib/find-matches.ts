/** A match of the search text: the paragraph (by Lexical key) and character offsets in its text. */
export interface Match {
  key: string;
  start: number;
  end: number;
}

/** Every non-overlapping occurrence of `query` in each paragraph, in document order. */
export function findMatches(paragraphs: Array<{ key: string; text: string }>, query: string): Match[] {
  if (!query) return [];
  const matches: Match[] = [];
  for (const { key, text } of paragraphs) {
    for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) {
      matches.push({ key, start: at, end: at + query.length });
    }
  }
  return matches;
}
