import { useEffect, useMemo, useState } from 'react';
import type { DocParagraph } from '../../shared/document/roles';
import { fieldNames } from '../../shared/templates/fields';
import type { TemplateField } from '../../shared/templates/types';
import { getApi, unwrap } from '../api';
import { DialogFooter, Modal } from '../components/Modal';

interface Props {
  /** The whole draft. */
  document: DocParagraph[];
  /** The paragraphs the selection covers (a section starts with its heading), or null without a selection. */
  selection: DocParagraph[] | null;
  /** Fields declared with 设为字段 in this session (labels and defaults). */
  declared: TemplateField[];
  suggestedName: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** 存为模板: the current draft as a document template, or the selected section as a section template. */
export function SaveTemplateDialog({ document, selection, declared, suggestedName, onSaved, onClose }: Props) {
  const [type, setType] = useState<'document' | 'section'>(selection ? 'section' : 'document');
  const [name, setName] = useState(suggestedName);
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** The writer's own templates of this type, which saving may overwrite (edit a template this way). */
  const [own, setOwn] = useState<{ id: string; name: string }[]>([]);
  const [target, setTarget] = useState<string>('');
  useEffect(() => {
    setTarget('');
    const api = getApi();
    void (type === 'document' ? api.templates.list({}).then((r) => (r.ok ? r.value.templates : [])) : api.sectionTemplates.list({}).then((r) => (r.ok ? r.value : []))).then(
      (all) => setOwn(all.filter((t) => !t.builtIn).map((t) => ({ id: t.id, name: t.name }))),
    );
  }, [type]);
  const paragraphs = type === 'section' && selection ? selection : document;
  const names = useMemo(() => fieldNames(paragraphs), [paragraphs]);
  const [labels, setLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries(declared.map((f) => [f.name, f.label])),
  );
  const [defaults, setDefaults] = useState<Record<string, string>>(() =>
    Object.fromEntries(declared.filter((f) => f.default !== undefined).map((f) => [f.name, f.default!])),
  );

  const save = async () => {
    setError(null);
    try {
      const fields: TemplateField[] = names.map((n) => ({
        name: n,
        label: labels[n]?.trim() || n,
        ...(defaults[n]?.trim() ? { default: defaults[n]!.trim() } : {}),
      }));
      const content = {
        name,
        ...(type === 'document' ? (kind.trim() ? { kind } : {}) : kind.trim() ? { category: kind } : {}),
        ...(description.trim() ? { description } : {}),
        paragraphs: paragraphs.filter((p) => p.text.trim() !== ''),
        fields,
      };
      const api = getApi();
      const saved = unwrap(target ? await api.userTemplates.update({ id: target, ...content }) : await api.userTemplates.save({ type, ...content }));
      onSaved(`已保存模板“${saved.name}”，可在“从模板新建”${type === 'section' ? '和“插入章节”' : ''}中使用`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal label="存为模板" className="save-template" onClose={onClose} onSubmit={() => void save()}>
      <h2>存为模板</h2>
      <fieldset>
        <legend>保存内容</legend>
        <label>
          <input type="radio" name="type" checked={type === 'document'} onChange={() => setType('document')} />
          整篇文档（{document.length} 段）
        </label>
        <label>
          <input type="radio" name="type" checked={type === 'section'} disabled={!selection} onChange={() => setType('section')} />
          选中的章节{selection ? `（${selection.length} 段）` : '（先在文中选中一个章节）'}
        </label>
      </fieldset>
      <div className="form-grid">
        <label>
          保存为
          <select
            aria-label="保存为"
            value={target}
            onChange={(e) => {
              setTarget(e.target.value);
              const chosen = own.find((t) => t.id === e.target.value);
              if (chosen) setName(chosen.name);
            }}
          >
            <option value="">新模板</option>
            {own.map((t) => (
              <option key={t.id} value={t.id}>
                覆盖“{t.name}”
              </option>
            ))}
          </select>
        </label>
        <label>
          模板名称
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} />
        </label>
        <label>
          {type === 'document' ? '文种' : '分类'}
          <input
            value={kind}
            placeholder={type === 'document' ? '如：情况报告' : '如：我的章节'}
            onChange={(e) => setKind(e.target.value)}
            maxLength={20}
          />
        </label>
        <label>
          说明
          <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} />
        </label>
      </div>
      <h3>字段</h3>
      {names.length === 0 ? (
        <p className="muted">文中没有 {'{{字段}}'}。选中文字后点“设为字段”可以添加。</p>
      ) : (
        <table className="field-table">
          <thead>
            <tr>
              <th>字段</th>
              <th>显示名称</th>
              <th>默认值</th>
            </tr>
          </thead>
          <tbody>
            {names.map((n) => (
              <tr key={n}>
                <td>{`{{${n}}}`}</td>
                <td>
                  <input aria-label={`${n}的显示名称`} value={labels[n] ?? ''} placeholder={n} onChange={(e) => setLabels({ ...labels, [n]: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`${n}的默认值`} value={defaults[n] ?? ''} onChange={(e) => setDefaults({ ...defaults, [n]: e.target.value })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogFooter
        error={error}
        onCancel={onClose}
        primary={
          <button type="submit" className="primary">
            保存
          </button>
        }
      />
    </Modal>
  );
}
