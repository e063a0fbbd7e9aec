/**
 * Text identity for the library: a normalised form for exact duplicates, and trigram Jaccard
 * similarity for near duplicates (the same paragraph reused with a few words changed).
 */

/**
 * Full-width letters, digits and punctuation folded to their plain forms (NFKC: ，→ , ．→ . ２→2),
 * whitespace removed, Latin lower-cased: "发展，群众" and "发展,群众" are the same paragraph.
 */
export function normaliseForIdentity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The distinct three-character windows of a (normalised) text, by code point. */
export function trigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  if (chars.length < 3) {
    if (chars.length > 0) out.add(chars.join(''));
    return out;
  }
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return out;
}

/** |A ∩ B| / |A ∪ B| over trigram sets; 1 for identical texts. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export function trigramSimilarity(a: string, b: string): number {
  return jaccard(trigrams(normaliseForIdentity(a)), trigrams(normaliseForIdentity(b)));
}
