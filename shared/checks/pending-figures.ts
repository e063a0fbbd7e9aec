/**
 * 待更新: figures carried over from last year's report (shared/rollover/figures.ts) that the writer has
 * neither changed nor confirmed. The draft keeps their keys; a figure whose key is pending is an
 * unfilled placeholder as far as F8, the problems panel and the export gate are concerned. Editing
 * the figure changes its key, and the finding goes; 确认 dismisses it.
 */
import { figureKey, findFigures } from '../rollover/figures';
import { paragraphFinding, type ParagraphFinding } from './finding';

export function checkPendingFigures(text: string, pending: ReadonlySet<string> | undefined): ParagraphFinding[] {
  if (pending === undefined || pending.size === 0) return [];
  const out: ParagraphFinding[] = [];
  for (const figure of findFigures(text)) {
    if (!pending.has(figureKey(text, figure))) continue;
    out.push(
      paragraphFinding(text, {
        category: 'placeholder',
        rule: 'placeholder/figure',
        start: figure.start,
        end: figure.end,
        message: `待更新：“${figure.text}”是去年报告中的数字，请改为今年的数据，或确认沿用`,
      }),
    );
  }
  return out;
}
