/**
 * 以去年报告为底稿: last year's report becomes this year's. The checklist (time-references.ts) is
 * computed first; accepting all of it gives the edits below; every figure that remains is pending
 * (待更新) until the writer updates or confirms it.
 */
import { detectDocumentYear } from '../checks/year';
import type { DocParagraph } from '../document/roles';
import type { TextEdit } from './edits';
import { applyTextEdits } from './edits';
import { figureKeys } from './figures';
import { findTimeReferences, type RolloverYears, type TimeReference } from './time-references';

export interface RolloverPlan {
  years: RolloverYears;
  references: TimeReference[];
}

export class RolloverYearUnknown extends Error {
  constructor() {
    super('无法从标题、发文字号或成文日期判断原报告的年份，请指定原报告年份');
  }
}

/** The checklist for turning `paragraphs` (a report of `from`, detected when absent) into a report of `to`. */
export function planRollover(paragraphs: readonly DocParagraph[], to: number, from?: number): RolloverPlan {
  const source = from ?? detectDocumentYear(paragraphs);
  if (source === null) throw new RolloverYearUnknown();
  const years = { from: source, to };
  return { years, references: findTimeReferences(paragraphs, years) };
}

/** The edits of the proposals that change text (接受全部). */
export function proposedEdits(references: readonly TimeReference[]): TextEdit[] {
  return references
    .filter((r) => r.action === 'replace' && r.replacement !== undefined)
    .map((r) => ({ paragraph: r.paragraph, start: r.start, end: r.end, replacement: r.replacement! }));
}

export interface RolloverResult extends RolloverPlan {
  paragraphs: DocParagraph[];
  /** figureKey of every figure in the result: all of them are last year's. */
  pendingFigures: string[];
}

/** The whole rollover with every proposal accepted (what the CLI does; the app lets the writer choose). */
export function rolloverAcceptingAll(paragraphs: readonly DocParagraph[], to: number, from?: number): RolloverResult {
  const plan = planRollover(paragraphs, to, from);
  const result = applyTextEdits(paragraphs, proposedEdits(plan.references));
  return { ...plan, paragraphs: result, pendingFigures: figureKeys(result.map((p) => p.text)) };
}
