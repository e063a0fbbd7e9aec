import { useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, TemplateList, TemplateSummary } from '../../shared/api';
import { getApi, unwrap } from '../api';
import { DialogFooter, Modal } from '../components/Modal';

interface Props {
  onCreated: (draft: Draft) => void;
  onBlank: () => void;
  onClose: () => void;
}

const LEVEL_INDENT = ['', '', 'indent-1', 'indent-2', 'indent-3'] as const;

/**
 * 新建 → 模板: the report kinds modeled on real reports, with search, a preview of the outline and the
 * first paragraphs, and the fill-in form; 创建 makes a new draft with every field set at once (fields
 * left empty stay visible as {{名称}} and count as unfilled placeholders). The selection is always
 * among the templates the search shows (the first match as the writer types); ↓/↑ in the search box
 * move it and Enter creates the selected template with the form as it stands. The writer's own templates
 * sit beside the built-in ones and can be renamed or deleted.
 */
export function TemplateGallery({ onCreated, onBlank, onClose }: Props) {
  const [list, setList] = useState<TemplateList | null>(null);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);

  const load = async () => {
    try {
      const next = unwrap(await getApi().templates.list({}));
      setList(next);
      setSelectedId((id) => (id && next.templates.some((t) => t.id === id) ? id : (next.templates[0]?.id ?? null)));
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const shown = useMemo(() => {
    const q = query.trim();
    const all = list?.templates ?? [];
    if (!q) return all;
    return all.filter((t) => [t.name, t.kind, t.description, ...t.outline.map((o) => o.title)].some((s) => s.includes(q)));
  }, [list, query]);
  // The selection is always one of the templates shown: the one chosen, else the first match.
  const selected: TemplateSummary | undefined = shown.find((t) => t.id === selectedId) ?? shown[0];
  const selectedRow = useRef<HTMLLIElement>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  /** ↓ / ↑ in the search box: the next or previous template shown. */
  const moveSelection = (step: 1 | -1) => {
    if (shown.length === 0) return;
    const at = selected ? shown.indexOf(selected) : -1;
    setSelectedId(shown[Math.min(Math.max(at + step, 0), shown.length - 1)]!.id);
  };

  // A new template chosen: its form starts from the defaults.
  useEffect(() => {
    if (!selected) return;
    setValues(Object.fromEntries(selected.fields.map((f) => [f.name, f.default ?? ''])));
  }, [selected]);

  const create = async () => {
    if (!selected || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      onCreated(unwrap(await getApi().templates.createDraft({ templateId: selected.id, values })));
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  /** Opens a template of the writer's own as a draft with its {{字段}} left in, to edit and save back. */
  const editContent = async (t: TemplateSummary) => {
    try {
      const values = Object.fromEntries(t.fields.map((f) => [f.name, '']));
      onCreated(unwrap(await getApi().templates.createDraft({ templateId: t.id, values, title: `编辑模板：${t.name}` })));
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };

  const remove = async (t: TemplateSummary) => {
    try {
      unwrap(await getApi().userTemplates.delete({ id: t.id }));
      await load();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };

  const rename = async (t: TemplateSummary, name: string) => {
    try {
      unwrap(await getApi().userTemplates.update({ id: t.id, name }));
      setRenaming(null);
      await load();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal label="新建文档" className="template-gallery" onClose={onClose}>
      <div className="gallery-head">
        <h2>新建文档</h2>
        <input
          type="search"
          aria-label="搜索模板"
          placeholder="搜索模板：情况报告、主体责任、工作要点……"
          value={query}
          autoFocus
          onChange={(e) => {
            setQuery(e.target.value);
            setSelectedId(null); // the first match, as the writer types
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') moveSelection(1);
            else if (e.key === 'ArrowUp') moveSelection(-1);
            else if (e.key === 'Enter' && !e.nativeEvent.isComposing) void create();
            else return;
            e.preventDefault();
          }}
        />
        <button type="button" onClick={onBlank}>
          空白文档
        </button>
      </div>
      {list && list.problems.length > 0 && (
        <ul className="template-problems" role="alert" aria-label="无法读取的模板">
          {list.problems.map((p) => (
            <li key={p.file}>
              {p.file}：{p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="gallery-body">
        <ul className="template-list" role="listbox" aria-label="模板">
          {shown.map((t) => (
            <li key={t.id} role="option" aria-selected={t === selected} ref={t === selected ? selectedRow : undefined}>
              {renaming === t.id ? (
                <form
                  className="rename-form"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void rename(t, String(new FormData(e.currentTarget).get('name') ?? ''));
                  }}
                >
                  <input name="name" defaultValue={t.name} aria-label="模板名称" autoFocus maxLength={60} />
                  <button type="submit">确定</button>
                </form>
              ) : (
                <button type="button" className="template-item" onClick={() => setSelectedId(t.id)}>
                  <span className="template-name">{t.name}</span>
                  <span className="template-kind">
                    {t.kind}
                    {t.builtIn ? '' : ' · 我的模板'}
                  </span>
                </button>
              )}
              {!t.builtIn && renaming !== t.id && (
                <span className="template-actions">
                  <button
                    type="button"
                    title="以字段原样打开模板内容；改好后点“存为模板…”并选择覆盖"
                    onClick={() => void editContent(t)}
                  >
                    编辑
                  </button>
                  <button type="button" onClick={() => setRenaming(t.id)}>
                    重命名
                  </button>
                  <button type="button" onClick={() => void remove(t)}>
                    删除
                  </button>
                </span>
              )}
            </li>
          ))}
          {list && shown.length === 0 && <li className="empty-hint">没有找到匹配的模板。</li>}
        </ul>
        {selected ? (
          <section className="template-preview" aria-label="模板预览">
            <h3>{selected.name}</h3>
            <p className="muted">{selected.description}</p>
            <div className="template-columns">
              <div>
                <h4>结构</h4>
                <ul className="template-outline">
                  {selected.outline.map((o, i) => (
                    <li key={i} className={LEVEL_INDENT[o.level]} title={o.guidance}>
                      {o.marker}
                      {o.title}
                    </li>
                  ))}
                </ul>
                <h4>开头</h4>
                <div className="template-sample">
                  {selected.preview.map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </div>
              </div>
              <form
                className="template-fields"
                aria-label="填写字段"
                onSubmit={(e) => {
                  e.preventDefault();
                  void create();
                }}
              >
                <h4>填写字段</h4>
                {selected.fields.length === 0 && <p className="muted">此模板没有字段。</p>}
                {selected.fields.map((f) => (
                  <label key={f.name}>
                    <span>{f.label}</span>
                    <input
                      value={values[f.name] ?? ''}
                      placeholder={f.hint ?? `{{${f.name}}}`}
                      onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                    />
                  </label>
                ))}
                <p className="muted">未填写的字段在文中保留为 {'{{名称}}'}，按 F8 可逐个填写。</p>
                <DialogFooter
                  error={message}
                  onCancel={onClose}
                  primary={
                    <button type="submit" className="primary" disabled={busy}>
                      创建
                    </button>
                  }
                />
              </form>
            </div>
          </section>
        ) : (
          <p className="muted">{list ? '请选择一个模板。' : '正在读取模板…'}</p>
        )}
      </div>
    </Modal>
  );
}
