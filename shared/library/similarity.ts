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

/**
 * The distinct three-character windows of a (normalised) text, by code point; the whole text when it
 * has one or two. Kept as numbers, because near-duplicate checks build and compare these for every
 * imported paragraph and its candidates: a window of three BMP characters (all of 公文 but rare
 * characters) is the exact number a·2³² + b·2¹⁶ + c (below 2⁵³), in a sorted array; any other window
 * is kept as its string.
 */
export interface TrigramSet {
  /** Windows of three BMP characters, as numbers, ascending, each once. */
  readonly codes: Float64Array;
  /** Windows with a character beyond the BMP, and a whole 1–2 character text. */
  readonly other: ReadonlySet<string>;
  readonly size: number;
}

export function trigrams(text: string): TrigramSet {
  // Code points read with charCodeAt (a surrogate pair joined by hand): no array of one-character
  // strings, which was most of the cost on an import's candidates.
  const cps = new Int32Array(text.length);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      cps[count++] = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      i++;
    } else {
      cps[count++] = c;
    }
  }
  const other = new Set<string>();
  if (count < 3) {
    if (count > 0) other.add(String.fromCodePoint(...cps.subarray(0, count)));
    return { codes: new Float64Array(0), other, size: other.size };
  }
  const all = new Float64Array(count - 2);
  let n = 0;
  for (let i = 0; i + 3 <= count; i++) {
    const a = cps[i]!;
    const b = cps[i + 1]!;
    const c = cps[i + 2]!;
    if (a > 0xffff || b > 0xffff || c > 0xffff) other.add(String.fromCodePoint(a, b, c));
    else all[n++] = a * 0x100000000 + b * 0x10000 + c;
  }
  const sorted = all.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const codes = sorted.slice(0, distinct);
  return { codes, other, size: codes.length + other.size };
}

/** |A ∩ B| / |A ∪ B| over trigram sets; 1 for identical texts. */
export function jaccard(a: TrigramSet, b: TrigramSet): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const x = a.codes;
  const y = b.codes;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  for (const t of a.other) if (b.other.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export function trigramSimilarity(a: string, b: string): number {
  return jaccard(trigrams(normaliseForIdentity(a)), trigrams(normaliseForIdentity(b)));
}
