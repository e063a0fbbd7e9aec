import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison, ParagraphComparison, SectionComparison } from '../../shared/api';
import { COMPARE_STATUS_LABELS } from '../../shared/compare/types';
import { getApi, unwrap } from '../api';
import { Modal } from '../components/Modal';
import { DiffText } from './DiffText';

interface Props {
  draftId: string;
  /** True when the draft was made from last year's report: that report is the base unless another is chosen. */
  hasRolloverBase: boolean;
  /** Saves the open draft first: the comparison reads the saved text. */
  flush: () => Promise<void>;
  /** Jump to a paragraph of this year's draft (by its text) and close the view. */
  onJump: (text: string) => void;
  /** Where paragraphs of the draft came from, by their trimmed text, when inserted from the 素材库 (hover text). */
  readOrigins: () => ReadonlyMap<string, string>;
  onExported: (path: string) => void;
  onClose: () => void;
}

type Base = { kind: 'rollover' } | { kind: 'file'; path: string } | null;

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
const changed = (p: ParagraphComparison) => p.status !== 'unchanged';

/**
 * 对照: this year's draft beside last year's report. Sections aligned by heading and content (moved ones
 * marked), each paragraph 沿用 / 修改 (with the characters changed) / 新增 / 删除, 沿用率 per section and
 * overall; 上一处 / 下一处 walk the changes; a section carried over unchanged is called out. 导出修订版
 * writes the draft as Word with every change as a tracked revision.
 */
export function CompareView({ draftId, hasRolloverBase, flush, onJump, readOrigins, onExported, onClose }: Props) {
  const [base, setBase] = useState<Base>(hasRolloverBase ? { kind: 'rollover' } : null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(-1);
  const list = useRef<HTMLDivElement>(null);
  // Read once per comparison (the draft was saved for it), not on every render of the dialog.
  const readOriginsRef = useRef(readOrigins);
  readOriginsRef.current = readOrigins;
  const origins = useMemo(() => (comparison ? readOriginsRef.current() : new Map<string, string>()), [comparison]);

  const baseInput = useCallback((b: Exclude<Base, null>) => (b.kind === 'file' ? { draftId, basePath: b.path } : { draftId }), [draftId]);

  useEffect(() => {
    if (!base) return;
    let live = true;
    setError(null);
    void (async () => {
      try {
        await flush();
        const result = unwrap(await getApi().compare.run(baseInput(base)));
        if (live) setComparison(result);
      } catch (err) {
        if (live) setError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      live = false;
    };
  }, [base, baseInput, flush]);

  const chooseFile = async () => {
    try {
      const chosen = unwrap(await getApi().compare.chooseBase({}));
      if (chosen.path) setBase({ kind: 'file', path: chosen.path });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const exportDocx = async () => {
    if (!base) return;
    try {
      const result = unwrap(await getApi().compare.exportDocx(baseInput(base)));
      if (result.status === 'written') onExported(result.path);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const step = (direction: 1 | -1) => {
    const changes = list.current ? [...list.current.querySelectorAll<HTMLElement>('[data-change]')] : [];
    if (changes.length === 0) return;
    const next = (current + direction + changes.length) % changes.length;
    setCurrent(next);
    changes.forEach((el, i) => el.classList.toggle('current', i === next));
    changes[next]!.scrollIntoView({ block: 'center' });
  };

  const sections = comparison?.sections ?? [];
  return (
    <Modal label="对照去年" className="compare-view" onClose={onClose}>
      <div className="panel-head">
        <h2>对照去年</h2>
        {comparison && (
          <span className="compare-total" data-testid="compare-reuse">
            沿用率 {percent(comparison.reuse)}
          </span>
        )}
      </div>
      <div className="compare-toolbar">
        <span className="muted">底稿：{base?.kind === 'file' ? base.path : base ? '新建时所用的去年报告' : '未选择'}</span>
        <button type="button" onClick={() => void chooseFile()}>
          选择底稿文件…
        </button>
        <button type="button" disabled={!comparison} onClick={() => step(-1)}>
          上一处
        </button>
        <button type="button" disabled={!comparison} onClick={() => step(1)}>
          下一处
        </button>
        <button type="button" className="primary" disabled={!comparison} onClick={() => void exportDocx()}>
          导出修订版 Word…
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {!base && !error && <p className="muted">这篇文档不是以去年报告为底稿新建的。请选择去年的报告文件作为底稿。</p>}
      <div className="compare-list" ref={list}>
        {sections.map((section, i) => (
          <SectionBlock key={i} section={section} onJump={onJump} origins={origins} />
        ))}
      </div>
    </Modal>
  );
}

function SectionBlock({
  section,
  onJump,
  origins,
}: {
  section: SectionComparison;
  onJump: (text: string) => void;
  origins: ReadonlyMap<string, string>;
}) {
  const heading = section.new ?? section.old ?? '（前言）';
  return (
    <section className={`compare-section status-${section.status}`} aria-label={heading} data-status={section.status}>
      <h3>
        <span className={`compare-badge status-${section.status}`}>{COMPARE_STATUS_LABELS[section.status]}</span>
        {section.old && section.new && section.old !== section.new ? `${section.old} → ${section.new}` : heading}
        {section.moved && <span className="compare-note">（位置调整）</span>}
        <span className="compare-reuse">沿用率 {percent(section.reuse)}</span>
      </h3>
      {section.fullyReused && <p className="compare-callout">本节与去年完全相同，请确认是否需要更新。</p>}
      {section.paragraphs.filter(changed).map((p, j) => (
        <div key={j} className={`compare-paragraph status-${p.status}`} data-change="" data-status={p.status}>
          <span className={`compare-badge status-${p.status}`}>{COMPARE_STATUS_LABELS[p.status]}</span>
          {p.new !== undefined && origins.has(p.new.trim()) && <span className="compare-note">{origins.get(p.new.trim())}</span>}
          {p.status === 'modified' && p.diff ? (
            <DiffText parts={p.diff} />
          ) : (
            <span className={p.status === 'deleted' ? 'diff-delete' : 'diff-insert'}>{p.new ?? p.old}</span>
          )}
          {p.new !== undefined && (
            <button type="button" className="link-button" onClick={() => onJump(p.new!)}>
              到文中
            </button>
          )}
        </div>
      ))}
      {section.paragraphs.some((p) => !changed(p)) && (
        <p className="muted compare-unchanged">沿用 {section.paragraphs.filter((p) => !changed(p)).length} 段</p>
      )}
    </section>
  );
}
