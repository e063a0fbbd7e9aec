import { memo, useState } from 'react';
import { ruleClause } from '../../shared/checks/rule-catalogue';
import type { LexicalEditor } from 'lexical';
import { CATEGORY_LABELS, CHECK_CATEGORIES, type CheckCategory, type Finding } from '../../shared/checks/types';
import type { DocumentAnalysis } from '../editor/analysis';
import { FindingText } from './FindingText';
import { applyFinding, selectSpan } from '../editor/lib/editing';
import { renumberAndReport } from './renumber';
import { useToast } from '../components/toast-context';
import { dismissLabel } from './dismiss-label';

interface Props {
  editor: LexicalEditor | null;
  analysis: DocumentAnalysis;
  dismissedCount: number;
  onDismiss: (finding: Finding) => void;
  onRestoreDismissed: () => void;
}

const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;
/** Long groups (a redacted report has hundreds of X) show this many until 显示全部. */
const GROUP_PAGE = 30;

/** 检查结果: findings grouped by category with counts; click to jump, 应用 a fix, 忽略 (per draft). */
export const ProblemsPanel = memo(function ProblemsPanel({ editor, analysis, dismissedCount, onDismiss, onRestoreDismissed }: Props) {
  const toast = useToast();
  const [closed, setClosed] = useState<ReadonlySet<CheckCategory>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<CheckCategory>>(new Set());
  const groups = CHECK_CATEGORIES.map((category) => ({
    category,
    findings: analysis.visible.filter((f) => f.category === category),
  })).filter((g) => g.findings.length > 0);
  const count = (severity: Finding['severity']) => analysis.visible.filter((f) => f.severity === severity).length;

  const jump = (f: Finding) => {
    const key = analysis.keys[f.paragraph];
    if (editor && key) selectSpan(editor, key, f.start, f.end);
  };
  const apply = (f: Finding) => {
    const key = analysis.keys[f.paragraph];
    if (!editor || !key) return;
    if (!applyFinding(editor, key, f)) toast.message('这段文字已经改动，请重新检查后再应用');
  };
  const toggle = (set: ReadonlySet<CheckCategory>, category: CheckCategory) => {
    const next = new Set(set);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    return next;
  };

  return (
    <section className="panel problems-panel" aria-label="检查结果">
      <div className="panel-head">
        <h2>检查结果</h2>
        <span className="problem-totals" data-testid="problem-totals">
          <span className="severity-error">错误 {count('error')}</span>
          <span className="severity-warning">警告 {count('warning')}</span>
          <span className="severity-info">提示 {count('info')}</span>
        </span>
      </div>
      <p className="muted year-line">
        文档年份：{analysis.year ?? '未识别（过时表述检查未启用）'}
        {dismissedCount > 0 && (
          <button type="button" className="link-button" onClick={onRestoreDismissed}>
            恢复已忽略的 {dismissedCount} 项
          </button>
        )}
      </p>
      {groups.length === 0 && <p className="empty-hint">没有发现问题。</p>}
      {groups.map(({ category, findings }) => {
        const isClosed = closed.has(category);
        const shown = expanded.has(category) ? findings : findings.slice(0, GROUP_PAGE);
        return (
          <div key={category} className="problem-group" data-category={category}>
            <button
              type="button"
              className="problem-group-head"
              aria-expanded={!isClosed}
              onClick={() => setClosed((s) => toggle(s, category))}
            >
              {isClosed ? '▸' : '▾'} {CATEGORY_LABELS[category]} <span className="problem-count">{findings.length}</span>
            </button>
            {category === 'numbering' && !isClosed && (
              <button
                type="button"
                className="renumber-all"
                onClick={() => renumberAndReport(editor, toast.message)}
              >
                全部重新编号
              </button>
            )}
            {!isClosed && (
              <ul className="problem-list">
                {shown.map((f) => (
                  <li key={`${f.paragraph}:${f.start}:${f.end}:${f.rule}`} className={`problem severity-${f.severity}`}>
                    <button type="button" className="problem-jump" onClick={() => jump(f)} title="跳到此处">
                      <span className={`severity-badge severity-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                      <FindingText finding={f} paragraph={analysis.paragraphs[f.paragraph]?.text ?? ''} />
                      <span className="problem-message" title={`${f.rule} · ${ruleClause(f.rule)}`}>
                        {f.message}
                      </span>
                      <span className="problem-where">第 {f.paragraph + 1} 段</span>
                    </button>
                    <span className="problem-actions">
                      {f.suggestion !== undefined && (
                        <button type="button" onClick={() => apply(f)} title={f.suggestion === '' ? '删除' : `改为“${f.suggestion}”`}>
                          应用
                        </button>
                      )}
                      <button type="button" onClick={() => onDismiss(f)}>
                        {dismissLabel(f)}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {!isClosed && shown.length < findings.length && (
              <button type="button" className="link-button" onClick={() => setExpanded((s) => toggle(s, category))}>
                显示全部 {findings.length} 项
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
});
