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

/** Paragraphs this far outside the viewport are painted too, so scrolling never shows a bare line. */
const VIEWPORT_MARGIN = '1200px 0px';

interface Wanted {
  element: HTMLElement;
  text: string;
  signature: string;
  findings: Finding[];
}

interface Painted {
  signature: string;
  element: HTMLElement;
  text: string;
  ranges: { range: Range; paint: Paint }[];
}

const supported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' && typeof IntersectionObserver !== 'undefined';

/**
 * Underlines findings with the CSS Custom Highlight API: the editor's DOM and state are never touched,
 * so underlines cannot disturb typing, IME composition or undo.
 *
 * Chromium revalidates every registered highlight range when the DOM changes, so a 50,000-character
 * report with hundreds of redaction placeholders would pay for all of them on every keystroke
 * (measured: ~8 ms of style and paint work per key). Only paragraphs near the viewport carry ranges:
 * an IntersectionObserver adds them as paragraphs scroll into view and takes them away as they leave.
 * Ranges are rebuilt only for paragraphs whose text, DOM element or findings changed.
 */
export class UnderlinePainter {
  private wanted = new Map<string, Wanted>();
  private painted = new Map<string, Painted>();
  private visible = new Set<HTMLElement>();
  private keyOfElement = new WeakMap<HTMLElement, string>();
  private highlights: Record<Paint, Highlight> | null = null;
  private observer: IntersectionObserver | null = null;

  constructor(private readonly editor: LexicalEditor) {
    if (!supported()) return;
    this.highlights = { error: new Highlight(), warning: new Highlight(), info: new Highlight(), guidance: new Highlight() };
    for (const paint of Object.keys(HIGHLIGHT_NAMES) as Paint[]) CSS.highlights.set(HIGHLIGHT_NAMES[paint], this.highlights[paint]);
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          if (entry.isIntersecting) this.visible.add(element);
          else this.visible.delete(element);
          const key = this.keyOfElement.get(element);
          if (key !== undefined) this.sync(key);
        }
      },
      { rootMargin: VIEWPORT_MARGIN },
    );
  }

  paint(keys: readonly string[], texts: readonly string[], findings: readonly Finding[]): void {
    if (!this.highlights) return;
    const byParagraph = new Map<number, Finding[]>();
    for (const f of findings) {
      if (f.end <= f.start) continue;
      const list = byParagraph.get(f.paragraph);
      if (list) list.push(f);
      else byParagraph.set(f.paragraph, [f]);
    }
    const seen = new Set<string>();
    for (const [i, list] of byParagraph) {
      const key = keys[i];
      const element = key === undefined ? null : this.editor.getElementByKey(key);
      if (key === undefined || !element) continue;
      seen.add(key);
      const signature = list.map((f) => `${f.start}:${f.end}:${paintOf(f)}`).join(',');
      const old = this.wanted.get(key);
      if (old && old.element !== element) this.unobserve(old.element);
      if (!old || old.element !== element) {
        this.keyOfElement.set(element, key);
        this.observer!.observe(element);
      }
      this.wanted.set(key, { element, text: texts[i] ?? '', signature, findings: list });
      this.sync(key);
    }
    for (const [key, old] of this.wanted) {
      if (seen.has(key)) continue;
      this.unobserve(old.element);
      this.wanted.delete(key);
      this.sync(key);
    }
  }

  dispose(): void {
    this.observer?.disconnect();
    if (!this.highlights) return;
    for (const paint of Object.keys(HIGHLIGHT_NAMES) as Paint[]) CSS.highlights.delete(HIGHLIGHT_NAMES[paint]);
    this.painted.clear();
    this.wanted.clear();
  }

  private unobserve(element: HTMLElement): void {
    this.observer?.unobserve(element);
    this.visible.delete(element);
  }

  /** Makes the ranges of one paragraph match what is wanted and visible. */
  private sync(key: string): void {
    const want = this.wanted.get(key);
    const show = want !== undefined && this.visible.has(want.element);
    const old = this.painted.get(key);
    if (
      show &&
      old &&
      old.element === want.element &&
      old.text === want.text &&
      old.signature === want.signature &&
      old.ranges.every((r) => !r.range.collapsed && r.range.startContainer.isConnected)
    ) {
      return;
    }
    if (old) {
      for (const r of old.ranges) this.highlights?.[r.paint].delete(r.range);
      this.painted.delete(key);
    }
    if (!show || !this.highlights) return;
    const ranges: Painted['ranges'] = [];
    for (const f of want.findings) {
      const range = domRangeInElement(want.element, f.start, f.end);
      if (!range) continue;
      const paint = paintOf(f);
      this.highlights[paint].add(range);
      ranges.push({ range, paint });
    }
    this.painted.set(key, { signature: want.signature, element: want.element, text: want.text, ranges });
  }
}
