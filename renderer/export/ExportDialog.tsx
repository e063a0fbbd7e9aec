import { useEffect, useState } from 'react';
import type { ExportColophon, ExportDraftResult, ExportFormat, ExportHeader, ExportOptions } from '../../shared/api';
import { CATEGORY_LABELS, type Finding } from '../../shared/checks/types';
import { getApi, unwrap, ApiFailure } from '../api';
import { DialogFooter, Modal } from '../components/Modal';
import { FindingText } from '../panels/FindingText';

interface Props {
  draftId: string;
  /** Error-level findings of the document as it is now (the gate). */
  errors: readonly Finding[];
  /** The paragraphs' text, to show each finding in its context. */
  paragraphs: readonly string[];
  /** Saves pending edits: main exports what is in the database. */
  flush: () => Promise<void>;
  /** Lays out the document for printing (the PDF export prints the window); returns what undoes it. */
  preparePrint: () => Promise<() => void>;
  onJump: (finding: Finding) => void;
  onDone: (result: Extract<ExportDraftResult, { status: 'written' }>) => void;
  onClose: () => void;
}

const EMPTY_HEADER: ExportHeader = { issuer: '', docNumber: '' };
const EMPTY_COLOPHON: ExportColophon = { copyTo: '', printedBy: '', printedOn: '' };
/** The gate lists this many; the rest are counted. */
const LISTED = 50;

function todayChinese(): string {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/**
 * 导出: Word (GB/T 9704) or plain text, with the fonts choice, optional 版头 and 版记, and the gate:
 * error-level findings (unfilled placeholders above all) are listed with jump links, and exporting
 * anyway takes an explicit confirmation. The last choices come back next time (main remembers them).
 */
export function ExportDialog({ draftId, errors, paragraphs, flush, preparePrint, onJump, onDone, onClose }: Props) {
  const [options, setOptions] = useState<ExportOptions | null>(null);
  const [withHeader, setWithHeader] = useState(false);
  const [header, setHeader] = useState<ExportHeader>(EMPTY_HEADER);
  const [withColophon, setWithColophon] = useState(false);
  const [colophon, setColophon] = useState<ExportColophon>({ ...EMPTY_COLOPHON, printedOn: todayChinese() });
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** PDF is printed from the page view in the window, not written by a file writer. */
  const [pdf, setPdf] = useState(false);

  useEffect(() => {
    let live = true;
    void getApi()
      .export.options({})
      .then((r) => {
        if (!live) return;
        const last: ExportOptions = r.ok ? r.value : { format: 'docx', fonts: 'standard' };
        setOptions(last);
        if (last.header) {
          setWithHeader(true);
          setHeader(last.header);
        }
        if (last.colophon) {
          setWithColophon(true);
          setColophon(last.colophon);
        }
      });
    return () => {
      live = false;
    };
  }, []);

  const placeholders = errors.filter((f) => f.category === 'placeholder').length;
  const blocked = errors.length > 0 && !confirmed;

  const run = async () => {
    if (!options) return;
    setBusy(true);
    setMessage(null);
    try {
      await flush();
      const force = errors.length > 0 && confirmed;
      const api = getApi();
      const result = unwrap(
        pdf
          ? await printPdf(() => api.export.pdf({ id: draftId, force }))
          : await api.export.draft({
              id: draftId,
              format: options.format,
              fonts: options.fonts,
              ...(options.format === 'docx' && withHeader ? { header: cleanHeader(header) } : {}),
              ...(options.format === 'docx' && withColophon ? { colophon: cleanColophon(colophon) } : {}),
              force,
            }),
      );
      if (result.status === 'written') onDone(result);
    } catch (err) {
      setMessage(err instanceof ApiFailure || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const printPdf = async <T,>(print: () => Promise<T>): Promise<T> => {
    const release = await preparePrint();
    try {
      return await print();
    } finally {
      release();
    }
  };

  const setFormat = (format: ExportFormat) => {
    setPdf(false);
    if (options) setOptions({ ...options, format });
  };

  return (
    <Modal label="导出" className="export-dialog" onClose={onClose}>
      <h2>导出</h2>
      {/* The choices and the gate scroll; the footer (仍然导出) always stays on the screen. */}
      <div className="modal-body">
      {!options ? (
        <p className="muted">正在读取上次的导出设置…</p>
      ) : (
        <>
          <fieldset>
            <legend>格式</legend>
            <label>
              <input
                type="radio"
                name="format"
                checked={!pdf && options.format === 'docx'}
                autoFocus={!pdf && options.format === 'docx'}
                onChange={() => setFormat('docx')}
              />
              Word 文档（.docx，按 GB/T 9704-2012 排版）
            </label>
            <label>
              <input
                type="radio"
                name="format"
                checked={!pdf && options.format === 'txt'}
                autoFocus={!pdf && options.format === 'txt'}
                onChange={() => setFormat('txt')}
              />
              纯文本（.txt，每段一行）
            </label>
            <label>
              <input type="radio" name="format" checked={pdf} onChange={() => setPdf(true)} />
              PDF（按页面视图打印，A4、版心与页码同 Word 导出）
            </label>
          </fieldset>
          {!pdf && options.format === 'docx' && (
            <>
              <fieldset>
                <legend>字体</legend>
                <label>
                  <input
                    type="radio"
                    name="fonts"
                    checked={options.fonts === 'standard'}
                    onChange={() => setOptions({ ...options, fonts: 'standard' })}
                  />
                  公文标准字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体）
                </label>
                <label>
                  <input
                    type="radio"
                    name="fonts"
                    checked={options.fonts === 'system'}
                    onChange={() => setOptions({ ...options, fonts: 'system' })}
                  />
                  系统字体（宋体、仿宋、楷体、黑体，Windows 自带）
                </label>
              </fieldset>
              <fieldset>
                <legend>
                  <label>
                    <input type="checkbox" checked={withHeader} onChange={(e) => setWithHeader(e.target.checked)} />
                    版头（红色发文机关标志、发文字号）
                  </label>
                </legend>
                {withHeader && (
                  <div className="form-grid">
                    <label>
                      发文机关标志
                      <input
                        value={header.issuer}
                        placeholder="中共X区委员会文件"
                        onChange={(e) => setHeader({ ...header, issuer: e.target.value })}
                      />
                    </label>
                    <label>
                      发文字号
                      <input
                        value={header.docNumber ?? ''}
                        placeholder="X委发〔2026〕3号"
                        onChange={(e) => setHeader({ ...header, docNumber: e.target.value })}
                      />
                    </label>
                  </div>
                )}
              </fieldset>
              <fieldset>
                <legend>
                  <label>
                    <input type="checkbox" checked={withColophon} onChange={(e) => setWithColophon(e.target.checked)} />
                    版记（抄送、印发机关和印发日期）
                  </label>
                </legend>
                {withColophon && (
                  <div className="form-grid">
                    <label>
                      抄送
                      <input
                        value={colophon.copyTo ?? ''}
                        placeholder="区人大常委会，区政协。"
                        onChange={(e) => setColophon({ ...colophon, copyTo: e.target.value })}
                      />
                    </label>
                    <label>
                      印发机关
                      <input
                        value={colophon.printedBy}
                        placeholder="中共X区委办公室"
                        onChange={(e) => setColophon({ ...colophon, printedBy: e.target.value })}
                      />
                    </label>
                    <label>
                      印发日期
                      <input value={colophon.printedOn} onChange={(e) => setColophon({ ...colophon, printedOn: e.target.value })} />
                    </label>
                  </div>
                )}
              </fieldset>
            </>
          )}
        </>
      )}

      {errors.length > 0 && (
        <section className="export-gate" aria-label="导出前检查">
          <p className="error-text">
            文档中还有 {errors.length} 处错误{placeholders ? `，其中 ${placeholders} 处占位符未填写` : ''}。建议先改正再导出：
          </p>
          <ul className="gate-list">
            {errors.slice(0, LISTED).map((f) => (
              <li key={`${f.paragraph}:${f.start}:${f.rule}`}>
                <button type="button" className="link-button" onClick={() => onJump(f)}>
                  第 {f.paragraph + 1} 段 · {CATEGORY_LABELS[f.category]} · <FindingText finding={f} paragraph={paragraphs[f.paragraph] ?? ''} />
                </button>
              </li>
            ))}
            {errors.length > LISTED && <li className="muted">……另有 {errors.length - LISTED} 处</li>}
          </ul>
          <label className="gate-confirm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            我已知晓这些错误，仍要导出
          </label>
        </section>
      )}
      </div>
      <DialogFooter
        error={message}
        onCancel={onClose}
        primary={
          <button type="button" className="primary" disabled={!options || busy || blocked} onClick={() => void run()}>
            {busy ? '正在导出…' : errors.length > 0 ? '仍然导出' : '导出'}
          </button>
        }
      />
    </Modal>
  );
}

function cleanHeader(h: ExportHeader): ExportHeader {
  const docNumber = h.docNumber?.trim();
  return { issuer: h.issuer.trim(), ...(docNumber ? { docNumber } : {}) };
}

function cleanColophon(c: ExportColophon): ExportColophon {
  const copyTo = c.copyTo?.trim();
  return { printedBy: c.printedBy.trim(), printedOn: c.printedOn.trim(), ...(copyTo ? { copyTo } : {}) };
}
