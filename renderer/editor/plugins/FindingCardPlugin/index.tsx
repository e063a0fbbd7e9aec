import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CATEGORY_LABELS, type Finding } from '../../../../shared/checks/types';
import type { DocumentAnalysis } from '../../analysis';
import { applyFinding } from '../../lib/editing';
import { domRangeInElement } from '../../lib/text-range';
import { offsetInElement, paragraphKeyAt } from '../../lib/caret';

interface Props {
  analysisRef: MutableRefObject<DocumentAnalysis>;
  onDismiss: (finding: Finding) => void;
}

interface Card {
  finding: Finding;
  key: string;
  left: number;
  top: number;
}

const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

function within(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

/** The hover card over an underlined finding: message, suggestion, 应用 / 忽略. */
export function FindingCardPlugin({ analysisRef, onDismiss }: Props) {
  const [editor] = useLexicalComposerContext();
  const [card, setCard] = useState<Card | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cardRef = useRef<Card | null>(null);
  cardRef.current = card;

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const cancelHide = () => {
      if (hideTimer.current) clearTimeout(hideTimer.current);
      hideTimer.current = null;
    };
    const hideSoon = () => {
      cancelHide();
      hideTimer.current = setTimeout(() => setCard(null), 300);
    };
    const onMove = (e: MouseEvent) => {
      const caret = document.caretRangeFromPoint?.(e.clientX, e.clientY);
      const key = caret ? paragraphKeyAt(editor, caret.startContainer) : null;
      const paragraph = key === null ? null : editor.getElementByKey(key);
      const analysis = analysisRef.current;
      const index = key === null ? -1 : analysis.keys.indexOf(key);
      if (!caret || !key || !paragraph || index < 0) return hideSoon();
      const offset = offsetInElement(paragraph, caret.startContainer, caret.startOffset);
      for (const f of analysis.visible) {
        if (f.paragraph !== index || offset < f.start || offset > f.end) continue;
        const range = domRangeInElement(paragraph, f.start, f.end);
        if (!range || !within(range.getClientRects(), e.clientX, e.clientY)) continue;
        cancelHide();
        const current = cardRef.current;
        if (current && current.finding === f) return;
        const box = range.getBoundingClientRect();
        setCard({ finding: f, key, left: box.left, top: box.bottom + 4 });
        return;
      }
      hideSoon();
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', hideSoon);
    // Typing moves the text under the card: close it. (An update listener, not a text-content one:
    // that would build the whole document's text on every keystroke.)
    const unregister = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (cardRef.current && (dirtyLeaves.size > 0 || dirtyElements.size > 0)) setCard(null);
    });
    return () => {
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', hideSoon);
      unregister();
      cancelHide();
    };
  }, [editor, analysisRef]);

  if (!card) return null;
  const { finding } = card;
  return (
    <div
      className={`finding-card severity-${finding.severity}`}
      role="dialog"
      aria-label="问题详情"
      style={{ left: card.left, top: card.top }}
      onMouseEnter={() => hideTimer.current && clearTimeout(hideTimer.current)}
      onMouseLeave={() => setCard(null)}
    >
      <div className="finding-card-head">
        <span className={`severity-badge severity-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
        <span>{CATEGORY_LABELS[finding.category]}</span>
      </div>
      <p className="finding-card-message">{finding.message}</p>
      {finding.suggestion !== undefined && (
        <p className="finding-card-suggestion">
          建议：{finding.suggestion === '' ? '删除“' + finding.text + '”' : `“${finding.text}” → “${finding.suggestion}”`}
        </p>
      )}
      <div className="finding-card-actions">
        {finding.suggestion !== undefined && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              applyFinding(editor, card.key, finding);
              setCard(null);
            }}
          >
            应用
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            onDismiss(finding);
            setCard(null);
          }}
        >
          忽略
        </button>
      </div>
    </div>
  );
}
