/** 对照: compare this year's draft with last year's report (see types.ts for the result and 沿用率). */
export { compareDocuments } from './compare';
export { COMPARE_STATUS_LABELS } from './types';
export type { CompareStatus, Comparison, DiffPart, ParagraphComparison, SectionComparison } from './types';
