import { useEffect, useMemo, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import type { DraftFields, TemplateFieldInfo } from '../../shared/api';
import type { DocParagraph } from '../../shared/document/roles';
import { fieldCounts } from '../../shared/templates/fields';
import { fillFieldsInEditor } from './fill-in-editor';
import { useToast } from '../components/toast-context';

interface Props {
  editor: LexicalEditor | null;
  /** The draft's paragraphs (from the latest analysis), for what is still unfilled. */
  paragraphs: readonly DocParagraph[];
  fields: DraftFields | null;
  onSave: (values: Record<string, string>) => Promise<void>;
}

/**
 * 填写字段: every {{字段}} of the draft with one input. 填入全文 (or Enter) fills every occurrence at
 * once as one undo step, and a value changed here changes everywhere it was filled in before. The
 * values stay with the draft, and 插入章节 fills new sections with them.
 */
export function FieldsPanel({ editor, paragraphs, fields, onSave }: Props) {
  const toast = useToast();
  const stored = useMemo(() => fields?.values ?? {}, [fields]);
  const [inputs, setInputs] = useState<Record<string, string>>(stored);
  useEffect(() => setInputs(stored), [stored]);

  const counts = useMemo(() => fieldCounts(paragraphs.map((p) => p.text)), [paragraphs]);
  // The template's fields, then any {{名称}} typed or pasted into the text since.
  const list: TemplateFieldInfo[] = useMemo(() => {
    const declared = fields?.fields ?? [];
    const extra = [...counts.keys()].filter((name) => !declared.some((f) => f.name === name)).map((name) => ({ name, label: name }));
    return [...declared, ...extra];
  }, [fields, counts]);

  const fill = async () => {
    if (!editor) return;
    const values = Object.fromEntries(list.map((f) => [f.name, (inputs[f.name] ?? '').trim()]));
    const changed = fillFieldsInEditor(editor, values, stored);
    await onSave(values);
    toast.message(changed ? `已在全文填入 ${changed} 处` : '全文没有需要填入或更改的地方');
  };

  return (
    <section className="panel fields-panel" aria-label="文档字段">
      <h2>填写字段</h2>
      {list.length === 0 ? (
        <p className="empty-hint">本文档没有 {'{{字段}}'}。从模板新建的文档，单位名称、年份等字段在这里一次填好。</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void fill();
          }}
        >
          {list.map((f) => {
            const left = counts.get(f.name) ?? 0;
            return (
              <div key={f.name} className="field-row">
                <label>
                  <span>{f.label}</span>
                  <input
                    value={inputs[f.name] ?? ''}
                    placeholder={f.hint ?? `{{${f.name}}}`}
                    maxLength={200}
                    onChange={(e) => setInputs({ ...inputs, [f.name]: e.target.value })}
                  />
                </label>
                <span data-testid={`field-count-${f.name}`} className={left ? 'placeholders-left' : 'muted'}>
                  {left ? `待填 ${left} 处` : '已填'}
                </span>
              </div>
            );
          })}
          <p className="muted">填入全文：每个字段在文中出现的所有地方一次填好（可一步撤销）；已填的字段改了内容，文中各处随之更改。</p>
          <button type="submit" className="primary" disabled={!editor}>
            填入全文
          </button>
        </form>
      )}
    </section>
  );
}
