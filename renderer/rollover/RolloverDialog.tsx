import { useEffect, useRef, useState } from 'react';
import type { DraftSummary, RolloverOutcome } from '../../shared/api';
import { getApi, unwrap } from '../api';
import { DialogFooter, Modal } from '../components/Modal';
import { OPENABLE_EXTENSIONS, readFileAsBase64 } from '../files/read-file';

interface Props {
  /** A draft to start from (the open one, or the one chosen in the list); the writer may pick another. */
  draftId?: string;
  onCreated: (outcome: RolloverOutcome) => void;
  onClose: () => void;
}

/**
 * 以去年报告为底稿新建: last year's report (a file in any format the app opens, or a draft) and the new
 * year. The source is never changed; the new draft opens with the 年份与时效清单 beside it.
 */
export function RolloverDialog({ draftId, onCreated, onClose }: Props) {
  const [source, setSource] = useState<'file' | 'draft'>(draftId ? 'draft' : 'file');
  const [file, setFile] = useState<File | null>(null);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [chosenDraft, setChosenDraft] = useState(draftId ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [fromYear, setFromYear] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void getApi()
      .drafts.list({})
      .then((r) => {
        if (!r.ok) return;
        setDrafts(r.value);
        setChosenDraft((id) => id || r.value[0]?.id || '');
      });
  }, []);

  const create = async () => {
    setError(null);
    const to = Number(year);
    const from = fromYear.trim() ? Number(fromYear) : undefined;
    if (!/^[0-9]{4}$/.test(year) || to < 1949 || to > 2200) return setError('请填写四位数字的新报告年份，如 2026。');
    if (from !== undefined && (!/^[0-9]{4}$/.test(fromYear.trim()) || from < 1949 || from > 2200)) return setError('原报告年份应为四位数字，或留空自动识别。');
    const years = { year: to, ...(from !== undefined ? { fromYear: from } : {}) };
    setBusy(true);
    try {
      const api = getApi();
      if (source === 'file') {
        if (!file) return setError('请先选择去年的报告文件。');
        onCreated(unwrap(await api.rollover.fromFile({ fileName: file.name, dataBase64: await readFileAsBase64(file), ...years })));
      } else {
        if (!chosenDraft) return setError('请选择作为底稿的文档。');
        onCreated(unwrap(await api.rollover.fromDraft({ draftId: chosenDraft, ...years })));
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal label="以去年报告为底稿新建" className="rollover-dialog" onClose={onClose} onSubmit={() => void create()}>
      <h2>以去年报告为底稿新建</h2>
      <p className="muted">用去年的报告做今年报告的底稿：先列出全部年份与时效说法供逐条确认，原报告中的数字标为“待更新”。原文件、原文档不会改动。</p>
      <fieldset>
        <legend>底稿</legend>
        <label>
          <input type="radio" name="rollover-source" checked={source === 'file'} onChange={() => setSource('file')} />
          文件
        </label>
        <span className="rollover-file">
          <button type="button" onClick={() => fileInput.current?.click()}>
            选择文件…
          </button>
          <span className="muted">{file ? file.name : 'Word、WPS、PDF、OFD、文本'}</span>
          <input
            ref={fileInput}
            type="file"
            hidden
            aria-label="去年的报告文件"
            accept={OPENABLE_EXTENSIONS.join(',')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setSource('file');
            }}
          />
        </span>
        <label>
          <input type="radio" name="rollover-source" checked={source === 'draft'} disabled={drafts.length === 0} onChange={() => setSource('draft')} />
          文档
        </label>
        <select
          aria-label="作为底稿的文档"
          value={chosenDraft}
          disabled={drafts.length === 0}
          onChange={(e) => {
            setChosenDraft(e.target.value);
            setSource('draft');
          }}
        >
          {drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.displayTitle}
            </option>
          ))}
        </select>
      </fieldset>
      <div className="form-grid">
        <label>
          新报告年份
          <input aria-label="新报告年份" inputMode="numeric" value={year} maxLength={4} onChange={(e) => setYear(e.target.value)} />
        </label>
        <label>
          原报告年份
          <input aria-label="原报告年份" inputMode="numeric" value={fromYear} maxLength={4} placeholder="自动识别" onChange={(e) => setFromYear(e.target.value)} />
        </label>
      </div>
      <DialogFooter
        error={error}
        onCancel={onClose}
        primary={
          <button type="submit" className="primary" disabled={busy}>
            {busy ? '正在新建…' : '新建'}
          </button>
        }
      />
    </Modal>
  );
}
