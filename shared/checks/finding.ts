/**
 * Building findings. Rules work on one paragraph's text and know nothing of its index; they return
 * ParagraphFinding (a Finding without `paragraph`), which the engine stamps with the index. That keeps
 * a paragraph's findings valid when paragraphs above it are inserted or deleted, so the incremental
 * checker can reuse them.
 */
import { ruleInfo } from './rule-catalogue';
import { CATEGORY_SEVERITY, type CheckCategory, type Finding, type Severity } from './types';

export type ParagraphFinding = Omit<Finding, 'paragraph'>;

export interface FindingSpec {
  category: CheckCategory;
  rule: string;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
  /** When the rule decides case by case (stale wording); otherwise the rule catalogue's severity. */
  severity?: Severity;
}

export function paragraphFinding(text: string, spec: FindingSpec): ParagraphFinding {
  const severity = spec.severity ?? severityOf(spec.rule, spec.category);
  const finding: ParagraphFinding = {
    category: spec.category,
    severity,
    rule: spec.rule,
    start: spec.start,
    end: spec.end,
    text: text.slice(spec.start, spec.end),
    message: spec.message,
  };
  if (spec.suggestion !== undefined) finding.suggestion = spec.suggestion;
  return finding;
}

/** The catalogue's severity for a rule; a rule missing there falls back to its category's. */
export function severityOf(rule: string, category: CheckCategory): Severity {
  return ruleInfo(rule)?.severity ?? (category === 'stale' ? 'info' : CATEGORY_SEVERITY[category]);
}

export function atParagraph(f: ParagraphFinding, paragraph: number): Finding {
  // A literal of fixed shape: this runs for every finding on every check.
  const finding: Finding = {
    category: f.category,
    severity: f.severity,
    rule: f.rule,
    paragraph,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
  };
  if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
  return finding;
}
