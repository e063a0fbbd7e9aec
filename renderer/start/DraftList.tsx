import { IMPORTABLE_FORMATS_LABEL } from '../../shared/import-formats';
import { useState } from 'react';
import type { DraftSummary } from '../../shared/api';
import { MAX_TITLE_CHARS } from '../../shared/limits';
import { formatTime } from '../components/format-time';

interface Props {
  drafts: DraftSummary[];
  onOpen: (id: string) => void;
  onCreate: () => void;
  onCreateFromTemplate: () => void;
  onOpenFile: () => void;
  /** 以去年报告为底稿新建, from a file or draft (this one preselected when given). */
  onRollover: (draftId?: string) => void;
  /** 素材库 without a draft: import, search, back up. */
  onOpenLibrary: () => void;
  /** 提法表: the dated wordings, and the office's own. */
  onOpenTifa: () => void;
  onRename: (id: string, title: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (draft: DraftSummary) => void;
}

/** The start screen: recent drafts, newest first. */
export function DraftList({ drafts, onOpen, onCreate, onCreateFromTemplate, onOpenFile, onRollover, onOpenLibrary, onOpenTifa, onRename, onDuplicate, onDelete }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <main className="start-screen">
      <header className="start-header">
        <h1>公文写作台</h1>
        <span className="start-actions">
          <button type="button" onClick={onOpenLibrary} title="管理素材库：导入往年材料、检索、备份与恢复">
            素材库…
          </button>
          <button type="button" onClick={onOpenTifa} title="按年份核对的提法（会议、规划、主题教育、工作提法、纪念日）及其依据；可添加本单位的提法">
            提法表…
          </button>
          <button type="button" onClick={onOpenFile} title={`打开 ${IMPORTABLE_FORMATS_LABEL} 文件（也可以把文件拖到窗口里）`}>
            打开文件…
          </button>
          <button type="button" onClick={() => onRollover()} title="用去年的报告（文件或文档）做今年报告的底稿：年份逐条确认，数字标为待更新">
            以去年报告为底稿…
          </button>
          <button type="button" onClick={onCreate} title="新建一个空白文档 (Ctrl+N)">
            新建空白文档
          </button>
          <button type="button" className="primary" onClick={onCreateFromTemplate} title="从报告模板新建 (Ctrl+Shift+N)">
            从模板新建…
          </button>
        </span>
      </header>
      <h2>最近的文档</h2>
      {drafts.length === 0 ? (
        <p className="empty-hint">还没有文档。点击“从模板新建”或“新建空白文档”开始写作，也可以打开去年的报告。</p>
      ) : (
        <ul className="draft-list" aria-label="最近的文档">
          {drafts.map((d) => (
            <li key={d.id} className="draft-item" data-draft-id={d.id}>
              {renaming === d.id ? (
                <form
                  className="rename-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const value = new FormData(e.currentTarget).get('title');
                    onRename(d.id, String(value ?? ''));
                    setRenaming(null);
                  }}
                >
                  <input name="title" defaultValue={d.title || d.displayTitle} aria-label="文档标题" autoFocus maxLength={MAX_TITLE_CHARS} />
                  <button type="submit">确定</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    取消
                  </button>
                </form>
              ) : (
                <button type="button" className="draft-open" onClick={() => onOpen(d.id)}>
                  <span className="draft-title">{d.displayTitle}</span>
                  <span className="draft-meta">
                    {formatTime(d.updatedAt)} · {d.wordCount.toLocaleString('zh-CN')} 字
                  </span>
                </button>
              )}
              <span className="draft-actions">
                <button type="button" onClick={() => setRenaming(d.id)}>
                  重命名
                </button>
                <button type="button" onClick={() => onDuplicate(d.id)}>
                  复制
                </button>
                <button type="button" onClick={() => onRollover(d.id)} title="以这篇为底稿新建今年的报告">
                  做新一年的
                </button>
                <button type="button" onClick={() => onDelete(d)}>
                  删除
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
