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
  const { cps, count } = codePoints(text);
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

/**
 * A text's code points, read with charCodeAt (a surrogate pair joined by hand): no array of
 * one-character strings, which was most of the cost on an import's candidates.
 */
function codePoints(text: string): { cps: Int32Array; count: number } {
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
  return { cps, count };
}

/** A slot's hash for a window's number (a·2³² + b·2¹⁶ + c): any good mix of its two 32-bit halves, the key itself is compared. */
function windowHash(key: number): number {
  let h = Math.imul(key >>> 0, 0x9e3779b1) ^ Math.imul(Math.floor(key / 0x100000000), 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/**
 * One text's trigram set against many others: jaccard(a, trigrams(b)) for each b, the same number,
 * without sorting b's windows. A near-duplicate check compares an imported paragraph with dozens of
 * candidates, and building each candidate's sorted set was most of an import's time into a large
 * library. A's windows sit in an open-addressed table; b's windows go into a second one, reused from
 * text to text (a stamp per slot instead of clearing it), which counts b's distinct windows and how
 * many of them A has.
 */
export class TrigramMatcher {
  private readonly mask: number;
  private readonly keys: Float64Array;
  private seenKeys = new Float64Array(0);
  private seenStamps = new Int32Array(0);
  private stamp = 0;

  constructor(private readonly a: TrigramSet) {
    let size = 16;
    while (size < a.codes.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Float64Array(size).fill(-1);
    for (const code of a.codes) {
      let slot = windowHash(code) & this.mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = code;
    }
  }

  private inA(key: number, hash: number): boolean {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot]!;
      if (k === key) return true;
      if (k === -1) return false;
    }
  }

  /** jaccard(a, trigrams(b)) for a NORMALISED text b. */
  similarity(b: string): number {
    const { cps, count } = codePoints(b);
    if (count < 3) return jaccard(this.a, trigrams(b));
    const windows = count - 2;
    if (this.seenKeys.length < windows * 2) {
      let size = 64;
      while (size < windows * 2) size *= 2;
      this.seenKeys = new Float64Array(size);
      this.seenStamps = new Int32Array(size);
      this.stamp = 0;
    }
    if (this.stamp === 0x7fffffff) {
      this.seenStamps.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const mask = this.seenKeys.length - 1;
    let distinct = 0;
    let shared = 0;
    let other: Set<string> | null = null;
    for (let i = 0; i < windows; i++) {
      const x = cps[i]!;
      const y = cps[i + 1]!;
      const z = cps[i + 2]!;
      if (x > 0xffff || y > 0xffff || z > 0xffff) {
        (other ??= new Set()).add(String.fromCodePoint(x, y, z));
        continue;
      }
      const key = x * 0x100000000 + y * 0x10000 + z;
      const hash = windowHash(key);
      let slot = hash & mask;
      while (this.seenStamps[slot] === stamp && this.seenKeys[slot] !== key) slot = (slot + 1) & mask;
      if (this.seenStamps[slot] === stamp) continue; // this window was already counted
      this.seenStamps[slot] = stamp;
      this.seenKeys[slot] = key;
      distinct++;
      if (this.inA(key, hash)) shared++;
    }
    if (other) {
      distinct += other.size;
      for (const t of other) if (this.a.other.has(t)) shared++;
    }
    if (this.a.size === 0 && distinct === 0) return 1;
    return shared / (this.a.size + distinct - shared);
  }
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
