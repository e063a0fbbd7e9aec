import { useEffect, useState } from 'react';
import type { LibrarySearchHit } from '../../shared/api';
import { Modal } from '../components/Modal';
import { Highlighted } from './Highlighted';
import { NO_FILTERS, useLibrarySearch } from './use-library-search';

interface Props {
  targetYear: number | null;
  onInsert: (hit: LibrarySearchHit) => void;
  onClose: () => void;
}

/** Ctrl+K: search the library from the keyboard; ↑/↓ choose, Enter inserts at the cursor, Esc closes. */
export function LibraryPalette({ targetYear, onInsert, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { result } = useLibrarySearch(query, NO_FILTERS, targetYear, 0, 12);
  const hits = result?.results ?? [];
  useEffect(() => setActive(0), [result]);

  return (
    <Modal label="搜索素材库" className="library-palette" onClose={onClose}>
      <input
        type="search"
        aria-label="搜索素材"
        placeholder="搜索往年段落，回车插入"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && hits[active]) onInsert(hits[active]!);
          else return;
          e.preventDefault();
        }}
      />
      {result?.mode === 'like' && <p className="muted">一两个字的词按逐条匹配查找；输入三个字以上可全文检索。</p>}
      <ul className="palette-list" role="listbox" aria-label="素材">
        {hits.map((hit, i) => (
          <li key={hit.id} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)} onClick={() => onInsert(hit)}>
            <div className="palette-text">
              <Highlighted text={hit.text} ranges={hit.highlights} max={90} />
            </div>
            <div className="snippet-meta">
              <span>{hit.source}</span>
              <span>{hit.year ?? '年份不详'}</span>
              <span>{hit.kind}</span>
              {hit.headingPath.length > 0 && <span>{hit.headingPath.at(-1)}</span>}
              {hit.stale && hit.stale.length > 0 && <span className="snippet-stale">含过时表述 {hit.stale.length} 处</span>}
            </div>
          </li>
        ))}
      </ul>
      {result && hits.length === 0 && <p className="empty-hint">{query ? '没有找到匹配的素材。' : '输入关键词开始搜索。'}</p>}
    </Modal>
  );
}
