/**
 * What the checker reports. A finding names the exact text it is about (paragraph + UTF-16 offsets, the
 * same offsets the editor and String.prototype.slice use), so the editor can underline it and one click
 * can replace `text` with `suggestion`.
 */

export const CHECK_CATEGORIES = [
  'placeholder',
  'numbering',
  'punctuation',
  'pairing',
  'repetition',
  'typo',
  'stale',
  'format',
  'norm',
] as const;

export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

/** error blocks a clean export (the user confirms), warning is a likely mistake, info a dismissable hint. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  category: CheckCategory;
  severity: Severity;
  /** Stable id of the rule ("typo/table", "numbering/skip"): dismissals and tests key on it. */
  rule: string;
  /** Index of the paragraph in the document. */
  paragraph: number;
  start: number;
  end: number;
  /** Exactly paragraphs[paragraph].text.slice(start, end). */
  text: string;
  /** For the writer, in Chinese. */
  message: string;
  /** Replacement for `text`; "" deletes it. Absent when no single fix is right. */
  suggestion?: string;
}

/** Severity of every category but stale, whose rules choose warning or info case by case. */
export const CATEGORY_SEVERITY: Readonly<Record<Exclude<CheckCategory, 'stale'>, Severity>> = {
  placeholder: 'error',
  numbering: 'error',
  pairing: 'error',
  punctuation: 'warning',
  repetition: 'warning',
  typo: 'warning',
  format: 'warning',
  norm: 'warning',
};

export const CATEGORY_LABELS: Readonly<Record<CheckCategory, string>> = {
  placeholder: '占位符',
  numbering: '编号',
  punctuation: '标点',
  pairing: '成对符号',
  repetition: '重复',
  typo: '错别字',
  stale: '过时表述',
  format: '格式',
  norm: '规范表述',
};
