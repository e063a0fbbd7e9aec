import { memo, useMemo, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { acceptEdit, checklistItems, isOpen, type ChecklistItem } from '../../shared/rollover/checklist';
import { TIME_REFERENCE_KIND_LABELS, TIME_REFERENCE_KINDS, type TimeReferenceKind } from '../../shared/rollover/time-references';
import { useToast } from '../components/toast-context';
import type { DocumentAnalysis } from '../editor/analysis';
import { applyTextEdits, selectSpan } from '../editor/lib/editing';
import type { RolloverState } from './use-rollover';

interface Props {
  editor: LexicalEditor | null;
  analysis: DocumentAnalysis;
  rollover: RolloverState;
  /** Opens 检查结果 (where the stale wording and figures are listed). */
  onShowProblems: () => void;
  /** Opens 对照去年. */
  onCompare: () => void;
}

const STATE_LABELS = { pending: '待处理', accepted: '已接受', kept: '不改', rewritten: '已改写' } as const;

/**
 * 年份与时效清单: the base report's time references, each with its proposal and reason. 接受 changes
 * the text (all accepted at once are one undo step); 不改 and 已核对 are remembered with the draft.
 * Periods, cited titles and historical years are listed apart: they stay as they are.
 */
export const ChecklistPanel = memo(function ChecklistPanel({ editor, analysis, rollover, onShowProblems, onCompare }: Props) {
  const toast = useToast();
  const { base, plan, baseParagraphs, kept } = rollover;
  const [edited, setEdited] = useState<ReadonlyMap<string, string>>(new Map());
  const [showKeep, setShowKeep] = useState(false);
  const items = useMemo(
    () => (plan ? checklistItems(baseParagraphs, plan.references, analysis.paragraphs, kept) : []),
    [plan, baseParagraphs, analysis.paragraphs, kept],
  );
  if (!base || !plan) return null;

  const open = items.filter(isOpen);
  const staleCount = analysis.visible.filter((f) => f.category === 'stale').length;
  const figureCount = analysis.visible.filter((f) => f.rule === 'placeholder/figure').length;
  const replacementOf = (item: ChecklistItem) => edited.get(item.reference.id) ?? item.reference.replacement;

  const accept = (list: readonly ChecklistItem[]) => {
    if (!editor) return;
    const edits = list.flatMap((item) => {
      const edit = acceptEdit(item, replacementOf(item));
      return edit ? [{ ...edit, expected: item.reference.text }] : [];
    });
    const made = applyTextEdits(editor, analysis.keys, edits);
    if (made < edits.length) toast.message(`有 ${edits.length - made} 处原文已改动，未替换`);
  };
  const jump = (item: ChecklistItem) => {
    const key = item.at ? analysis.keys[item.at.paragraph] : undefined;
    if (editor && key && item.at) selectSpan(editor, key, item.at.start, item.at.end);
  };
  const replaceable = (list: readonly ChecklistItem[]) => list.filter((i) => i.state === 'pending' && i.reference.action === 'replace');

  const groups = TIME_REFERENCE_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.reference.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  const acting = groups.filter((g) => g.items.some((i) => i.reference.action !== 'keep'));
  const keeping = groups.filter((g) => g.items.every((i) => i.reference.action === 'keep'));

  return (
    <section className="panel checklist-panel" aria-label="年份与时效清单">
      <div className="panel-head">
        <h2>年份与时效清单</h2>
        <button type="button" className="primary" disabled={replaceable(items).length === 0} onClick={() => accept(replaceable(items))}>
          全部接受
        </button>
      </div>
      <p className="muted checklist-summary" data-testid="checklist-summary">
        以“{base.sourceName}”为底稿：{base.fromYear}年 → {base.toYear}年。待处理 {open.length} 处
        {staleCount > 0 || figureCount > 0 ? (
          <button type="button" className="link-button" onClick={onShowProblems}>
            过时表述 {staleCount} 处、待更新数字 {figureCount} 处（F8）
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={onCompare}>
          对照去年…
        </button>
      </p>
      {acting.map(({ kind, items: list }) => (
        <KindGroup
          key={kind}
          kind={kind}
          items={list}
          replacementOf={replacementOf}
          onEdit={(id, text) => setEdited((m) => new Map(m).set(id, text))}
          onAccept={accept}
          onKeep={(ids) => rollover.keep(ids)}
          onJump={jump}
        />
      ))}
      <button type="button" className="problem-group-head" aria-expanded={showKeep} onClick={() => setShowKeep((v) => !v)}>
        不改的年份 <span className="problem-count">{keeping.reduce((n, g) => n + g.items.length, 0)}</span>
      </button>
      {showKeep &&
        keeping.map(({ kind, items: list }) => (
          <KindGroup key={kind} kind={kind} items={list} replacementOf={replacementOf} onEdit={() => undefined} onAccept={accept} onKeep={() => undefined} onJump={jump} />
        ))}
    </section>
  );
});

interface GroupProps {
  kind: TimeReferenceKind;
  items: readonly ChecklistItem[];
  replacementOf: (item: ChecklistItem) => string | undefined;
  onEdit: (id: string, text: string) => void;
  onAccept: (items: readonly ChecklistItem[]) => void;
  onKeep: (ids: string[]) => void;
  onJump: (item: ChecklistItem) => void;
}

function KindGroup({ kind, items, replacementOf, onEdit, onAccept, onKeep, onJump }: GroupProps) {
  const pending = items.filter((i) => i.state === 'pending');
  const replace = pending.filter((i) => i.reference.action === 'replace');
  const review = pending.filter((i) => i.reference.action === 'review');
  return (
    <div className="problem-group checklist-group" data-kind={kind}>
      <div className="checklist-group-head">
        <strong>{TIME_REFERENCE_KIND_LABELS[kind]}</strong>
        <span className="problem-count">{items.length}</span>
        {replace.length > 0 && (
          <button type="button" className="link-button" onClick={() => onAccept(replace)}>
            接受本类 {replace.length} 处
          </button>
        )}
        {review.length > 0 && (
          <button type="button" className="link-button" onClick={() => onKeep(review.map((i) => i.reference.id))}>
            本类全部已核对
          </button>
        )}
      </div>
      <ul className="problem-list">
        {items.map((item) => (
          <li key={item.reference.id} className={`problem checklist-item state-${item.state}`} data-state={item.state}>
            <button type="button" className="problem-jump" disabled={!item.at} onClick={() => onJump(item)}>
              <span className="problem-text">
                <strong>{item.reference.text}</strong>
                {item.reference.action === 'replace' && <> → {replacementOf(item)}</>}
              </span>
              <span className="problem-where">{item.state === 'kept' && item.reference.action === 'review' ? '已核对' : STATE_LABELS[item.state]}</span>
              <span className="problem-message">{item.reference.reason}</span>
            </button>
            {item.state === 'pending' && item.reference.action !== 'keep' && (
              <span className="problem-actions">
                {item.reference.action === 'replace' && (
                  <>
                    <input
                      aria-label={`改为（${item.reference.text}）`}
                      className="checklist-edit"
                      value={replacementOf(item) ?? ''}
                      onChange={(e) => onEdit(item.reference.id, e.target.value)}
                    />
                    <button type="button" onClick={() => onAccept([item])}>
                      接受
                    </button>
                  </>
                )}
                <button type="button" onClick={() => onKeep([item.reference.id])}>
                  {item.reference.action === 'review' ? '已核对' : '不改'}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
