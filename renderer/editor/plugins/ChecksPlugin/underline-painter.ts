import type { LexicalEditor } from 'lexical';
import type { Finding, Severity } from '../../../../shared/checks/types';
import { domRangeInElement } from '../../lib/text-range';

const HIGHLIGHT_NAMES: Readonly<Record<Severity, string>> = {
  error: 'gw-check-error',
  warning: 'gw-check-warning',
  info: 'gw-check-info',
};

interface PaintedParagraph {
  element: HTMLElement;
  text: string;
  signature: string;
  ranges: { range: Range; severity: Severity }[];
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
  private highlights: Record<Severity, Highlight> | null = null;

  constructor(private readonly editor: LexicalEditor) {
    if (!supported()) return;
    this.highlights = { error: new Highlight(), warning: new Highlight(), info: new Highlight() };
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
      CSS.highlights.set(HIGHLIGHT_NAMES[severity], this.highlights[severity]);
    }
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
      const signature = list.map((f) => `${f.start}:${f.end}:${f.severity}`).join(',');
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
        highlights[f.severity].add(range);
        ranges.push({ range, severity: f.severity });
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
    for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
    this.painted.clear();
  }

  private remove(old: PaintedParagraph): void {
    for (const r of old.ranges) this.highlights?.[r.severity].delete(r.range);
  }
}
