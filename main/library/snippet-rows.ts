/** The snippets table's rows: their shape, the identity hash, and the mapping to and from snippets. */
import { createHash } from 'node:crypto';
import { charCount } from '../../shared/library/query';
import { isSectionKind } from '../../shared/library/section-kinds';
import { normaliseForIdentity } from '../../shared/library/similarity';
import type { LibrarySnippet } from '../../shared/library/types';
import type { NewSnippet } from './library-store';

export interface SnippetRow {
  id: number;
  text: string;
  text_hash: string;
  char_count: number;
  heading_path: string;
  kind: string;
  kind_reason: string;
  source_id: number | null;
  source_name: string;
  year: number | null;
  favorite: number;
  times_used: number;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
  deleted_at: string | null;
}


/** sha256 of the normalised text, base64url, 128 bits: the exact-duplicate key. */
export function identityHash(text: string): string {
  return hashText(normaliseForIdentity(text));
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** A row of the snippets table as a snippet for the API. */
export function rowToSnippet(row: SnippetRow, tags: string[]): LibrarySnippet {
  return {
    id: row.id,
    text: row.text,
    headingPath: JSON.parse(row.heading_path) as string[],
    kind: isSectionKind(row.kind) ? row.kind : '其他',
    kindReason: row.kind_reason,
    source: row.source_name,
    year: row.year,
    tags,
    favorite: row.favorite === 1,
    timesUsed: row.times_used,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastUsedAt: row.last_used_at,
  };
}

/** A snippet's wording, place and year as the insert and take-newer statements bind them. */
export function contentParams(snippet: NewSnippet) {
  return {
    text: snippet.text,
    hash: identityHash(snippet.text),
    chars: charCount(snippet.text),
    headingPath: JSON.stringify(snippet.headingPath),
    kind: snippet.kind,
    kindReason: snippet.kindReason,
    sourceId: snippet.sourceId,
    sourceName: snippet.sourceName,
    year: snippet.year,
  };
}
