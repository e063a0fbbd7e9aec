/**
 * The result of comparing this year's draft with last year's (对照): what the CLI prints, the tracked-
 * changes Word file is written from, and the renderer's 对照 view shows. Plain data, JSON-safe.
 *
 * 沿用率 (reuse): the share of the NEW document's characters that stand unchanged in the old one —
 * every character of an unchanged paragraph, plus the `equal` parts of a modified paragraph's diff,
 * over all characters of the new document (whitespace not counted). A section's reuse is the same
 * over the new section's characters; a deleted section has none (0). A heading that differs only by
 * its number marker (二、 → 一、 after a move) counts as unchanged: renumbering is not the writer's edit.
 */

/** JSON status keys; the UI labels are in COMPARE_STATUS_LABELS. */
export type CompareStatus = 'unchanged' | 'modified' | 'added' | 'deleted';

/** 沿用 / 修改 / 新增 / 删除: the words writers use for each status. */
export const COMPARE_STATUS_LABELS: Readonly<Record<CompareStatus, string>> = {
  unchanged: '沿用',
  modified: '修改',
  added: '新增',
  deleted: '删除',
};

/** One piece of a character diff: the old text is the equal and delete parts in order, the new text the
 *  equal and insert parts. Pieces are whole words or numbers where the text allows (see char-diff.ts). */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ParagraphComparison {
  status: CompareStatus;
  /** Index in the old document's paragraphs; absent for an added paragraph. */
  oldIndex?: number;
  /** Index in the new document's paragraphs; absent for a deleted paragraph. */
  newIndex?: number;
  /** The old paragraph's text; absent for an added paragraph. */
  old?: string;
  /** The new paragraph's text; absent for a deleted paragraph. */
  new?: string;
  /** Only for `modified`: old → new, computed on the texts as written (trimmed). */
  diff?: DiffPart[];
}

export interface SectionComparison {
  /** unchanged: every paragraph unchanged; modified: some paragraph changed, added or deleted;
   *  added / deleted: the section has no counterpart in the other document. */
  status: CompareStatus;
  /** The old section's heading paragraph as written, null for the 前言 (text before the first heading)
   *  and for an added section. */
  old: string | null;
  /** The new section's heading paragraph as written, null for the 前言 and for a deleted section. */
  new: string | null;
  /** Paragraph index ranges [start, end) of the section in each document (absent on the side it lacks). */
  oldRange?: [number, number];
  newRange?: [number, number];
  /** The section sits elsewhere relative to the other aligned sections (it was moved). */
  moved: boolean;
  /** 沿用率 of the section, 0–1 (see the module comment). */
  reuse: number;
  /** Every character of the new section stands unchanged in the old one (reuse 1): copied over as it
   *  was, which in a year's new report usually means it still needs updating. */
  fullyReused: boolean;
  /** In reading order: the new section's paragraphs, deleted ones where they stood. */
  paragraphs: ParagraphComparison[];
}

export interface Comparison {
  /** 沿用率 of the whole new document, 0–1. */
  reuse: number;
  /** Characters of the new document (whitespace not counted) and how many of them are carried over. */
  newChars: number;
  reusedChars: number;
  /** In reading order of the new document; a deleted section comes before the aligned section that
   *  followed it in the old document (at the end when none did). */
  sections: SectionComparison[];
}
