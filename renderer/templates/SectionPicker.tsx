import { useEffect, useMemo, useState } from 'react';
import type { HeadingLevel } from '../../shared/document/roles';
import type { SectionTemplateDetail, SectionTemplateSummary } from '../../shared/api';
import { getApi, unwrap } from '../api';
import { Modal } from '../components/Modal';

interface Props {
  /** The draft's field values (填写字段): a section's {{单位名称}} … take them. */
  values: Readonly<Record<string, string>>;
  onInsert: (section: SectionTemplateDetail) => void;
  onClose: () => void;
}

const LEVEL_LABELS: Record<HeadingLevel, string> = { 1: '一级标题（一、）', 2: '二级标题（（一））', 3: '三级标题（1．）', 4: '四级标题（（1））' };

/**
 * 插入章节 (Ctrl+Shift+I): a searchable list of section templates with a preview; Enter or 插入 puts
 * the section before or after whole sections at the cursor (insertSectionAtCaret), then every heading
 * is renumbered (one undo step).
 */
export function SectionPicker({ values, onInsert, onClose }: Props) {
  const [sections, setSections] = useState<SectionTemplateSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [level, setLevel] = useState<HeadingLevel | 'auto'>('auto');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void getApi()
      .sectionTemplates.list({})
      .then((r) => (r.ok ? setSections(r.value) : setMessage(r.error.message)));
  }, []);

  const shown = useMemo(() => {
    const q = query.trim();
    const all = sections ?? [];
    return q ? all.filter((s) => [s.name, s.category, s.description, s.heading ?? ''].some((t) => t.includes(q))) : all;
  }, [sections, query]);
  const current = shown[Math.min(active, shown.length - 1)];

  const insert = async (s: SectionTemplateSummary | undefined) => {
    if (!s) return;
    try {
      // Only the section's own fields (main refuses others); a field the draft has no value for takes its default.
      const own = Object.fromEntries(s.fields.filter((f) => values[f.name]).map((f) => [f.name, values[f.name]!]));
      const detail = unwrap(await getApi().sectionTemplates.get({ id: s.id, values: own, ...(level === 'auto' ? {} : { level }) }));
      onInsert(detail);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal label="插入章节" className="section-picker" onClose={onClose}>
      <div className="gallery-head">
        <h2>插入章节</h2>
        <input
          type="search"
          aria-label="搜索章节"
          placeholder="搜索：存在问题、下步打算、营商环境……"
          value={query}
          autoFocus
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') void insert(current);
            else return;
            e.preventDefault();
          }}
        />
        <select aria-label="插入为" value={level} onChange={(e) => setLevel(e.target.value === 'auto' ? 'auto' : (Number(e.target.value) as HeadingLevel))}>
          <option value="auto">按模板层级</option>
          {([1, 2, 3, 4] as const).map((l) => (
            <option key={l} value={l}>
              插入为{LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="gallery-body">
        <ul className="template-list" role="listbox" aria-label="章节模板">
          {shown.map((s, i) => (
            <li key={s.id} role="option" aria-selected={s === current}>
              <button type="button" className="template-item" onMouseEnter={() => setActive(i)} onClick={() => void insert(s)}>
                <span className="template-name">{s.name}</span>
                <span className="template-kind">
                  {s.category}
                  {s.builtIn ? '' : ' · 我的章节'}
                </span>
              </button>
            </li>
          ))}
          {sections && shown.length === 0 && <li className="empty-hint">没有找到匹配的章节。</li>}
        </ul>
        <section className="template-preview" aria-label="章节预览">
          {current ? (
            <>
              <h3>{current.heading ?? current.name}</h3>
              <p className="muted">{current.description}</p>
              <div className="template-sample">
                {current.preview.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </div>
              <div className="modal-actions">
                <button type="button" onClick={onClose}>
                  取消
                </button>
                <button type="button" className="primary" onClick={() => void insert(current)}>
                  插入
                </button>
              </div>
            </>
          ) : (
            <p className="muted">{sections ? '' : '正在读取章节模板…'}</p>
          )}
          {message && (
            <p className="error-text" role="alert">
              {message}
            </p>
          )}
        </section>
      </div>
    </Modal>
  );
}
