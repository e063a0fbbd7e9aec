import { readKeyedParagraphs } from '../../editor/analysis';
import { $docParagraph } from '../../editor/document-text';
import { $selectedParagraphs } from '../../editor/plugins/RolePlugin/selection-paragraphs';
import type { CommandRuntime } from '../context';

/** 存为模板…: the whole document, or the sections selected when the selection spans paragraphs. */
export default {
  run: ({ workspace, dialogs }) => {
    const editor = workspace.editor;
    if (!editor) return;
    const document = readKeyedParagraphs(editor.getEditorState()).paragraphs;
    const selection = editor.getEditorState().read(() => {
      const nodes = $selectedParagraphs();
      return nodes.length > 1 ? nodes.map($docParagraph) : null;
    });
    dialogs.open({ kind: 'save-template', document, selection });
  },
} satisfies CommandRuntime;
