/**
 * Paragraphs from positioned text: the one home of the line → paragraph rebuilding that PDF and OFD
 * share. Fixed-layout formats store lines, not paragraphs; the width of the page broke the writer's
 * paragraphs into lines, and page numbers, running heads and the 版记 rules sit among them.
 *
 * The rules, in 公文 terms: a line that fills the text block and does not end a sentence (。；：！？,
 * or one of them before a closing quote or bracket) goes on in the next line, when that line starts
 * at the block's left edge (a new paragraph, heading or not, is indented two characters, or centred,
 * or set right); where paragraphs are indented, the indent alone decides, so a sentence that ends at
 * a line's end does not end its paragraph. A line that does not fill the block ends its paragraph,
 * so a heading keeps its own line. Title lines (larger than the body text) that are one title broken as a trapezoid are joined.
 * Page numbers (— 3 —, -3-, 第3页), lines repeated at the same place on most pages (running heads and
 * footers) and lines of rule characters are dropped.
 */
import { isWrappedTitle } from './lined-paragraph';
import type { SourceParagraph } from './source-paragraph';

/** A run of text on one line of a page, in points from the page's top left. */
export interface PlacedText {
  text: string;
  x: number;
  /** The baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (the height of an em). */
  size: number;
}

export interface LaidOutPage {
  width: number;
  height: number;
  items: PlacedText[];
}

export interface TextLine {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Runs whose baselines lie within this share of the font size are on one line. */
const SAME_LINE = 0.4;
/** Page furniture lives in this share of the page height at the top and bottom. */
const MARGIN_BAND = 0.12;

/** Lines of a page, top to bottom, each run in x order. A gap wider than half an em is a space. */
export function linesOfPage(page: LaidOutPage, pageIndex: number): TextLine[] {
  const items = page.items.filter((i) => i.text.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && i.size > 0);
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  // Sorted by baseline, a line's runs are neighbours: each run joins the line before it or starts one
  // (one comparison a run, so a page of many thousand runs stays linear).
  const groups: PlacedText[][] = [];
  for (const item of items) {
    const line = groups.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) < SAME_LINE * Math.max(line[0]!.size, item.size)) line.push(item);
    else groups.push([item]);
  }
  return groups
    .map((g) => {
      g.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of g) {
        if (text && item.x - end > item.size * 0.5 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
        text += item.text;
        end = Math.max(end, item.x + item.width);
      }
      const size = g.reduce((best, i) => (i.text.length > best.text.length ? i : best)).size;
      return { page: pageIndex, text: text.trim(), x0: g[0]!.x, x1: end, y: g[0]!.y, size };
    })
    .sort((a, b) => a.y - b.y);
}

const PAGE_NUMBER = [
  /^[—–\-－~〜]*\d{1,4}[—–\-－~〜]*$/, // — 3 —, -3-, 3
  /^第\d{1,4}页(?:[，,]?共\d{1,4}页)?$/, // 第3页, 第3页共10页
  /^\d{1,4}\/\d{1,4}$/, // 3/10
  /^page\d{1,4}(?:of\d{1,4})?$/i,
];

export function isPageNumber(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return PAGE_NUMBER.some((re) => re.test(compact));
}

/** A line of rule characters only: 版记 rules and separators typed as text. */
const isRule = (text: string) => /^[\s—–\-－_＿=＝─━·.…]{3,}$/.test(text);

/** The key of a running head or footer: its text with page numbers and counts blanked. */
const furnitureKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Drops page numbers, rules and lines repeated in the top or bottom band of most pages. */
export function dropPageFurniture(pages: TextLine[][], heights: number[]): TextLine[][] {
  const inBand = (line: TextLine) => {
    const h = heights[line.page] ?? 842;
    return line.y < h * MARGIN_BAND || line.y > h * (1 - MARGIN_BAND);
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.filter(inBand).map((l) => furnitureKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (line: TextLine) => pages.length >= 3 && (counts.get(furnitureKey(line.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => lines.filter((l) => !isRule(l.text) && !(inBand(l) && (isPageNumber(l.text) || repeated(l)))));
}

/** The most common value, weighted (for the body's font size and left edge). */
function mode(values: Array<[number, number]>, round: (v: number) => number): number {
  const weights = new Map<number, number>();
  for (const [v, w] of values) weights.set(round(v), (weights.get(round(v)) ?? 0) + w);
  let best = NaN;
  let bestWeight = -1;
  for (const [v, w] of weights) if (w > bestWeight) [best, bestWeight] = [v, w];
  return best;
}

const SENTENCE_END = /[。；：！？!?;:][”’」』）)》〉]*$/;

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');

export interface LayoutOptions {
  /**
   * The text layer marks wide gaps between glyphs as spaces (pdfjs does): in a justified line, the
   * gaps that stretch Chinese text to the block's width are not characters, so single spaces between
   * Chinese characters in lines that fill the block are dropped. Lines that do not fill the block are
   * not stretched, and their spaces (a slogan title's) are kept.
   */
  dropJustificationSpaces?: boolean;
}

/**
 * Lines (in reading order over all pages) to paragraphs.
 */
export function linesToParagraphs(lines: readonly TextLine[], options: LayoutOptions = {}): SourceParagraph[] {
  if (lines.length === 0) return [];
  const bodySize = mode(lines.map((l) => [l.size, l.text.length]), (v) => Math.round(v * 2) / 2);
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  // The left edge of the text block: no body line starts left of it (first lines are indented).
  const left = body.reduce((min, l) => Math.min(min, l.x0), Infinity);
  // The right edge of the text block: where most full lines end (the longest lines of body text).
  const ends = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.floor(ends.length * 0.9)] ?? lines.reduce((max, l) => Math.max(max, l.x1), -Infinity);

  const fills = (l: TextLine) => l.x1 >= right - l.size * 1.5;
  const atLeft = (l: TextLine) => Math.abs(l.x0 - left) < l.size * 0.5;
  const sameSize = (a: TextLine, b: TextLine) => Math.abs(a.size - b.size) < 0.5;
  // 公文 indent every paragraph's first line by two characters. Where most paragraphs start so, a
  // full line followed by one at the left edge goes on even after 。: the sentence ended at the line's
  // end, the paragraph did not. Flush-left documents have only the punctuation to go by.
  const indented = body.filter((l) => Math.abs(l.x0 - left - 2 * l.size) < l.size * 0.5).length;
  const starts = body.filter((l, i) => i === 0 || !fills(body[i - 1]!) || !atLeft(l)).length;
  const indentedStyle = indented >= Math.max(2, starts * 0.5);

  const groups: TextLine[][] = [];
  for (const original of lines) {
    const line = options.dropJustificationSpaces && fills(original) ? { ...original, text: original.text.replace(SPACE_BETWEEN_CJK, '') } : original;
    const current = groups.at(-1);
    const prev = current?.at(-1);
    const continues = prev && sameSize(prev, line) && fills(prev) && atLeft(line) && (indentedStyle || !SENTENCE_END.test(prev.text));
    if (continues) current!.push(line);
    else groups.push([line]);
  }

  // A title broken as a trapezoid: consecutive larger lines, each its own group, that join to one title.
  const out: SourceParagraph[] = [];
  for (let i = 0; i < groups.length; i++) {
    const first = groups[i]![0]!;
    if (first.size > bodySize * 1.15 && groups[i]!.length === 1) {
      let j = i + 1;
      while (j < groups.length && groups[j]!.length === 1 && sameSize(groups[j]![0]!, first) && groups[j]![0]!.page === first.page) j++;
      const texts = groups.slice(i, j).map((g) => g[0]!.text);
      if (j - i >= 2 && isWrappedTitle(texts)) {
        out.push({ text: texts.join(''), sourceRole: null });
        i = j - 1;
        continue;
      }
    }
    out.push({ text: groups[i]!.map((l) => l.text).join(''), sourceRole: null });
  }
  return out;
}

/** Pages of positioned text to paragraphs: lines, page furniture dropped, lines joined. */
export function layoutToParagraphs(pages: readonly LaidOutPage[], options: LayoutOptions = {}): SourceParagraph[] {
  const lines = pages.map((p, i) => linesOfPage(p, i));
  const kept = dropPageFurniture(lines, pages.map((p) => p.height));
  return linesToParagraphs(kept.flat(), options);
}
