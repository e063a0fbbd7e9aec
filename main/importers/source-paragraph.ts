import type { ParagraphRole } from '../../shared/document/roles';

/** A paragraph as a reader extracts it, before cleanup and role detection. */
export interface SourceParagraph {
  text: string;
  /** The role the file's own markup states (a Word heading style, a Markdown #), or null. */
  sourceRole: ParagraphRole | null;
}
