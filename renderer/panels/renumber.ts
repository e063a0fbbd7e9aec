import type { LexicalEditor } from 'lexical';
import { renumberHeadings } from '../editor/lib/editing';

/** 重新编号 from a panel: every marker put right as one undo step, and the writer told how many. */
export function renumberAndReport(editor: LexicalEditor | null, onMessage: (text: string) => void): void {
  if (!editor) return;
  const n = renumberHeadings(editor);
  onMessage(n ? `已重新编号 ${n} 处` : '序号都正确，无需重新编号');
}
