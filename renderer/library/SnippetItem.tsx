import { useState } from 'react';
import type { LibrarySearchHit } from '../../shared/api';
import { SNIPPET_DRAG_TYPE } from '../editor/plugins/SnippetDropPlugin';
import { Highlighted } from './Highlighted';

interface Props {
  hit: LibrarySearchHit;
  active?: boolean;
  /** Absent where there is no draft to insert into (the start screen): no 插入, no dragging. */
  onInsert?: (hit: LibrarySearchHit) => void;
  onToggleFavorite?: (hit: LibrarySearchHit) => void;
  onEditTags?: (hit: LibrarySearchHit, tags: string[]) => void;
  onEditText?: (hit: LibrarySearchHit, text: string) => void;
  onDelete?: (hit: LibrarySearchHit) => void;
  onSimilar?: (hit: LibrarySearchHit) => void;
}

const PREVIEW_CHARS = 120;

/** One search result: highlighted text, source · year · kind · heading path, and its actions. Drag it into the text. */
export function SnippetItem({ hit, active, onInsert, onToggleFavorite, onEditTags, onEditText, onDelete, onSimilar }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const [editingText, setEditingText] = useState(false);
  return (
    <li
      className={`snippet${active ? ' active' : ''}`}
      data-snippet-id={hit.id}
      draggable={Boolean(onInsert)}
      onDragStart={(e) => {
        if (!onInsert) return;
        e.dataTransfer.setData(SNIPPET_DRAG_TYPE, JSON.stringify({ id: hit.id, text: hit.text, source: hit.source, year: hit.year }));
        e.dataTransfer.setData('text/plain', hit.text);
        e.dataTransfer.effectAllowed = 'copy';
      }}
    >
      {editingText ? (
        <form
          className="snippet-edit"
          onSubmit={(e) => {
            e.preventDefault();
            onEditText?.(hit, String(new FormData(e.currentTarget).get('text') ?? ''));
            setEditingText(false);
          }}
        >
          <textarea name="text" defaultValue={hit.text} aria-label="素材内容" rows={6} />
          <button type="submit">保存</button>
          <button type="button" onClick={() => setEditingText(false)}>
            取消
          </button>
        </form>
      ) : (
        <button type="button" className="snippet-text" onClick={() => setExpanded((v) => !v)} title={expanded ? '收起' : '展开全文'}>
          <Highlighted text={hit.text} ranges={hit.highlights} {...(expanded ? {} : { max: PREVIEW_CHARS })} />
        </button>
      )}
      <div className="snippet-meta">
        <span>{hit.source}</span>
        <span>{hit.year ?? '年份不详'}</span>
        <span className="snippet-kind" title={hit.kindReason}>
          {hit.kind}
        </span>
        {hit.timesUsed > 0 && <span>用过 {hit.timesUsed} 次</span>}
        {hit.stale && hit.stale.length > 0 && (
          <span className="snippet-stale" title={hit.stale.map((s) => s.message).join('\n')}>
            含过时表述 {hit.stale.length} 处
          </span>
        )}
      </div>
      {hit.headingPath.length > 0 && <div className="snippet-path">{hit.headingPath.join(' › ')}</div>}
      {hit.tags.length > 0 && !editingTags && (
        <div className="snippet-tags">
          {hit.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
        </div>
      )}
      {editingTags && (
        <form
          className="snippet-edit"
          onSubmit={(e) => {
            e.preventDefault();
            const raw = String(new FormData(e.currentTarget).get('tags') ?? '');
            onEditTags?.(hit, [...new Set(raw.split(/[,，;；\s]+/).map((t) => t.trim()).filter(Boolean))]);
            setEditingTags(false);
          }}
        >
          <input name="tags" defaultValue={hit.tags.join('，')} aria-label="标签（用逗号分隔）" autoFocus />
          <button type="submit">保存</button>
        </form>
      )}
      <div className="snippet-actions">
        {onInsert && (
          <button type="button" className="primary" onClick={() => onInsert(hit)} title="插入到光标处">
            插入
          </button>
        )}
        {onToggleFavorite && (
          <button type="button" aria-pressed={hit.favorite} onClick={() => onToggleFavorite(hit)} title={hit.favorite ? '取消收藏' : '收藏'}>
            {hit.favorite ? '★ 已收藏' : '☆ 收藏'}
          </button>
        )}
        {onEditTags && (
          <button type="button" onClick={() => setEditingTags((v) => !v)}>
            标签
          </button>
        )}
        {onEditText && (
          <button type="button" onClick={() => setEditingText(true)}>
            编辑
          </button>
        )}
        {onSimilar && (
          <button type="button" onClick={() => onSimilar(hit)} title="查找相似的素材并合并">
            相似
          </button>
        )}
        {onDelete && (
          <button type="button" onClick={() => onDelete(hit)}>
            删除
          </button>
        )}
      </div>
    </li>
  );
}
