import type { DraftSummary } from '../../shared/api';
import { displayTitleOf, documentTitle } from '../../shared/document/document-title';
import type { DocParagraph } from '../../shared/document/roles';
import { plainTextOf } from '../../shared/lexical/document-json';

/**
 * The open draft's name as the text stands now, by the rule main applies when it saves (so the header
 * and the draft list agree): the writer's own name, else the title paragraphs, else the first line.
 * Before the first analysis of the editor's text, the name main gave.
 */
export function liveDraftName(draft: Pick<DraftSummary, 'title' | 'displayTitle'>, paragraphs: readonly DocParagraph[]): string {
  if (paragraphs.length === 0) return draft.displayTitle;
  return displayTitleOf(draft.title, documentTitle(paragraphs), plainTextOf(paragraphs));
}
