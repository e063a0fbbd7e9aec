/**
 * The numbering category: the heading sequence (outline validation: skips, repeats, restarts, wrong
 * forms, reversed levels) and 一是……二是…… enumerations. The heading sequence is a document-level
 * pass, cheap enough to rerun on every keystroke: it parses one marker per numbered paragraph.
 */
import type { DocParagraph } from '../document/roles';
import { validateNumbering } from '../outline/validate';
import { checkEnumerationContinuity, type EnumerationSummary } from './enumeration';
import { atParagraph, severityOf } from './finding';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from './house-style';
import type { Finding } from './types';

export { checkEnumeration } from './enumeration';

/** Heading sequence and continued enumerations; `enumeration` supplies cached per-paragraph summaries. */
export function checkHeadingNumbering(
  paragraphs: readonly DocParagraph[],
  enumeration?: (index: number) => EnumerationSummary,
  _style: HouseStyle = DEFAULT_HOUSE_STYLE,
): Finding[] {
  const findings: Finding[] = validateNumbering(paragraphs).map((issue) => {
    const rule = `numbering/${issue.kind}`;
    const finding: Finding = {
      category: 'numbering',
      severity: severityOf(rule, 'numbering'),
      rule,
      paragraph: issue.paragraph,
      start: issue.start,
      end: issue.end,
      text: issue.text,
      message: issue.message,
    };
    if (issue.suggestion !== undefined) finding.suggestion = issue.suggestion;
    return finding;
  });
  for (const problem of checkEnumerationContinuity(paragraphs, enumeration)) {
    findings.push(atParagraph(problem.finding, problem.paragraph));
  }
  return findings;
}
