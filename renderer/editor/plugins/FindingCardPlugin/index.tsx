import { useEffect, useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import { createPortal } from 'react-dom';
import type { LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CATEGORY_LABELS, type Finding } from '../../../../shared/checks/types';
import type { DocumentAnalysis } from '../../analysis';
import { dismissLabel } from '../../../panels/dismiss-label';
import { applyFinding } from '../../lib/editing';
import { domRangeInElement } from '../../lib/text-range';
import { offsetInElement, paragraphKeyAt } from '../../lib/caret';
import { inSafeZone, insideRect, placeCard, type Point, type Rect } from './geometry';

interface Props {
  analysisRef: MutableRefObject<DocumentAnalysis>;
  onDismiss: (finding: Finding) => void;
}

/** The finding under the pointer: its paragraph's key and where its word is on screen. */
interface Hover {
  finding: Finding;
  key: string;
  word: Rect;
}

const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

/** How long the card outlives the pointer leaving both it and its word (a wobble does not close it). */
const HIDE_DELAY_MS = 300;
/**
 * How long the pointer may rest on the way to the card (over another underlined word) before that
 * word takes the card over: moving on keeps the card; stopping there means the writer wants that word.
 */
const SAFE_ZONE_REST_MS = 400;

const sameFinding = (a: Hover, b: Hover) =>
  a.key === b.key && a.finding.rule === b.finding.rule && a.finding.start === b.finding.start && a.finding.end === b.finding.end;

/** The underlined finding under a screen point, if any (only the glyphs of its word count, not the line gap). */
function findingAt(editor: LexicalEditor, analysis: DocumentAnalysis, p: Point): Hover | null {
  const caret = document.caretRangeFromPoint?.(p.x, p.y);
  const root = editor.getRootElement();
  if (!caret || !root || !root.contains(caret.startContainer)) return null;
  const key = paragraphKeyAt(editor, caret.startContainer);
  const paragraph = key === null ? null : editor.getElementByKey(key);
  const index = key === null ? -1 : analysis.keys.indexOf(key);
  if (!key || !paragraph || index < 0) return null;
  const offset = offsetInElement(paragraph, caret.startContainer, caret.startOffset);
  for (const finding of analysis.visible) {
    if (finding.paragraph !== index || offset < finding.start || offset > finding.end) continue;
    const range = domRangeInElement(paragraph, finding.start, finding.end);
    if (!range || ![...range.getClientRects()].some((r) => insideRect(r, p))) continue;
    const box = range.getBoundingClientRect();
    return { finding, key, word: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };
  }
  return null;
}

/**
 * The hover card over an underlined finding: message, suggestion, 应用 / 忽略. It is rendered into
 * <body> (the editor area's CSS containment would otherwise make it its containing block and clip
 * it), placed under or over its word inside the window, and it stays while the pointer travels to it.
 */
export function FindingCardPlugin({ analysisRef, onDismiss }: Props) {
  const [editor] = useLexicalComposerContext();
  const [card, setCard] = useState<Hover | null>(null);
  const [place, setPlace] = useState<{ card: Hover; left: number; top: number } | null>(null);
  const cardRef = useRef<Hover | null>(null);
  cardRef.current = card;
  const cardElement = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let hideTimer: ReturnType<typeof setTimeout> | null = null;
    let restTimer: ReturnType<typeof setTimeout> | null = null;
    const cancelTimers = () => {
      if (hideTimer) clearTimeout(hideTimer);
      if (restTimer) clearTimeout(restTimer);
      hideTimer = restTimer = null;
    };
    const hideSoon = () => {
      if (restTimer) clearTimeout(restTimer);
      restTimer = null;
      if (!cardRef.current) return;
      hideTimer ??= setTimeout(() => {
        hideTimer = null;
        setCard(null);
      }, HIDE_DELAY_MS);
    };
    const show = (hover: Hover) => {
      cancelTimers();
      const current = cardRef.current;
      if (!current || !sameFinding(current, hover)) setCard(hover);
    };
    // What is under the pointer decides, with no regard for where it came from.
    const settle = (p: Point, target: EventTarget | null) => {
      if (target instanceof Node && cardElement.current?.contains(target)) return cancelTimers();
      const hover = findingAt(editor, analysisRef.current, p);
      if (hover) show(hover);
      else hideSoon();
    };
    const onMove = (e: MouseEvent) => {
      const p = { x: e.clientX, y: e.clientY };
      const current = cardRef.current;
      const element = cardElement.current;
      if (!current || !element) return settle(p, e.target);
      if (element.contains(e.target as Node)) return cancelTimers();
      const hover = findingAt(editor, analysisRef.current, p);
      if (hover && sameFinding(hover, current)) return cancelTimers();
      if (inSafeZone(current.word, element.getBoundingClientRect(), p)) {
        // On the way from the word to the card: keep it, unless the pointer comes to rest here.
        if (hideTimer) clearTimeout(hideTimer);
        hideTimer = null;
        if (restTimer) clearTimeout(restTimer);
        const target = e.target;
        restTimer = setTimeout(() => {
          restTimer = null;
          settle(p, target);
        }, SAFE_ZONE_REST_MS);
        return;
      }
      if (hover) show(hover);
      else hideSoon();
    };
    // The text under a fixed card moves when the page scrolls: close it rather than leave it behind.
    const onScroll = (e: Event) => {
      if (cardRef.current && !(e.target instanceof Node && cardElement.current?.contains(e.target))) setCard(null);
    };
    document.addEventListener('mousemove', onMove);
    document.documentElement.addEventListener('mouseleave', hideSoon);
    document.addEventListener('scroll', onScroll, true);
    // Typing moves the text under the card: close it. (An update listener, not a text-content one:
    // that would build the whole document's text on every keystroke.)
    const unregister = editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (cardRef.current && (dirtyLeaves.size > 0 || dirtyElements.size > 0)) setCard(null);
    });
    return () => {
      document.removeEventListener('mousemove', onMove);
      document.documentElement.removeEventListener('mouseleave', hideSoon);
      document.removeEventListener('scroll', onScroll, true);
      unregister();
      cancelTimers();
    };
  }, [editor, analysisRef]);

  // Measured at its natural size (drawn hidden at the window's top left), then placed before paint.
  useLayoutEffect(() => {
    const element = cardElement.current;
    if (!card || !element) return setPlace(null);
    const size = element.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    setPlace({ card, ...placeCard(card.word, { width: size.width, height: size.height }, viewport) });
  }, [card]);

  if (!card) return null;
  const { finding } = card;
  const placed = place?.card === card ? place : null;
  return createPortal(
    <div
      ref={cardElement}
      className={`finding-card severity-${finding.severity}`}
      role="dialog"
      aria-label="问题详情"
      style={placed ? { left: placed.left, top: placed.top } : { left: 0, top: 0, visibility: 'hidden' }}
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
          {dismissLabel(finding)}
        </button>
      </div>
    </div>,
    document.body,
  );
}
