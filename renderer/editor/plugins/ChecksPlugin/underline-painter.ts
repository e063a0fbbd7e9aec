import type { LexicalEditor } from 'lexical';
import type { Finding, Severity } from '../../../../shared/checks/types';
import { domRangeInElement } from '../../lib/text-range';

type Paint = Severity | 'guidance';

const HIGHLIGHT_NAMES: Readonly<Record<Paint, string>> = {
  error: 'gw-check-error',
  warning: 'gw-check-warning',
  info: 'gw-check-info',
  // Template guidance (【简述……】): greyed, not underlined; it is never exported.
  guidance: 'gw-guidance',
};

/** The rule id shared/checks gives template guidance text. */
export const GUIDANCE_RULE = 'placeholder/guidance';

const paintOf = (f: Finding): Paint => (f.rule === GUIDANCE_RULE ? 'guidance' : f.severity);

interface PaintedParagraph {
  element: HTMLElement;
  text: string;
  signature: string;
  ranges: { range: Range; paint: Paint }[];
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/**
 * Underlines findings with the CSS Custom Highlight API: the editor's DOM and state are never touched,
 * so underlines cannot disturb typing, IME composition or undo. Ranges are kept per paragraph and only
 * rebuilt for paragraphs whose text, DOM element or findings changed, so a keystroke repaints one
 * paragraph, not the document.
 */
export class UnderlinePainter {
  private painted = new Map<string, PaintedParagraph>();
  private highlights: Record<Paint, Highlight> | null = null;

  constructor(private readonly editor: LexicalEditor) {
    if (!supported()) return;
    this.highlights = { error: new Highlight(), warning: new Highlight(), info: new Highlight(), guidance: new Highlight() };
    for (const paint of Object.keys(HIGHLIGHT_NAMES) as Paint[]) CSS.highlights.set(HIGHLIGHT_NAMES[paint], this.highlights[paint]);
  }

  paint(keys: readonly string[], texts: readonly string[], findings: readonly Finding[]): void {
    const highlights = this.highlights;
    if (!highlights) return;
    const byParagraph = new Map<number, Finding[]>();
    for (const f of findings) {
      const list = byParagraph.get(f.paragraph);
      if (list) list.push(f);
      else byParagraph.set(f.paragraph, [f]);
    }
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      seen.add(key);
      const list = byParagraph.get(i) ?? [];
      const element = this.editor.getElementByKey(key);
      const text = texts[i] ?? '';
      const signature = list.map((f) => `${f.start}:${f.end}:${paintOf(f)}`).join(',');
      const old = this.painted.get(key);
      if (
        old &&
        old.element === element &&
        old.text === text &&
        old.signature === signature &&
        old.ranges.every((r) => !r.range.collapsed && r.range.startContainer.isConnected)
      ) {
        return;
      }
      if (old) this.remove(old);
      if (!element || list.length === 0) {
        this.painted.delete(key);
        return;
      }
      const ranges: PaintedParagraph['ranges'] = [];
      for (const f of list) {
        if (f.end <= f.start) continue;
        const range = domRangeInElement(element, f.start, f.end);
        if (!range) continue;
        const paint = paintOf(f);
        highlights[paint].add(range);
        ranges.push({ range, paint });
      }
      this.painted.set(key, { element, text, signature, ranges });
    });
    for (const [key, old] of this.painted) {
      if (!seen.has(key)) {
        this.remove(old);
        this.painted.delete(key);
      }
    }
  }

  dispose(): void {
    if (!this.highlights) return;
    for (const paint of Object.keys(HIGHLIGHT_NAMES) as Paint[]) CSS.highlights.delete(HIGHLIGHT_NAMES[paint]);
    this.painted.clear();
  }

  private remove(old: PaintedParagraph): void {
    for (const r of old.ranges) this.highlights?.[r.paint].delete(r.range);
  }
}
