import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import { stripGuidance } from '../../shared/document/guidance';
import type { DocParagraph } from '../../shared/document/roles';
import { readKeyedParagraphs } from '../editor/analysis';

/** Undoes a prepared print: the page view prints again as it is on screen. */
export type ReleasePrint = () => void;

export interface PrintView {
  /** Render where the editor is: nothing on screen; while a print is prepared, the page printed instead of the editor. */
  element: ReactNode;
  /**
   * Puts the document as it is exported (writing prompts taken out by stripGuidance, as in the Word
   * export) in place of the editor for printing, and resolves once it is on the page.
   */
  prepare: () => Promise<ReleasePrint>;
}

/**
 * The PDF export prints the window (Chromium's print to PDF, through the print CSS). The editor itself
 * holds the template's 【……】 prompts, which an export must never contain, and hiding them in place
 * would leave their lines blank and "：。" seams; so the print is made from a copy of the paragraphs
 * with the prompts stripped, laid out by the same print CSS as the page view (`.print-document`).
 */
export function usePrintView(editor: LexicalEditor | null): PrintView {
  const [paragraphs, setParagraphs] = useState<DocParagraph[] | null>(null);
  const rendered = useRef<(() => void) | null>(null);

  useLayoutEffect(() => {
    if (!paragraphs) return;
    rendered.current?.();
    rendered.current = null;
  }, [paragraphs]);

  const prepare = useCallback(async (): Promise<ReleasePrint> => {
    if (!editor) return () => undefined;
    const exported = stripGuidance(readKeyedParagraphs(editor.getEditorState()).paragraphs);
    await new Promise<void>((resolve) => {
      rendered.current = resolve;
      setParagraphs(exported);
    });
    return () => setParagraphs(null);
  }, [editor]);

  const element = paragraphs && (
    <div className="print-document editor-content" aria-hidden="true">
      {paragraphs.map((p, i) => (
        <p key={i} className={`gw-paragraph gw-role-${p.role}`}>
          {p.text || <br />}
        </p>
      ))}
    </div>
  );
  return { element, prepare };
}
