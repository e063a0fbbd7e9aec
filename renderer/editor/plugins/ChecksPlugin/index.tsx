import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IncrementalChecker } from '../../../../shared/checks/engine';
import { withoutDismissed } from '../../../../shared/checks/dismissal';
import { buildOutline } from '../../../../shared/outline/outline';
import { readKeyedParagraphs, type DocumentAnalysis } from '../../analysis';
import { UnderlinePainter } from './underline-painter';

interface Props {
  /** The writer's year for this draft; null = detect it from the title or date line. */
  yearOverride: number | null;
  dismissed: ReadonlySet<string>;
  onAnalysis: (analysis: DocumentAnalysis) => void;
}

/** Re-check shortly after typing pauses: the checker itself is incremental, this only coalesces bursts. */
const CHECK_DELAY_MS = 40;

/**
 * Live checks and outline. After each edit (never during IME composition) the incremental checker
 * re-checks only the paragraphs whose text or role changed, plus the cheap heading-sequence pass; the
 * findings are underlined in place and handed to the app for the outline and problems panels.
 */
export function ChecksPlugin({ yearOverride, dismissed, onAnalysis }: Props) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef({ yearOverride, dismissed, onAnalysis });
  latest.current = { yearOverride, dismissed, onAnalysis };
  const runRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    const checker = new IncrementalChecker();
    const painter = new UnderlinePainter(editor);
    let timer: ReturnType<typeof setTimeout> | null = null;

    const run = () => {
      timer = null;
      if (editor.isComposing()) {
        schedule();
        return;
      }
      const { keys, paragraphs } = readKeyedParagraphs(editor.getEditorState());
      const { yearOverride: override, dismissed: ignored, onAnalysis: report } = latest.current;
      const result = checker.check(paragraphs, override === null ? {} : { year: override });
      const texts = paragraphs.map((p) => p.text);
      const visible = withoutDismissed(result.findings, texts, ignored);
      painter.paint(keys, texts, visible);
      report({ keys, paragraphs, year: result.year, findings: result.findings, visible, outline: buildOutline(paragraphs) });
    };
    const schedule = () => {
      if (timer === null) timer = setTimeout(run, CHECK_DELAY_MS);
    };
    runRef.current = run;

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
      painter.dispose();
      runRef.current = () => undefined;
    };
  }, [editor]);

  // A new year or a new dismissal re-checks at once.
  useEffect(() => {
    runRef.current();
  }, [yearOverride, dismissed]);

  return null;
}
