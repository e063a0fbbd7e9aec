import { useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { FieldMarkError, markField } from '../../shared/templates/fields';
import type { TemplateField } from '../../shared/templates/types';
import { readKeyedParagraphs } from '../editor/analysis';
import { replaceParagraphTexts } from '../editor/lib/editing';
import { DialogFooter, Modal } from '../components/Modal';

interface Props {
  editor: LexicalEditor;
  /** The selected text when the popover opened. */
  selected: string;
  fields: TemplateField[];
  onDone: (fields: TemplateField[], message: string) => void;
  onClose: () => void;
}

/** 设为字段: the selected text becomes {{名称}} everywhere in the draft (one undo step), for 存为模板. */
export function MarkFieldPopover({ editor, selected, fields, onDone, onClose }: Props) {
  const [name, setName] = useState('');
  const [label, setLabel] = useState('');
  const [keepAsDefault, setKeepAsDefault] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const { keys, paragraphs } = readKeyedParagraphs(editor.getEditorState());
    try {
      const result = markField(paragraphs, fields, { text: selected, name, ...(label ? { label } : {}), keepAsDefault });
      replaceParagraphTexts(editor, keys, paragraphs, result.paragraphs);
      onDone(result.fields, `已把 ${result.replaced} 处“${selected}”设为字段 {{${name.trim()}}}`);
    } catch (err) {
      setError(err instanceof FieldMarkError || err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal label="设为字段" className="mark-field" onClose={onClose} onSubmit={apply}>
      <h2>设为字段</h2>
      <p>
        把文中所有“<strong>{selected}</strong>”替换为字段，存为模板后可在新建时一次填写。
      </p>
      <div className="form-grid">
        <label>
          字段名
          <input value={name} autoFocus placeholder="如：单位名称" onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          显示名称
          <input value={label} placeholder="（同字段名）" onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={keepAsDefault} onChange={(e) => setKeepAsDefault(e.target.checked)} />
          以选中的文字为默认值
        </label>
      </div>
      <DialogFooter
        error={error}
        onCancel={onClose}
        primary={
          <button type="submit" className="primary">
            设为字段
          </button>
        }
      />
    </Modal>
  );
}
