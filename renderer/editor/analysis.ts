import { $getRoot, type EditorState } from 'lexical';
import type { DocParagraph } from '../../shared/document/roles';
import type { Finding } from '../../shared/checks/types';
import type { OutlineNode } from '../../shared/outline/outline';
import { $docParagraph } from './document-text';

/**
 * What the checker and the outline know about the document at one moment: the paragraphs with their
 * Lexical node keys (so a finding's paragraph index leads back to its node), the findings and the
 * outline. The app's panels, the status bar and the editor plugins all read this one snapshot.
 */
export interface DocumentAnalysis {
  keys: string[];
  paragraphs: DocParagraph[];
  year: number | null;
  /** Every finding, before the writer's dismissals. */
  findings: Finding[];
  /** What the writer sees: findings minus those ignored in this draft. */
  visible: Finding[];
  outline: OutlineNode[];
}

export const EMPTY_ANALYSIS: DocumentAnalysis = { keys: [], paragraphs: [], year: null, findings: [], visible: [], outline: [] };

/** The paragraphs (role + text) with their node keys, in document order. */
export function readKeyedParagraphs(state: EditorState): { keys: string[]; paragraphs: DocParagraph[] } {
  return state.read(() => {
    const keys: string[] = [];
    const paragraphs: DocParagraph[] = [];
    for (const child of $getRoot().getChildren()) {
      keys.push(child.getKey());
      paragraphs.push($docParagraph(child));
    }
    return { keys, paragraphs };
  });
}
