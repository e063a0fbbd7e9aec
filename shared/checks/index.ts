/**
 * The checks catalogue (docs: checks.md) as one API: checkDocument for a whole document,
 * IncrementalChecker / checkParagraph + checkStructure for the editor.
 */
export {
  checkDocument,
  checkParagraph,
  checkParagraphText,
  checkStructure,
  IncrementalChecker,
  type CheckOptions,
  type DocumentCheckResult,
  type ParagraphCheckContext,
} from './engine';
export { detectDocumentYear } from './year';
export type { ParagraphFinding } from './finding';
export { CATEGORY_LABELS, CATEGORY_SEVERITY, CHECK_CATEGORIES, type CheckCategory, type Finding, type Severity } from './types';
export { BUILT_IN_TIFA_TABLE, compileTifaTable, type CompiledTifa } from './tifa-table';
export { BUILT_IN_TIFA } from './data/tifa';
export { TIFA_KINDS, type TifaEntry, type TifaKind, type TifaSource } from './data/tifa-types';
export { parseUserTifaFile, userTifaEntriesSchema, userTifaEntrySchema, type ParsedUserTifa, type UserTifaProblem } from './tifa-schema';
