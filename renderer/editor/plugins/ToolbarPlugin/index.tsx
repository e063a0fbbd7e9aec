import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { PARAGRAPH_ROLES, type ParagraphRole } from '../../../../shared/document/roles';
import { ROLE_LABELS, ROLE_SHORTCUTS } from '../../role-labels';
import { SET_PARAGRAPH_ROLE_COMMAND } from '../RolePlugin/commands';
import { $selectedParagraphs } from '../RolePlugin/selection-paragraphs';

interface Props {
  pageView: boolean;
  onTogglePageView: () => void;
}

/** Undo / redo, the paragraph-role menu (following the cursor) and the page / plain view switch. */
export function ToolbarPlugin({ pageView, onTogglePageView }: Props) {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [role, setRole] = useState<ParagraphRole | ''>('');

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            const roles = new Set($selectedParagraphs().map((p) => p.getRole()));
            setRole(roles.size === 1 ? [...roles][0]! : '');
          });
        }),
      ),
    [editor],
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="编辑工具栏">
      <button type="button" disabled={!canUndo} title="撤销 (Ctrl+Z)" onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        撤销
      </button>
      <button type="button" disabled={!canRedo} title="重做 (Ctrl+Y)" onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        重做
      </button>
      <label className="role-select">
        段落：
        <select
          aria-label="段落角色"
          value={role}
          onChange={(e) => {
            editor.dispatchCommand(SET_PARAGRAPH_ROLE_COMMAND, e.target.value as ParagraphRole);
            editor.focus();
          }}
        >
          {role === '' && <option value="">（多种）</option>}
          {PARAGRAPH_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
              {ROLE_SHORTCUTS[r] ? `  ${ROLE_SHORTCUTS[r]}` : ''}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-spacer" />
      <button type="button" onClick={onTogglePageView} aria-pressed={pageView} title="在页面视图和普通视图之间切换">
        {pageView ? '普通视图' : '页面视图'}
      </button>
    </div>
  );
}
