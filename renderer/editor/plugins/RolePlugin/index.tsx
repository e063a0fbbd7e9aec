import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, TextNode } from 'lexical';
import type { ParagraphRole } from '../../../../shared/document/roles';
import { liveRoleFor } from '../../../../shared/document/live-role';
import { $isDocParagraphNode, DocParagraphNode } from '../../nodes/DocParagraphNode';
import { SET_PARAGRAPH_ROLE_COMMAND } from './commands';
import { $livePlace } from './live-place';
import { $selectedParagraphs } from './selection-paragraphs';

// Ctrl+5 is 正文: Ctrl+0 resets the page zoom, as in Word and WPS.
const SHORTCUT_ROLES: Record<string, ParagraphRole> = {
  t: 'title',
  '1': 'heading1',
  '2': 'heading2',
  '3': 'heading3',
  '4': 'heading4',
  '5': 'body',
};

/**
 * Paragraph roles while typing: a paragraph whose text starts with a numbering marker becomes a
 * heading of that level live (一、 → 一级标题), and loses it when the marker goes; a first line that
 * reads as a title becomes the title, a unit name with a colon under it the addressee (liveRoleFor with
 * the paragraph's place). Ctrl+T sets 标题, Ctrl+1…4 heading levels, Ctrl+5 body; the toolbar's role menu dispatches SET_PARAGRAPH_ROLE_COMMAND. Roles chosen by
 * hand are never overridden by detection. Nothing is transformed during IME composition.
 */
export function RolePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const follow = (node: DocParagraphNode) => {
      if (editor.isComposing() || node.getRoleSource() === 'manual') return;
      // The text before this edit, from the last committed state (undefined for a paragraph just made):
      // a heading without a number (第一章 总则, a Word heading style) and a numbered item the import
      // set as text keep their roles while the writer edits them.
      const key = node.getKey();
      const previousText = editor.getEditorState().read(() => $getNodeByKey(key)?.getTextContent());
      const next = liveRoleFor(node.getRole(), node.getTextContent(), previousText, $livePlace(node));
      if (next !== node.getRole()) node.setRole(next, 'auto');
    };
    return mergeRegister(
      editor.registerNodeTransform(DocParagraphNode, follow),
      // Typing into an existing text node (三 then 、, as an IME delivers them) leaves the paragraph
      // only implicitly dirty, and Lexical runs element transforms for explicit changes alone.
      editor.registerNodeTransform(TextNode, (text) => {
        const parent = text.getParent();
        if ($isDocParagraphNode(parent)) follow(parent);
      }),
      editor.registerCommand(
        SET_PARAGRAPH_ROLE_COMMAND,
        (role) => {
          for (const p of $selectedParagraphs()) p.setRole(role, 'manual');
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
          const role = SHORTCUT_ROLES[event.key.toLowerCase()];
          if (!role) return false;
          event.preventDefault();
          return editor.dispatchCommand(SET_PARAGRAPH_ROLE_COMMAND, role);
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);

  return null;
}
