import { startTransition, useEffect, useRef, type MutableRefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IncrementalChecker } from '../../../../shared/checks/engine';
import type { CompiledTifa } from '../../../../shared/checks/tifa-table';
import { withoutDismissed } from '../../../../shared/checks/dismissal';
import { DEFAULT_HOUSE_STYLE, findHouseStyle } from '../../../../shared/checks/house-style';
import { buildOutline } from '../../../../shared/outline/outline';
import { countWords } from '../../../../shared/text/word-count';
import { readKeyedParagraphs, type DocumentAnalysis } from '../../analysis';
import { UnderlinePainter } from './underline-painter';

interface Props {
  /** The writer's year for this draft; null = detect it from the title or date line. */
  yearOverride: number | null;
  /** The draft's house style (单位规范) id; null = the default. */
  houseStyle: string | null;
  dismissed: ReadonlySet<string>;
  /** Figures 待更新 after a rollover: the same Set until it changes (the checker's cache keys on it). */
  pendingFigures: ReadonlySet<string>;
  /** Always the latest analysis (for F8 and the hover card, which must not act on stale offsets). */
  analysisRef: MutableRefObject<DocumentAnalysis>;
  /** The panels' copy, delivered when typing pauses. */
  onAnalysis: (analysis: DocumentAnalysis) => void;
  /** The compiled 提法 table; the built-in one when absent. A new table clears the checker's cache. */
  tifa: CompiledTifa | undefined;
}

/** Re-check once typing pauses this long: the checker itself is incremental, this keeps it off the
 *  keystroke path while the writer types a burst. */
const CHECK_DELAY_MS = 90;
/** …but never later than this after the first unchecked edit. */
const MAX_WAIT_MS = 250;
/** The panels follow when typing pauses this long. */
const PANEL_DELAY_MS = 200;

/**
 * Live checks and outline. After each edit (never during IME composition) the incremental checker
 * re-checks only the paragraphs whose text or role changed, plus the cheap heading-sequence pass; the
 * findings are underlined in place and handed to the app for the outline and problems panels.
 */
export function ChecksPlugin({ yearOverride, houseStyle, dismissed, pendingFigures, analysisRef, onAnalysis, tifa }: Props) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ yearOverride, houseStyle, dismissed, pendingFigures, onAnalysis, tifa });
  latest.current = { yearOverride, houseStyle, dismissed, pendingFigures, onAnalysis, tifa };
  const runRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const checker = new IncrementalChecker();
    const painter = new UnderlinePainter(editor);
    const wordCounts = new WordCountCache();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let reportTimer: ReturnType<typeof setTimeout> | null = null;
    // The first analysis (opening the draft) and those after a panel action show at once.
    let reportImmediately = true;

    const run = () => {
      timer = null;
      if (editor.isComposing()) {
        schedule();
        return;
      }
      const { keys, paragraphs } = readKeyedParagraphs(editor.getEditorState());
      const { yearOverride: override, houseStyle: styleId, dismissed: ignored, pendingFigures: pending, onAnalysis: report, tifa: table } = latest.current;
      // findHouseStyle returns the same object for an id, so the checker's cache survives re-renders.
      const style = (styleId !== null ? findHouseStyle(styleId) : null) ?? DEFAULT_HOUSE_STYLE;
      const result = checker.check(paragraphs, {
        style,
        pendingFigures: pending,
        ...(override === null ? {} : { year: override }),
        ...(table ? { tifa: table } : {}),
      });
      const texts = paragraphs.map((p) => p.text);
      const visible = withoutDismissed(result.findings, texts, ignored);
      painter.paint(keys, texts, visible);
      const outline = buildOutline(paragraphs, wordCounts.count);
      wordCounts.keepOnly(texts);
      // The underlines are on screen already. The panels (hundreds of list items) re-render once typing
      // pauses, as a transition React interrupts for the next keystroke.
      const analysis: DocumentAnalysis = { keys, paragraphs, year: result.year, findings: result.findings, visible, outline };
      // F8 and the hover card read this at once; only the panels wait.
      analysisRef.current = analysis;
      if (reportTimer !== null) clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        reportTimer = null;
        startTransition(() => report(analysis));
      }, reportImmediately ? 0 : PANEL_DELAY_MS);
      reportImmediately = false;
    };
    // Debounced: while the writer types steadily nothing but Lexical runs on a keystroke; the check
    // follows a short pause, or MAX_WAIT_MS after the first pending edit during a long burst.
    let firstPending = 0;
    const schedule = () => {
      const now = performance.now();
      if (timer === null) firstPending = now;
      else clearTimeout(timer);
      const wait = Math.max(0, Math.min(CHECK_DELAY_MS, firstPending + MAX_WAIT_MS - now));
      timer = setTimeout(run, wait);
    };
    runRef.current = () => {
      reportImmediately = true;
      run();
    };

    // The first pass waits for the paragraphs' DOM, which the underlines are painted on.
    schedule();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      // Selection-only updates change nothing the checker reads.
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      schedule();
    });
    const onCompositionEnd = () => schedule();
    const root = editor.getRootElement();
    root?.addEventListener('compositionend', onCompositionEnd);
    return () => {
      unregister();
      root?.removeEventListener('compositionend', onCompositionEnd);
      if (timer) clearTimeout(timer);
      if (reportTimer) clearTimeout(reportTimer);
      painter.dispose();
      runRef.current = () => undefined;
    };
  }, [editor, analysisRef]);

  // A new year, house style, dismissal, confirmed figure or 提法 table re-checks at once.
  useEffect(() => {
    runRef.current();
  }, [yearOverride, houseStyle, dismissed, pendingFigures, tifa]);

  return null;
}

/** 字数 per paragraph text, so the outline's section counts cost a look-up for unchanged paragraphs. */
class WordCountCache {
  private counts = new Map<string, number>();
  readonly count = (text: string): number => {
    let n = this.counts.get(text);
    if (n === undefined) this.counts.set(text, (n = countWords(text)));
    return n;
  };
  keepOnly(texts: readonly string[]): void {
    if (this.counts.size <= texts.length * 2) return;
    const keep = new Set(texts);
    for (const text of this.counts.keys()) if (!keep.has(text)) this.counts.delete(text);
  }
}
