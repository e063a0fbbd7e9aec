/**
 * 对照 as a Word file: the NEW document laid out exactly as the normal export (docx-writer's layout,
 * only the runs swapped), with every change from the old document as a Word revision — inserted text in
 * `w:ins`, deleted text in `w:del`, whole added or deleted paragraphs with their paragraph mark marked
 * too — so a leader reviews it in Word or WPS with 接受/拒绝修订. Accepting every revision gives the new
 * document; rejecting every one gives the old text, except that a moved section stays where it now is
 * (a move is shown by the comparison, not as a revision).
 */
import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { Comparison, DiffPart, ParagraphComparison } from '../../shared/compare';
import type { DocParagraph } from '../../shared/document/roles';
import { buildDocx, type DocxOptions, type RunHooks } from './docx-writer';

export const REVISION_AUTHOR = '公文写作台';

/** One paragraph of the tracked document: its text as compared (trimmed) and what became of it. */
interface TrackedParagraph {
  paragraph: DocParagraph;
  status: ParagraphComparison['status'];
  /** Diff parts placed on the new text: `at` is where the part starts in the new text (a deletion sits there). */
  parts: Array<DiffPart & { at: number }>;
}

function placed(diff: readonly DiffPart[]): TrackedParagraph['parts'] {
  let at = 0;
  return diff.map((d) => {
    const part = { ...d, at };
    if (d.op !== 'delete') at += d.text.length;
    return part;
  });
}

/** Paragraphs in the comparison's reading order: the new ones, the deleted old ones where they stood. */
function trackedParagraphs(comparison: Comparison, oldParagraphs: readonly DocParagraph[], newParagraphs: readonly DocParagraph[]): TrackedParagraph[] {
  return comparison.sections.flatMap((s) =>
    s.paragraphs.map((p): TrackedParagraph => {
      const source = p.status === 'deleted' ? oldParagraphs[p.oldIndex!]! : newParagraphs[p.newIndex!]!;
      const text = source.text.trim();
      return { paragraph: { role: source.role, text }, status: p.status, parts: p.diff ? placed(p.diff) : [] };
    }),
  );
}

export function trackedChangesHooks(tracked: readonly TrackedParagraph[], date: Date): RunHooks {
  let id = 0;
  const revision = () => ({ id: ++id, author: REVISION_AUTHOR, date: date.toISOString().replace(/\.\d{3}Z$/, 'Z') });
  const make = (op: DiffPart['op'], text: string, options: IRunOptions): ParagraphChild =>
    op === 'insert' ? new InsertedTextRun({ ...options, text, ...revision() }) : op === 'delete' ? new DeletedTextRun({ ...options, text, ...revision() }) : new TextRun({ ...options, text });
  return {
    runs(index, from, to, options) {
      const t = tracked[index]!;
      const text = t.paragraph.text;
      const pieces: Array<{ op: DiffPart['op']; text: string }> = [];
      if (t.status === 'modified') {
        for (const part of t.parts) {
          if (part.op === 'delete') {
            // A deletion belongs to the range it sits in; one at the very end to the last range.
            if ((part.at >= from && part.at < to) || (part.at === to && to === text.length)) pieces.push(part);
            continue;
          }
          const a = Math.max(from, part.at);
          const b = Math.min(to, part.at + part.text.length);
          if (a < b) pieces.push({ op: part.op, text: text.slice(a, b) });
        }
      } else {
        const op = t.status === 'added' ? 'insert' : t.status === 'deleted' ? 'delete' : 'equal';
        pieces.push({ op, text: text.slice(from, to) });
      }
      // A title's line break goes on the first run of its line only.
      const { break: lineBreak, ...rest } = options;
      return pieces.map((piece, k) => make(piece.op, piece.text, k === 0 && lineBreak ? { ...rest, break: lineBreak } : rest));
    },
    paragraphMark(index) {
      const status = tracked[index]!.status;
      if (status === 'added') return { insertion: revision() };
      if (status === 'deleted') return { deletion: revision() };
      return undefined;
    },
  };
}

/**
 * The tracked-changes .docx of a comparison. `oldParagraphs` and `newParagraphs` are the documents the
 * comparison was made from (as exportableParagraphs gives them, so the layout is the normal export's).
 */
export async function buildCompareDocx(
  comparison: Comparison,
  oldParagraphs: readonly DocParagraph[],
  newParagraphs: readonly DocParagraph[],
  options: DocxOptions,
  date: Date = new Date(),
): Promise<Buffer> {
  const tracked = trackedParagraphs(comparison, oldParagraphs, newParagraphs);
  return buildDocx(
    tracked.map((t) => t.paragraph),
    options,
    trackedChangesHooks(tracked, date),
  );
}
