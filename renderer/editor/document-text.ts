import { $createTextNode, $getRoot, type EditorState, type LexicalNode } from 'lexical';
import { paragraphsOfPlainText } from '../../shared/lexical/document-json';
import type { DocParagraph } from '../../shared/document/roles';
import { $createDocParagraphNode, $isDocParagraphNode } from './nodes/DocParagraphNode';

/** The document as plain text, one paragraph a line (what the database, counts and the CLI read). */
export function readPlainText(state: EditorState): string {
  return state.read(() =>
    $getRoot()
      .getChildren()
      .map((child) => child.getTextContent())
      .join('\n'),
  );
}

/** One top-level node as the 公文 model sees it: its role and its text (inside a read or update). */
export function $docParagraph(node: LexicalNode): DocParagraph {
  return { role: $isDocParagraphNode(node) ? node.getRole() : 'body', text: node.getTextContent() };
}

/** Replaces the content with role paragraphs (inside editor.update: one undo step). */
export function $fillFromParagraphs(paragraphs: DocParagraph[]): void {
  const root = $getRoot();
  root.clear();
  for (const p of paragraphs.length ? paragraphs : [{ role: 'body' as const, text: '' }]) {
    const node = $createDocParagraphNode(p.role);
    if (p.text) node.append($createTextNode(p.text));
    root.append(node);
  }
}

/** Builds the content from plain text: one paragraph a line, roles detected as on import. */
export function $fillFromPlainText(text: string): void {
  $fillFromParagraphs(paragraphsOfPlainText(text));
}
