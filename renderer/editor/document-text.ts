import { $createParagraphNode, $createTextNode, $getRoot, type EditorState } from 'lexical';

/** The document as plain text, one paragraph a line (what the database, counts and the CLI read). */
export function readPlainText(state: EditorState): string {
  return state.read(() =>
    $getRoot()
      .getChildren()
      .map((child) => child.getTextContent())
      .join('\n'),
  );
}

/** Builds the initial editor content from plain text: one paragraph a line. */
export function $fillFromPlainText(text: string): void {
  const root = $getRoot();
  root.clear();
  const lines = text.length ? text.split('\n') : [''];
  for (const line of lines) {
    const paragraph = $createParagraphNode();
    if (line) paragraph.append($createTextNode(line));
    root.append(paragraph);
  }
}
