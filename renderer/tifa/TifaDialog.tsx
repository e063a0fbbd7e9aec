import { useEffect, useMemo, useState } from 'react';
import type { TifaList } from '../../shared/api';
import { TIFA_KINDS, tifaDateText, tifaYear, type TifaEntry, type TifaKind } from '../../shared/checks/data/tifa-types';
import { userTifaEntrySchema } from '../../shared/checks/tifa-schema';
import { getApi, unwrap } from '../api';
import { DialogFooter, Modal } from '../components/Modal';
import { TIFA_CHANGED_EVENT } from '../workspace/use-tifa-table';

interface Props {
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** One editable row: the fields an office fills in; years as text while typed. */
interface Row {
  wording: string;
  kind: TifaKind;
  validFrom: string;
  validUntil: string;
  replacement: string;
  /** Whether `replacement` is a wording that replaced it, or advice (action). */
  replacementField: 'replacement' | 'action';
  sourceTitle: string;
  sourceIssuer: string;
  sourceDate: string;
  /** Fields of the stored entry the form does not show (pattern, note, …), kept as they were. */
  rest: Partial<TifaEntry>;
}

const toRow = (e: TifaEntry): Row => {
  const { wording, kind, validFrom, validUntil, replacement, action, source, ...rest } = e;
  return {
    wording,
    kind,
    validFrom: String(tifaYear(validFrom)),
    validUntil: validUntil === undefined ? '' : String(tifaYear(validUntil)),
    replacement: replacement ?? action ?? '',
    replacementField: replacement === undefined && action !== undefined ? 'action' : 'replacement',
    sourceTitle: source.title,
    sourceIssuer: source.issuer,
    sourceDate: source.date,
    rest: { ...rest, ...(typeof validFrom === 'object' ? { validFrom } : {}), ...(typeof validUntil === 'object' ? { validUntil } : {}) },
  };
};

const toEntry = (r: Row): unknown => ({
  ...r.rest,
  wording: r.wording,
  kind: r.kind,
  validFrom: (r.rest.validFrom && tifaYear(r.rest.validFrom) === Number(r.validFrom) ? r.rest.validFrom : Number(r.validFrom)) as TifaEntry['validFrom'],
  ...(r.validUntil.trim()
    ? { validUntil: r.rest.validUntil && tifaYear(r.rest.validUntil) === Number(r.validUntil) ? r.rest.validUntil : Number(r.validUntil) }
    : {}),
  ...(r.replacement.trim() ? { [r.replacementField]: r.replacement.trim() } : {}),
  source: { title: r.sourceTitle, issuer: r.sourceIssuer, date: r.sourceDate, ...(r.rest.source?.url ? { url: r.rest.source.url } : {}) },
});

/** The form's names for the schema's fields, for messages. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  wording: '提法',
  kind: '类别',
  validFrom: '起始年份',
  validUntil: '截止年份',
  replacement: '替代提法',
  action: '处理建议',
  source: '依据',
  'source.title': '依据文件',
  'source.issuer': '依据发布机关',
  'source.date': '依据日期',
};

/** A schema path in the form's words: source.date → 依据日期. */
function fieldLabel(path: readonly PropertyKey[]): string {
  const dotted = path.map(String).join('.');
  return FIELD_LABELS[dotted] ?? FIELD_LABELS[String(path[0])] ?? dotted;
}

const EMPTY_ROW: Row = {
  wording: '',
  kind: '工作提法',
  validFrom: String(new Date().getFullYear()),
  validUntil: '',
  replacement: '',
  replacementField: 'replacement',
  sourceTitle: '',
  sourceIssuer: '',
  sourceDate: '',
  rest: {},
};

/**
 * 提法表: the dated wordings the checker knows. The built-in entries (with their sources) can be
 * searched; the office's own entries (<dataDir>/tifa.json) are edited here, validated entry by entry
 * in main, and every open draft's checks follow at once.
 */
export function TifaDialog({ onSaved, onClose }: Props) {
  const [list, setList] = useState<TifaList | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getApi()
      .tifa.list({})
      .then((r) => {
        const value = unwrap(r);
        setList(value);
        setRows(value.user.map(toRow));
        if (value.problems.length) setError(value.problems.map((p) => p.message).join('；'));
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  const builtIn = useMemo(() => {
    const q = query.trim();
    const all = list?.builtIn ?? [];
    return q ? all.filter((e) => e.wording.includes(q) || (e.replacement ?? '').includes(q) || e.source.title.includes(q)) : all;
  }, [list, query]);

  const change = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    setError(null);
    // Checked here first, so a mistake is named by its row and field in the form's words.
    const entries = rows.map(toEntry);
    for (const [i, entry] of entries.entries()) {
      const parsed = userTifaEntrySchema.safeParse(entry);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((x) => `${fieldLabel(x.path)}：${x.message}`).join('；');
        return setError(`第 ${i + 1} 条（${rows[i]!.wording || '未填提法'}）：${problems}`);
      }
    }
    try {
      const saved = unwrap(await getApi().tifa.saveUser({ entries: entries as TifaEntry[] }));
      setList(saved);
      setRows(saved.user.map(toRow));
      window.dispatchEvent(new Event(TIFA_CHANGED_EVENT));
      onSaved(`已保存本单位提法 ${saved.user.length} 条，检查已按新的提法表进行`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Modal label="提法表" className="tifa-dialog" onClose={onClose} onSubmit={() => void save()}>
      <h2>提法表</h2>
      <p className="muted">写作时按文稿年份核对这些提法：过了截止年份仍作为当前工作来写，就提示更换。内置 {list?.builtIn.length ?? 0} 条，均注明依据；本单位可以补充自己的提法。</p>
      <h3>本单位提法（{rows.length} 条）</h3>
      <table className="field-table tifa-table" aria-label="本单位提法">
        <thead>
          <tr>
            <th>提法</th>
            <th>类别</th>
            <th>起</th>
            <th>止</th>
            <th>替代提法或处理建议</th>
            <th>依据文件</th>
            <th>发布机关</th>
            <th>日期</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <input aria-label="提法" value={r.wording} onChange={(e) => change(i, { wording: e.target.value })} />
              </td>
              <td>
                <select aria-label="类别" value={r.kind} onChange={(e) => change(i, { kind: e.target.value as TifaKind })}>
                  {TIFA_KINDS.map((k) => (
                    <option key={k}>{k}</option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label="起始年份" className="year-input" value={r.validFrom} onChange={(e) => change(i, { validFrom: e.target.value })} />
              </td>
              <td>
                <input aria-label="截止年份" className="year-input" value={r.validUntil} onChange={(e) => change(i, { validUntil: e.target.value })} />
              </td>
              <td>
                <input aria-label="替代提法或处理建议" value={r.replacement} onChange={(e) => change(i, { replacement: e.target.value })} />
              </td>
              <td>
                <input aria-label="依据文件" value={r.sourceTitle} onChange={(e) => change(i, { sourceTitle: e.target.value })} />
              </td>
              <td>
                <input aria-label="发布机关" value={r.sourceIssuer} onChange={(e) => change(i, { sourceIssuer: e.target.value })} />
              </td>
              <td>
                <input aria-label="依据日期" placeholder="2026-03-05" value={r.sourceDate} onChange={(e) => change(i, { sourceDate: e.target.value })} />
              </td>
              <td>
                <button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setRows((rs) => [...rs, { ...EMPTY_ROW }])}>
        添加一条
      </button>
      <h3>内置提法</h3>
      <input type="search" aria-label="搜索内置提法" placeholder="搜索提法、替代提法或依据" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="tifa-builtin" aria-label="内置提法">
        {builtIn.slice(0, 200).map((e, i) => (
          <li key={i}>
            <strong>{e.wording}</strong>〔{e.kind}〕{tifaDateText(e.validFrom)}起{e.validUntil !== undefined ? `，${tifaDateText(e.validUntil)}止` : '，现行'}
            {e.replacement || e.action ? `：${e.replacement ?? e.action}` : ''}
            <span className="muted">（依据：{e.source.title}，{e.source.date}）</span>
          </li>
        ))}
      </ul>
      <DialogFooter
        error={error}
        onCancel={onClose}
        primary={
          <button type="submit" className="primary">
            保存本单位提法
          </button>
        }
      />
    </Modal>
  );
}
