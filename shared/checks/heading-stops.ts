/**
 * 。 at the end of a heading on its own line. Published documents do both: State Council opinions set
 * second-level headings as sentences (“（一）指导思想。”), most reports leave them bare (“（一）指导思想”).
 * Neither GB/T 9704 nor GB/T 15834 forbids either, so this is house style (单位规范):
 *
 * - default ('consistent'): the majority of its siblings (same level, same parent section) decides;
 *   a heading that differs from them is very likely a slip (a report may set its review's headings as
 *   sentences and its tasks' headings bare, so sections are judged apart) (sample 004: （九）……方面。 among eight
 *   without), a warning. A tie decides nothing.
 * - 'without' / 'with': the office's rule; every heading against it is a style note (info).
 *
 * A document-level pass, since the majority depends on the other headings; it reads only heading
 * paragraphs, so it is cheap on every keystroke.
 */
import { headingLevel, type DocParagraph } from '../document/roles';
import { paragraphFacts } from '../document/paragraph-facts';
import type { DocumentFormatProblem } from './format';
import { paragraphFinding } from './finding';
import type { HouseStyle } from './house-style';

interface OwnLineHeading {
  paragraph: number;
  level: number;
  /** The nearest heading above of a shallower level (-1: none): the section whose siblings it joins. */
  parent: number;
  /** Numbered (一、 （一）) or not (第一章 总则, a Word heading style): forms are judged apart. */
  numbered: boolean;
  /** Trimmed end of the text: the 。 is at end - 1 when `stop`. */
  end: number;
  stop: boolean;
}

/** Marks after which a heading is not bare nor ended by 。: the per-paragraph heading-end rule's. */
const OTHER_END = /[；;，,、：:！!？?…）)”’》]$/;

function ownLineHeadings(paragraphs: readonly DocParagraph[]): OwnLineHeading[] {
  const out: OwnLineHeading[] = [];
  /** Index of the last heading per level (1..4), -1 when none since the last document start. */
  let lastAt = [-1, -1, -1, -1, -1];
  /** Counts the documents (an attached one starts at its 附件 line or its title): parents key per document. */
  let document = 0;
  paragraphs.forEach((p, i) => {
    if (p.role === 'attachment' || p.role === 'title') {
      lastAt = [-1, -1, -1, -1, -1];
      document = i;
    }
    const level = headingLevel(p.role);
    if (level === null) return;
    let parent = -1 - document;
    for (let l = 1; l < level; l++) parent = Math.max(parent, lastAt[l]!);
    lastAt[level] = i;
    for (let l = level + 1; l <= 4; l++) lastAt[l] = -1;
    const trimmed = p.text.trimEnd();
    if (!trimmed.trim()) return;
    // A run-in heading has its text after the 。 ("（一）压实责任。街道……"): its 。 is needed.
    if (paragraphFacts(p.text).runIn) return;
    const stop = trimmed.endsWith('。');
    if (stop && trimmed.endsWith('。。')) return; // the doubled-mark rule's
    if (!stop && OTHER_END.test(trimmed)) return;
    out.push({ paragraph: i, level, parent, numbered: paragraphFacts(p.text).marker !== null, end: trimmed.length, stop });
  });
  return out;
}

function problem(paragraphs: readonly DocParagraph[], h: OwnLineHeading, rule: string, message: string): DocumentFormatProblem {
  const text = paragraphs[h.paragraph]!.text;
  const finding = h.stop
    ? paragraphFinding(text, { category: 'punctuation', rule, start: h.end - 1, end: h.end, message, suggestion: '' })
    : paragraphFinding(text, { category: 'punctuation', rule, start: h.end - 1, end: h.end, message, suggestion: `${text[h.end - 1]}。` });
  return { paragraph: h.paragraph, finding };
}

export function checkHeadingStops(paragraphs: readonly DocParagraph[], style: HouseStyle): DocumentFormatProblem[] {
  const headings = ownLineHeadings(paragraphs);
  if (headings.length === 0) return [];
  if (style.headingStop === 'without') {
    return headings
      .filter((h) => h.stop)
      .map((h) => problem(paragraphs, h, 'punctuation/heading-stop-style', `单位规范（${style.name}）：单独成行的标题末尾不加句号`));
  }
  if (style.headingStop === 'with') {
    return headings
      .filter((h) => !h.stop)
      .map((h) => problem(paragraphs, h, 'punctuation/heading-stop-style', `单位规范（${style.name}）：单独成行的标题以句号结尾`));
  }
  const out: DocumentFormatProblem[] = [];
  const siblings = new Map<string, OwnLineHeading[]>();
  for (const h of headings) {
    const key = `${h.level}:${h.parent}:${h.numbered}`;
    const list = siblings.get(key);
    if (list) list.push(h);
    else siblings.set(key, [h]);
  }
  for (const same of siblings.values()) {
    const withStop = same.filter((h) => h.stop).length;
    const without = same.length - withStop;
    if (withStop === without) continue;
    const majorityStops = withStop > without;
    const majority = Math.max(withStop, without);
    for (const h of same) {
      if (h.stop === majorityStops) continue;
      out.push(
        problem(
          paragraphs,
          h,
          'punctuation/heading-end',
          majorityStops
            ? `同一部分的其他${majority}个同级标题以句号结尾，此标题也应加句号`
            : `同一部分的其他${majority}个同级标题末尾不加句号，此处“。”应删除`,
        ),
      );
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}
