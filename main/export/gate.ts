/**
 * The export gate's judgement: the error-level findings, what stops an export unless the writer
 * insists. Pure, so the app's worker thread (main/work/tasks.ts) and the CLI's in-process export call
 * the same function.
 */
import { checkDocument, type CompiledTifa, type Finding } from '../../shared/checks';
import type { DocParagraph } from '../../shared/document/roles';

export function gateFindings(
  paragraphs: readonly DocParagraph[],
  year?: number | null,
  extra: { tifa?: CompiledTifa | undefined; pendingFigures?: ReadonlySet<string> | undefined } = {},
): Finding[] {
  const options = {
    ...(year == null ? {} : { year }),
    ...(extra.tifa ? { tifa: extra.tifa } : {}),
    ...(extra.pendingFigures ? { pendingFigures: extra.pendingFigures } : {}),
  };
  return checkDocument(paragraphs, options).findings.filter((f) => f.severity === 'error');
}
