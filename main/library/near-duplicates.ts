/**
 * Near-duplicate detection for the snippet library, in two steps: candidates, then the exact trigram
 * Jaccard similarity on the candidates only (the definition: ≥ 0.9 is a near duplicate).
 *
 * Candidates at the near-duplicate threshold come from MinHash LSH (minhash.ts): 16 band keys per
 * snippet, stored in snippet_lsh and looked up in an in-memory table built once per session, which
 * finds a pair with Jaccard ≥ 0.9 with probability ≥ 0.9998 at a cost independent of the library's
 * size and of how common the paragraph's words are. Lower thresholds (the "similar snippets" offered
 * for a merge, 0.6) are outside what the bands are tuned for and use the FTS5 trigram index (a few
 * four-character chunks of the paragraph) as before.
 */
import type Database from 'better-sqlite3';
import { charCount } from '../../shared/library/query';
import { normaliseForIdentity, TrigramMatcher, trigrams } from '../../shared/library/similarity';
import { BandTable, bandsToBlob, blobToBands, textBands } from './minhash';

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


interface SnippetCandidateRow extends CandidateRow {
  char_count: number;
  deleted_at: string | null;
}

/** Finds live snippets nearly equal to a text, over one library database. */
export class NearDuplicateFinder {
  private readonly near;
  private readonly nearRanked;
  private readonly candidates;
  private readonly writeBands;
  private readonly allBands;
  private readonly unbanded;
  private readonly dataVersion;
  /** The band keys of every snippet, built on the first near-duplicate search. */
  private table: BandTable | null = null;
  /**
   * Each banded snippet's char_count, built with the band table: a candidate whose length rules out the
   * threshold is dropped before its row is read (in a large library most candidates are, as paragraphs
   * sharing a sentence or two differ in length).
   */
  private lengths = new Map<number, number>();
  private seenVersion = -1;
  /** The last text's band keys: an import looks a paragraph up, then stores the same paragraph. */
  private last: { normalised: string; bands: number[] } | null = null;

  constructor(private readonly db: Database.Database) {
    const candidates = `SELECT s.id, s.text, s.year, s.source_id, s.source_name FROM snippets_fts f JOIN snippets s ON s.id = f.rowid
         WHERE snippets_fts MATCH ? AND s.deleted_at IS NULL AND s.char_count BETWEEN ? AND ?`;
    this.near = db.prepare(`${candidates} LIMIT ${NEAR_CANDIDATES}`);
    this.nearRanked = db.prepare(`${candidates} ORDER BY f.rank LIMIT ${NEAR_CANDIDATES}`);
    this.candidates = db.prepare(
      'SELECT id, text, year, source_id, source_name, char_count, deleted_at FROM snippets WHERE id IN (SELECT value FROM json_each(?))',
    );
    this.writeBands = db.prepare('INSERT OR REPLACE INTO snippet_lsh (snippet_id, bands) VALUES (?, ?)');
    this.allBands = db.prepare('SELECT l.snippet_id AS id, l.bands, s.char_count AS chars FROM snippet_lsh l JOIN snippets s ON s.id = l.snippet_id');
    // Snippets without a row, found through the id lists alone (reading every text would take long).
    this.unbanded = db.prepare('SELECT s.id, s.text FROM snippets s WHERE s.id IN (SELECT id FROM snippets EXCEPT SELECT snippet_id FROM snippet_lsh)');
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /** Stores (or replaces) a snippet's band keys: after an insert or a change of its text. */
  index(id: number, text: string, known?: readonly number[]): void {
    const bands = known ?? this.bandsOf(normaliseForIdentity(text));
    this.writeBands.run(id, bandsToBlob(bands));
    if (this.table) {
      this.table.add(id, bands);
      this.lengths.set(id, charCount(text));
    }
  }

  private bandsOf(normalised: string): number[] {
    if (this.last?.normalised !== normalised) this.last = { normalised, bands: textBands(normalised) };
    return this.last.bands;
  }

  /**
   * The in-memory band table, built from snippet_lsh when first needed and again after another
   * connection (another process on the same library) committed. A snippet without stored keys — a
   * library from before them, restored from such a backup, or a wrong-sized blob — gets them here.
   */
  private bandTable(): BandTable {
    const version = this.dataVersion.get() as number;
    if (this.table && version === this.seenVersion) return this.table;
    const rows = this.allBands.all() as Array<{ id: number; bands: unknown; chars: number }>;
    const table = new BandTable(rows.length);
    const lengths = new Map<number, number>();
    const missing = this.unbanded.all() as Array<{ id: number; text: string }>;
    const wrong: number[] = [];
    for (const r of rows) {
      const bands = blobToBands(r.bands);
      if (bands) {
        table.add(r.id, bands);
        lengths.set(r.id, r.chars);
      } else {
        wrong.push(r.id);
      }
    }
    this.lengths = lengths;
    if (wrong.length > 0) missing.push(...(this.db.prepare(`SELECT id, text FROM snippets WHERE id IN (${wrong.join(',')})`).all() as typeof missing));
    this.table = table;
    if (missing.length > 0) this.db.transaction(() => missing.forEach((r) => this.index(r.id, r.text)))();
    this.seenVersion = version;
    return table;
  }

  /** Builds the band table now (an import does before its first file, so the first file does not wait). */
  prepare(): void {
    this.bandTable();
  }

  /** Live snippets with trigram similarity ≥ threshold to `text`, most similar first. */
  find(text: string, threshold = NEAR_DUPLICATE_SIMILARITY, excludeId?: number, known?: readonly number[]): NearMatch[] {
    const normalised = normaliseForIdentity(text);
    const chars = charCount(normalised);
    const mine = new TrigramMatcher(trigrams(normalised));
    // Similar trigram sets have similar sizes: |A ∩ B| / |A ∪ B| ≥ t needs t·|A| ≤ |B| ≤ |A| / t.
    const low = Math.floor(chars * threshold) - 2;
    const high = Math.ceil(chars / threshold) + 2;
    const matches = (rows: readonly CandidateRow[]): NearMatch[] => {
      const out: NearMatch[] = [];
      for (const r of rows) {
        if (r.id === excludeId) continue;
        const similarity = mine.similarity(normaliseForIdentity(r.text));
        if (similarity >= threshold) out.push({ id: r.id, text: r.text, year: r.year, sourceId: r.source_id, sourceName: r.source_name, similarity });
      }
      return out.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    };
    if (threshold >= NEAR_DUPLICATE_SIMILARITY) {
      const ids: number[] = [];
      for (const id of this.bandTable().candidates(known ?? this.bandsOf(normalised))) {
        const n = this.lengths.get(id);
        if (n === undefined || (n >= low && n <= high)) ids.push(id);
      }
      if (ids.length === 0) return [];
      // The rows in one statement; their current length and state decide (the map may be behind a change).
      const rows = (this.candidates.all(JSON.stringify(ids)) as SnippetCandidateRow[]).filter(
        (r) => r.deleted_at === null && r.char_count >= low && r.char_count <= high,
      );
      return matches(rows);
    }
    const queries = nearDuplicateQueries(text);
    if (!queries) return [];
    const found = matches(this.near.all(queries.all, low, high) as CandidateRow[]);
    if (found.length > 0 || !queries.pairs) return found;
    return matches(this.nearRanked.all(queries.pairs, low, high) as CandidateRow[]);
  }
}
