import type { Draft } from '../../shared/api';
import type { CommandId } from '../../shared/commands';
import { MAX_TITLE_CHARS } from '../../shared/limits';

interface Props {
  draft: Draft;
  /** The name the draft has now (its title lines as edited), shown as the placeholder. */
  draftName: string;
  onBack: () => void;
  onRename: (title: string) => void;
  onSaveToLibrary: () => void;
  run: (id: CommandId) => void;
}

/** Above the editor: back to the list, the draft's name, and the commands writers use most. */
export function DocHeader({ draft, draftName, onBack, onRename, onSaveToLibrary, run }: Props) {
  return (
    <header className="doc-header">
      <button type="button" onClick={onBack} title="返回文档列表">
        ← 文档列表
      </button>
      <input
        key={draft.id + draft.title}
        className="doc-title"
        aria-label="文档标题"
        placeholder={draftName}
        defaultValue={draft.title}
        maxLength={MAX_TITLE_CHARS}
        onBlur={(e) => e.target.value !== draft.title && onRename(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <button type="button" onClick={() => run('insert-section')} title="在光标处插入章节模板，其后的序号自动顺延 (Ctrl+Shift+I)">
        插入章节…
      </button>
      <button type="button" onClick={onSaveToLibrary} title="把选中的文字存入素材库，以后可以检索复用">
        存入素材库
      </button>
      <button type="button" onClick={() => run('mark-field')} title="把选中的文字在全文替换为 {{字段}}，用于存为模板">
        设为字段
      </button>
      <button type="button" onClick={() => run('save-template')} title="把本文档或选中的章节保存为自己的模板">
        存为模板…
      </button>
      <button type="button" className="primary" onClick={() => run('export')} title="导出为 Word、纯文本或 PDF (Ctrl+E)">
        导出…
      </button>
    </header>
  );
}
