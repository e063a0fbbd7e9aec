export { buildOutline, flattenOutline, headingTitle, sectionPath, type OutlineNode } from './outline';
export { numberingSequence, type NumberedParagraph, type SequenceProblem } from './sequence';
export { validateNumbering, type NumberingIssue, type NumberingIssueKind } from './validate';
export { renumberAll, type RenumberEdit } from './renumber';
