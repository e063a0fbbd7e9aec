/**
 * The outline of a report: its headings as a tree (一、 → （一） → 1． → （1）) with each section's 字数,
 * for the outline panel and for navigation. Structure comes from the paragraph roles (what the export
 * formats as headings); the marker and title come from the text.
 */
import { parseNumbering } from '../document/numbering';
import { headingLevel, type DocParagraph, type HeadingLevel } from '../document/roles';
import { splitRunInHeading } from '../document/run-in';
import { countWords } from '../text/word-count';

export interface OutlineNode {
  level: HeadingLevel;
  /** The numbering marker as written ("一、", "（三）", "1．"), "" for an unnumbered heading. */
  marker: string;
  /** The heading without its marker and closing punctuation; for a run-in heading only the part up
   *  to its first 。 ("（一）压实安全生产责任。街道……" → "压实安全生产责任"). */
  title: string;
  /** Index of the heading paragraph. */
  paragraph: number;
  /** Index after the section's last paragraph: the section is paragraphs [paragraph, endParagraph). */
  endParagraph: number;
  /** 字数 of the whole section, heading and subsections included. */
  words: number;
  children: OutlineNode[];
}

const CLOSING_PUNCTUATION = /[。；，、：:;,.！？!?\s]+$/;

/** The heading's title: marker and closing punctuation off, run-in body text off. */
export function headingTitle(text: string): { marker: string; title: string } {
  const marker = parseNumbering(text);
  const headingPart = splitRunInHeading(text).headingPart || text;
  const from = marker ? marker.offset + marker.marker.length : 0;
  return {
    marker: marker ? marker.marker : '',
    title: headingPart.slice(from).trim().replace(CLOSING_PUNCTUATION, ''),
  };
}

/** `words` may be a caching counter (the editor's); it must count as countWords does. */
export function buildOutline(paragraphs: readonly DocParagraph[], words: (text: string) => number = countWords): OutlineNode[] {
  // Prefix sums of 字数, so every section's count is one subtraction however deep the tree.
  const prefix = new Array<number>(paragraphs.length + 1);
  prefix[0] = 0;
  paragraphs.forEach((p, i) => (prefix[i + 1] = prefix[i]! + words(p.text)));

  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  const close = (node: OutlineNode, end: number) => {
    node.endParagraph = end;
    node.words = prefix[end]! - prefix[node.paragraph]!;
  };

  paragraphs.forEach((p, i) => {
    const level = headingLevel(p.role);
    if (level === null) return;
    while (open.length > 0 && open[open.length - 1]!.level >= level) close(open.pop()!, i);
    const { marker, title } = headingTitle(p.text);
    const node: OutlineNode = { level, marker, title, paragraph: i, endParagraph: i + 1, words: 0, children: [] };
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push(node);
    open.push(node);
  });
  while (open.length > 0) close(open.pop()!, paragraphs.length);
  return roots;
}

/** The sections that contain paragraph `index`, outermost first (its heading path); [] before the first heading. */
export function sectionPath(nodes: readonly OutlineNode[], index: number): OutlineNode[] {
  const path: OutlineNode[] = [];
  let level = nodes;
  for (;;) {
    const node = level.find((n) => index >= n.paragraph && index < n.endParagraph);
    if (!node) return path;
    path.push(node);
    level = node.children;
  }
}

/** Every node in document order (pre-order): the flat list of headings. */
export function flattenOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const visit = (list: readonly OutlineNode[]) => {
    for (const node of list) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return out;
}
