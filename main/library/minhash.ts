/**
 * MinHash signatures and LSH band keys over a paragraph's character trigrams, for finding
 * near-duplicate candidates without searching the full-text index.
 *
 * For two trigram sets A and B, each of the MINHASH_HASHES minimums agrees with probability
 * J = |A ∩ B| / |A ∪ B| (their Jaccard similarity). The signature is cut into
 * LSH_BANDS bands of LSH_ROWS values; two paragraphs become candidates when at least
 * LSH_MIN_SHARED_BANDS bands agree entirely. One band agrees with probability p = J^ROWS, so a pair
 * is a candidate with probability P(Binomial(BANDS, p) ≥ MIN_SHARED) (the S-curve,
 * `lshCandidateProbability`). With 16 bands of 8 rows, 2 shared:
 *   J = 0.9 → 0.9984 (a near duplicate right at the threshold is missed about once in 600; at
 *   J = 0.95, about once in 10^5), J = 0.8 → 0.78, J = 0.7 → 0.27, J = 0.5 → 0.002,
 * and the exact trigram Jaccard on the candidates (the same definition as before, ≥ 0.9) decides.
 * One shared band would give 0.99988 at J = 0.9 but 0.06 at J = 0.5: on report text, where
 * paragraphs reuse whole sentences, that made a median of 84 candidates per paragraph in a library
 * of 100,000 (about 10 ms of exact checks per paragraph). 12 bands of 8 would miss one in 860 at
 * J = 0.9 even with one shared band; 32 bands of 4 bring in most pairs at J = 0.5.
 *
 * The keys are stored per snippet (snippet_lsh, 64 bytes, appended with the snippet) and looked up in
 * memory (BandTable): an SQL index per band would cost a random page write per band per paragraph.
 */

export const MINHASH_HASHES = 128;
export const LSH_BANDS = 16;
export const LSH_ROWS = MINHASH_HASHES / LSH_BANDS;
/** A pair is a candidate when at least this many of its bands agree. */
export const LSH_MIN_SHARED_BANDS = 2;

/** The probability that a pair with trigram Jaccard `j` shares at least `minShared` bands. */
export function lshCandidateProbability(j: number, bands = LSH_BANDS, rows = LSH_ROWS, minShared = LSH_MIN_SHARED_BANDS): number {
  const p = j ** rows;
  let below = 0;
  let choose = 1;
  for (let k = 0; k < minShared; k++) {
    below += choose * p ** k * (1 - p) ** (bands - k);
    choose = (choose * (bands - k)) / (k + 1);
  }
  return 1 - below;
}

/** murmur3's 32-bit finaliser (signed result): a bijection on 32-bit integers that mixes every input bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Fixed seeds (splitmix32 from a constant): signatures must stay the same across versions and runs. */
const SEEDS = (() => {
  const out = new Int32Array(MINHASH_HASHES + LSH_BANDS);
  let state = 0x5eed1e55;
  for (let i = 0; i < out.length; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    out[i] = z ^ (z >>> 15);
  }
  return out;
})();

/** A 32-bit hash of one to three code points (murmur3-style combine). */
function mixIn(h: number, k: number): number {
  h ^= Math.imul(k, 0xcc9e2d51);
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

function gramHash(a: number, b: number, c: number): number {
  return fmix32(mixIn(mixIn(mixIn(0x3c6ef372, a), b), c));
}

/**
 * The MinHash signature of a NORMALISED text (normaliseForIdentity) over the same trigram set as
 * `trigrams()`: every three-code-point window, or the whole text when it has 1–2 code points. Values
 * are kept as signed 32-bit integers (the hash with its top bit flipped, which keeps the order), so
 * V8 works on small integers throughout.
 */
export function minhashSignature(normalised: string): Int32Array {
  const sig = new Int32Array(MINHASH_HASHES).fill(0x7fffffff);
  const cps: number[] = [];
  for (const ch of normalised) cps.push(ch.codePointAt(0)!);
  const seen = new Set<number>();
  const grams: number[] = [];
  const add = (g: number) => {
    if (!seen.has(g)) {
      seen.add(g);
      grams.push(g);
    }
  };
  if (cps.length > 0 && cps.length < 3) add(gramHash(cps[0]!, cps[1] ?? -1, -1));
  for (let i = 0; i + 3 <= cps.length; i++) add(gramHash(cps[i]!, cps[i + 1]!, cps[i + 2]!));
  for (let k = 0; k < MINHASH_HASHES; k++) {
    const seed = SEEDS[k]!;
    let min = 0x7fffffff;
    for (let i = 0; i < grams.length; i++) {
      const v = fmix32(grams[i]! ^ seed) ^ 0x80000000;
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

/**
 * The LSH band keys of a signature: one signed 32-bit integer per band (compact in SQLite), a hash
 * of that band's LSH_ROWS values. Band i is only ever compared with band i (its own column).
 */
export function lshBands(sig: Int32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = SEEDS[MINHASH_HASHES + b]!;
    for (let r = 0; r < LSH_ROWS; r++) h = mixIn(h, sig[b * LSH_ROWS + r]!);
    out.push(fmix32(h));
  }
  return out;
}

/** The band keys of a normalised text. */
export function textBands(normalised: string): number[] {
  return lshBands(minhashSignature(normalised));
}

/** Band keys as stored in snippet_lsh.bands: LSH_BANDS little-endian int32, 64 bytes. */
export function bandsToBlob(bands: readonly number[]): Buffer {
  const buf = Buffer.alloc(LSH_BANDS * 4);
  for (let b = 0; b < LSH_BANDS; b++) buf.writeInt32LE(bands[b]!, b * 4);
  return buf;
}

/** The band keys of a stored blob, or null when it is not one (wrong length). */
export function blobToBands(blob: unknown): number[] | null {
  if (!Buffer.isBuffer(blob) || blob.length !== LSH_BANDS * 4) return null;
  const out: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) out.push(blob.readInt32LE(b * 4));
  return out;
}

/**
 * An in-memory multimap from (band, key) to snippet ids: one open-addressing hash table per band in
 * typed arrays (id 0 marks an empty slot; snippet ids start at 1), linear probing, doubled when half
 * full. 100,000 snippets take 16 × 262,144 slots × 8 bytes = 32 MB. Entries are never removed: a
 * stale one (text changed, snippet deleted) only brings a candidate that the caller checks.
 */
export class BandTable {
  private keys: Int32Array[];
  private ids: Int32Array[];
  private mask: number;
  private count = 0;

  constructor(expected = 0) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = Array.from({ length: LSH_BANDS }, () => new Int32Array(capacity));
    this.ids = Array.from({ length: LSH_BANDS }, () => new Int32Array(capacity));
  }

  get size(): number {
    return this.count;
  }

  add(id: number, bands: readonly number[]): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    for (let b = 0; b < LSH_BANDS; b++) this.put(this.keys[b]!, this.ids[b]!, this.mask, bands[b]!, id);
    this.count++;
  }

  /** Ids sharing at least `minShared` band keys with `bands` (each once). */
  candidates(bands: readonly number[], minShared = LSH_MIN_SHARED_BANDS): Set<number> {
    const shared = new Map<number, number>();
    for (let b = 0; b < LSH_BANDS; b++) {
      const keys = this.keys[b]!;
      const ids = this.ids[b]!;
      const key = bands[b]!;
      const seen = new Set<number>();
      for (let slot = key & this.mask; ids[slot] !== 0; slot = (slot + 1) & this.mask) {
        const id = ids[slot]!;
        // An id listed twice under one band (its text changed and changed back) counts once.
        if (keys[slot] === key && !seen.has(id)) {
          seen.add(id);
          shared.set(id, (shared.get(id) ?? 0) + 1);
        }
      }
    }
    const out = new Set<number>();
    for (const [id, n] of shared) if (n >= minShared) out.add(id);
    return out;
  }

  private put(keys: Int32Array, ids: Int32Array, mask: number, key: number, id: number): void {
    let slot = key & mask;
    while (ids[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    ids[slot] = id;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const mask = capacity - 1;
    for (let b = 0; b < LSH_BANDS; b++) {
      const oldKeys = this.keys[b]!;
      const oldIds = this.ids[b]!;
      const keys = new Int32Array(capacity);
      const ids = new Int32Array(capacity);
      for (let s = 0; s < oldIds.length; s++) if (oldIds[s] !== 0) this.put(keys, ids, mask, oldKeys[s]!, oldIds[s]!);
      this.keys[b] = keys;
      this.ids[b] = ids;
    }
    this.mask = mask;
  }
}
