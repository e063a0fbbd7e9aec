import { $getSelection } from 'lexical';
import type { CommandRuntime } from '../context';

/** 设为字段: the text selected in one paragraph becomes a {{字段}} throughout (MarkFieldPopover asks for its name). */
export default {
  run: ({ workspace, dialogs, toast }) => {
    const selected = workspace.editor?.getEditorState().read(() => $getSelection()?.getTextContent() ?? '') ?? '';
    if (!selected.trim() || selected.includes('\n')) {
      toast.message('请先在一段中选中要设为字段的文字（如单位名称、年份）。');
      return;
    }
    dialogs.open({ kind: 'mark-field', selected });
  },
} satisfies CommandRuntime;
