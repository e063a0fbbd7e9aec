/**
 * The snippet library's shapes as the renderer sees them (results of the library* API methods in
 * shared/api/library.ts). Offsets are UTF-16 code units into `text`, as in the checks' findings.
 */
import type { ParagraphFinding } from '../checks/finding';
import type { YearSource } from './document-year';
import type { SearchMode, TextRange } from './query';
import type { SectionKind } from './section-kinds';

export type { SearchMode, SectionKind, TextRange, YearSource };

export interface LibrarySnippet {
  id: number;
  text: string;
  /** The headings above the paragraph in its document, outermost first ("三、围绕重点……", "（一）……"). */
  headingPath: string[];
  kind: SectionKind;
  /** Why it has that kind, in Chinese (标题“（六）……”含“党建”（党建）). */
  kindReason: string;
  /** The document it came from (file name), or 手动添加 / the draft title for a saved selection. */
  source: string;
  /** The year of that document; null when unknown. */
  year: number | null;
  tags: string[];
  favorite: boolean;
  timesUsed: number;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
}

export type LibraryOriginRelation = 'exact' | 'near' | 'merged';

/** Another place the same (exact) or nearly the same (near, merged) paragraph was found. */
export interface LibrarySnippetOrigin {
  source: string;
  year: number | null;
  relation: LibraryOriginRelation;
  /** Trigram Jaccard similarity to the snippet's text when recorded (near, merged); null for exact. */
  similarity: number | null;
  /** The other wording (near, merged); null for exact duplicates. */
  text: string | null;
  recordedAt: string;
}

export interface LibrarySnippetDetail extends LibrarySnippet {
  /** How the year was found: title, date, file-name, content, event, manual; null when unknown. */
  yearSource: YearSource | 'manual' | null;
  yearReason: string;
  origins: LibrarySnippetOrigin[];
}

/** A stale-wording finding (shared/checks/stale.ts) on a snippet's text for a target year. */
export type LibraryStaleFinding = ParagraphFinding;

export interface LibrarySearchHit extends LibrarySnippet {
  /** Higher is better: -bm25 for 'fts', occurrences for 'like', 0 for 'browse'. */
  score: number;
  /** Where the query terms occur in `text`, merged and in order. */
  highlights: TextRange[];
  /** Only when the search named a targetYear: wording that is stale for that year. */
  stale?: LibraryStaleFinding[];
}

export interface LibrarySearchResult {
  /**
   * fts: the trigram index answered (ranked by bm25). like: every term was 1–2 characters, which the
   * trigram index cannot find, so a LIKE scan answered: newest first, stopped at 1,000 matches, those
   * ranked by how often the terms occur (the UI should say "一两个字的搜索词：逐条比对，只看最近的
   * 1000 条" when totalIsLowerBound). browse: no query, the filters only, most recently added first.
   */
  mode: SearchMode;
  /** The terms searched for (the query split at spaces). */
  terms: string[];
  /** Matches in all, counted up to a cap; totalIsLowerBound when the cap was reached. */
  total: number;
  totalIsLowerBound: boolean;
  results: LibrarySearchHit[];
}

export interface LibraryFacetCount<K> {
  value: K;
  count: number;
}

export interface LibraryFacets {
  /** Snippets not deleted. */
  total: number;
  favorites: number;
  /** Newest first; value null = year unknown. */
  years: LibraryFacetCount<number | null>[];
  /** In SECTION_KINDS order; only kinds that occur. */
  kinds: LibraryFacetCount<SectionKind>[];
  /** Most snippets first (at most 200). */
  sources: LibraryFacetCount<string>[];
  /** Most used first. */
  tags: LibraryFacetCount<string>[];
}

/** A file whose paragraphs went in, and what it added. */
export interface LibraryImportedFile {
  file: string;
  added: number;
  /** Paragraphs the library had already (exact and near duplicates). */
  duplicates: number;
}

/**
 * A library import under way, as main reports it (the `libraryImportProgress` event): `done` of `total`
 * files finished, `file` the one being read now ("" at the end), running counts of snippets added and
 * duplicates skipped.
 */
export interface LibraryImportProgress {
  /** Files finished (imported or failed). */
  done: number;
  total: number;
  /** The file being read now ("" once all are done). */
  file: string;
  added: number;
  duplicates: number;
}

export interface LibraryImportFailure {
  /** The file's path as chosen (or found in a chosen folder). */
  file: string;
  /** Why, in Chinese (the importer's message, or the database's). */
  reason: string;
}

export interface LibraryImportReport {
  /** done: every file was tried; canceled: stopped by library.cancelImport (files already finished stay,
   *  the file in progress left nothing); dismissed: the user closed the file dialog. */
  status: 'done' | 'canceled' | 'dismissed';
  /** Files whose paragraphs went in (all of them, or none for a failed or cancelled file). */
  filesImported: number;
  filesTotal: number;
  /** New snippets. */
  added: number;
  /** Paragraphs not added because the library has them already: exact plus near duplicates. */
  duplicates: number;
  /** Of those, near duplicates (trigram similarity ≥ 0.9); the other source is recorded on the kept one. */
  nearDuplicates: number;
  /** Near duplicates where the incoming paragraph was newer: the snippet took its wording and year. */
  replacedByNewer: number;
  /** Per file, in import order: what went in … */
  imported: LibraryImportedFile[];
  /** … and what was refused, with the reason. */
  failed: LibraryImportFailure[];
}

export interface LibraryStats {
  snippets: number;
  favorites: number;
  /** In the bin (undo possible; purged after 30 days). */
  deleted: number;
  sources: number;
  tags: number;
  /** Size of library.db (with its WAL) in bytes. */
  bytes: number;
  /** Where the library file is. */
  path: string;
  lastImportAt: string | null;
}

export type LibraryFileResult =
  | { status: 'written'; path: string; bytes: number; snippets: number }
  | { status: 'canceled' };

export type LibraryRestoreResult =
  /** The library now is the chosen file; the previous one was kept as `previousKeptAt`. */
  | { status: 'restored'; snippets: number; previousKeptAt: string }
  | { status: 'canceled' };

export interface LibrarySaveResult {
  /** added: a new snippet; exists: the library had this text already (the existing one is returned,
   *  restored from the bin if it was there). */
  status: 'added' | 'exists';
  snippet: LibrarySnippet;
}

export interface LibrarySimilar {
  snippet: LibrarySnippet;
  similarity: number;
}
