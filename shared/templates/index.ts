/**
 * Report templates with fill-in fields (see templates/README.md): pure helpers any layer may use.
 * The zod schemas live in ./schema (main and tests); the renderer imports from this index, which
 * pulls in no zod.
 */
export * from './types';
export {
  autoValue,
  fieldDefault,
  fieldNames,
  fieldToken,
  fillFields,
  fillText,
  findFields,
  FieldMarkError,
  FIELD_NAME_PATTERN,
  formatChineseDate,
  isFieldName,
  markField,
  resolveFieldValues,
  unfilledFields,
  type FieldOccurrence,
  type MarkFieldRequest,
  type MarkFieldResult,
} from './fields';
export {
  documentTemplateFromParagraphs,
  fillDocumentTemplate,
  insertSection,
  outlineOf,
  previewOf,
  renumbered,
  sectionLevel,
  sectionToParagraphs,
  shiftSectionLevel,
  templateToParagraphs,
  type FilledDocument,
  type OutlineEntry,
  type SectionOptions,
  type TemplateMeta,
} from './template';
