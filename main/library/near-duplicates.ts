/**
 * Near-duplicate detection for the snippet library, in two steps: candidates, then the exact trigram
 * Jaccard similarity on the candidates only (the definition: ≥ 0.9 is a near duplicate).
 *
 * Candidates at the near-duplicate threshold come from MinHash LSH (minhash.ts, table snippet_lsh:
 * 16 band keys per snippet, one index each), which finds a pair with Jaccard ≥ 0.9 with probability
 * ≥ 0.9998 at a cost independent of how common the paragraph's words are. Lower thresholds (the
 * "similar snippets" offered for a merge, 0.6) are outside what the bands are tuned for and use the
 * FTS5 trigram index (a few four-character chunks of the paragraph) as before.
 */
import type Database from 'better-sqlite3';
import { charCount } from '../../shared/library/query';
import { jaccard, normaliseForIdentity, trigrams } from '../../shared/library/similarity';
import { LSH_BANDS, textBands } from './minhash';

/** Near duplicates: trigram Jaccard similarity at or above this. */
export const NEAR_DUPLICATE_SIMILARITY = 0.9;
/** Shorter paragraphs are only compared exactly (a few changed characters make a different short text). */
export const NEAR_DUPLICATE_MIN_CHARS = 20;
/** How many full-text candidates a near-duplicate check looks at. */
const NEAR_CANDIDATES = 40;

export interface NearMatch {
  id: number;
  text: string;
  year: number | null;
  sourceId: number | null;
  sourceName: string;
  similarity: number;
}

/** A phrase for an FTS5 MATCH: quoted, inner quotes doubled. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

const CHUNK_CHARS = 4;
const MAX_CHUNKS = 8;
const WORD_RUN = /[\p{Script=Han}\p{L}\p{N}]{4,}/gu;
const HAS_DIGIT = /[0-9０-９]/;

/**
 * The FTS5 queries that find near-duplicate candidates for a text, from up to 8 four-character
 * chunks of it (letters and digits only: punctuation may differ in width). Chunks with digits come
 * first — figures are what tell one year's paragraph from another's — then chunks spread evenly over
 * the rest. `all`: every chunk (AND), the cheap first try, which finds a paragraph whose edits missed
 * the chunks; `pairs`: (c1 AND c2) OR (c3 AND c4) OR …, ranked by bm25 so paragraphs sharing the most
 * and the rarest chunks come first, which survives edits in a few chunks.
 */
export function nearDuplicateQueries(text: string): { all: string; pairs: string | null } | null {
  const windows: string[] = [];
  for (const m of text.matchAll(WORD_RUN)) {
    const chars = [...m[0]];
    for (let i = 0; i + CHUNK_CHARS <= chars.length; i += CHUNK_CHARS) windows.push(chars.slice(i, i + CHUNK_CHARS).join(''));
  }
  const unique = [...new Set(windows)];
  if (unique.length === 0) return null;
  const withDigits = unique.filter((w) => HAS_DIGIT.test(w));
  const rest = unique.filter((w) => !HAS_DIGIT.test(w));
  const picks = withDigits.slice(0, MAX_CHUNKS / 2);
  const want = Math.min(MAX_CHUNKS - picks.length, rest.length);
  for (let k = 0; k < want; k++) picks.push(rest[Math.floor((k * rest.length) / want)]!);
  const pairs: string[] = [];
  for (let k = 0; k + 1 < picks.length; k += 2) pairs.push(`(${ftsPhrase(picks[k]!)} AND ${ftsPhrase(picks[k + 1]!)})`);
  return { all: picks.map(ftsPhrase).join(' AND '), pairs: pairs.length > 0 ? pairs.join(' OR ') : null };
}

interface CandidateRow {
  id: number;
  text: string;
  year: number | null;
  source_id: number | null;
  source_name: string;
}

const BAND_COLUMNS = Array.from({ length: LSH_BANDS }, (_, i) => `b${i}`);

/** Finds live snippets nearly equal to a text, over one library database. */
export class NearDuplicateFinder {
  private readonly near;
  private readonly nearRanked;
  private readonly byBands;
  private readonly writeBands;
  private readonly unbanded;
  /** Every snippet has its band row (checked once, outside a transaction, then kept by `index`). */
  private banded = false;

  constructor(private readonly db: Database.Database) {
    const candidates = `SELECT s.id, s.text, s.year, s.source_id, s.source_name FROM snippets_fts f JOIN snippets s ON s.id = f.rowid
         WHERE snippets_fts MATCH ? AND s.deleted_at IS NULL AND s.char_count BETWEEN ? AND ?`;
    this.near = db.prepare(`${candidates} LIMIT ${NEAR_CANDIDATES}`);
    this.nearRanked = db.prepare(`${candidates} ORDER BY f.rank LIMIT ${NEAR_CANDIDATES}`);
    // The unary + keeps the planner on the band indexes (then rowid lookups) rather than a scan of
    // the live snippets through a deleted_at index.
    this.byBands = db.prepare(
      `SELECT s.id, s.text, s.year, s.source_id, s.source_name FROM snippets s
         WHERE s.id IN (SELECT snippet_id FROM snippet_lsh WHERE ${BAND_COLUMNS.map((c) => `${c} = ?`).join(' OR ')})
           AND +s.deleted_at IS NULL AND +s.char_count BETWEEN ? AND ? ORDER BY s.id`,
    );
    this.writeBands = db.prepare(
      `INSERT OR REPLACE INTO snippet_lsh (snippet_id, ${BAND_COLUMNS.join(', ')}) VALUES (?, ${BAND_COLUMNS.map(() => '?').join(', ')})`,
    );
    this.unbanded = db.prepare('SELECT s.id, s.text FROM snippets s WHERE NOT EXISTS (SELECT 1 FROM snippet_lsh l WHERE l.snippet_id = s.id)');
  }

  /** Writes (or rewrites) a snippet's LSH band keys: after an insert or a change of its text. */
  index(id: number, text: string): void {
    this.writeBands.run(id, ...textBands(normaliseForIdentity(text)));
  }

  /**
   * Gives every snippet without band keys its row: a library from before the LSH table, or restored
   * from such a backup. Once per database when run outside a transaction; inside one (which may yet
   * roll back) it is done but checked again next time.
   */
  ensureIndexed(): void {
    if (this.banded) return;
    const outside = !this.db.inTransaction;
    this.db.transaction(() => {
      for (const row of this.unbanded.all() as Array<{ id: number; text: string }>) this.index(row.id, row.text);
    })();
    if (outside) this.banded = true;
  }

  /** Live snippets with trigram similarity ≥ threshold to `text`, most similar first. */
  find(text: string, threshold = NEAR_DUPLICATE_SIMILARITY, excludeId?: number): NearMatch[] {
    const normalised = normaliseForIdentity(text);
    const chars = charCount(normalised);
    const mine = trigrams(normalised);
    // Similar trigram sets have similar sizes: |A ∩ B| / |A ∪ B| ≥ t needs t·|A| ≤ |B| ≤ |A| / t.
    const low = Math.floor(chars * threshold) - 2;
    const high = Math.ceil(chars / threshold) + 2;
    const matches = (rows: unknown[]): NearMatch[] => {
      const out: NearMatch[] = [];
      for (const r of rows as CandidateRow[]) {
        if (r.id === excludeId) continue;
        const similarity = jaccard(mine, trigrams(normaliseForIdentity(r.text)));
        if (similarity >= threshold) out.push({ id: r.id, text: r.text, year: r.year, sourceId: r.source_id, sourceName: r.source_name, similarity });
      }
      return out.sort((a, b) => b.similarity - a.similarity);
    };
    if (threshold >= NEAR_DUPLICATE_SIMILARITY) {
      this.ensureIndexed();
      return matches(this.byBands.all(...textBands(normalised), low, high));
    }
    const queries = nearDuplicateQueries(text);
    if (!queries) return [];
    const found = matches(this.near.all(queries.all, low, high));
    if (found.length > 0 || !queries.pairs) return found;
    return matches(this.nearRanked.all(queries.pairs, low, high));
  }
}
