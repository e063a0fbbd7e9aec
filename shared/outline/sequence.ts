/**
 * The numbering sequence of a document: for every numbered paragraph, the marker it has and the marker
 * it should have. validateNumbering reports the differences, renumberAll rewrites them; both read the
 * same walk, so every finding's suggestion is exactly what "renumber all" writes.
 *
 * Rules (GB/T 9704 practice for reports):
 * - levels go 一、 → （一） → 1． → （1）; a level may be skipped downward (一、 then 1．);
 * - numbering starts at 1 under each parent and runs on without gaps or repeats — or, when the document
 *   numbers a level continuously across its parents (State Council opinions: 一、 （一）（二）（三）
 *   二、 （四）…), runs on across the parents; the document's own majority decides which (numberingSchemes),
 *   and a section that does the other is a 'scheme' problem;
 * - under one parent, a shallower level must not follow a deeper one (1． then （一）). At the top of
 *   the document this is allowed: a report may open with （一） items before any 一、 appears.
 */
import { MAX_MARKER_VALUE } from '../document/chinese-numerals';
import { paragraphFacts } from '../document/paragraph-facts';
import { formatMarker, MAX_ARABIC_MARKER_VALUE, parseNumbering, type NumberingMarker } from '../document/numbering';
import { headingLevel, type DocParagraph, type HeadingLevel } from '../document/roles';

export type SequenceProblem = 'skip' | 'repeat' | 'restart' | 'backward' | 'scheme';

/** How a level's numbers go on under a new parent: from 1 again, or on from the previous parent's. */
export type NumberingScheme = 'restart' | 'continuous';

export interface NumberedParagraph {
  paragraph: number;
  /** The level the paragraph has in the structure: its role's level for a heading, the marker's for a
   *  numbered body paragraph. */
  level: HeadingLevel;
  /** null for a heading without a marker (a Word heading style): it opens a section, takes no number. */
  marker: NumberingMarker | null;
  /** The ordinal it should have under its parent (null without a marker). */
  expectedValue: number | null;
  /** The marker it should have: right value, canonical form, the role's level. */
  expectedMarker: string | null;
  sequenceProblem: SequenceProblem | null;
  /** The marker's own level differs from the heading role the writer gave the paragraph. */
  levelMismatch: boolean;
  /** A shallower level after a deeper one under the same parent: the level of that deeper sibling. */
  reversedAfter: HeadingLevel | null;
  /** The scheme of this paragraph's level in the document (for the 'scheme' message). */
  scheme: NumberingScheme;
  /** The written number is the previous written sibling's plus one: out of sequence only because an
   *  earlier number was (a cascade the validation does not report again). */
  followsWritten: boolean;
}

interface Frame {
  level: HeadingLevel | 0;
  /** Last ordinal given to a child, per child level (index 1..4). */
  last: number[];
  /** Last ordinal written on a child, per child level. */
  written: number[];
  deepestChild: number;
}

const newFrame = (level: HeadingLevel | 0): Frame => ({ level, last: [0, 0, 0, 0, 0], written: [0, 0, 0, 0, 0], deepestChild: 0 });

/**
 * A marker broken over two lines as published ("（" alone, then "三）改革开放……"): counted with the
 * number it has, so the numbers after it are not reported; the pairing check reports the break. Its
 * offset is -1 (the "（" is on the line before), so no finding ever points into it.
 */
function brokenMarker(text: string, previous: string): NumberingMarker | null {
  if (!/[（(]$/.test(previous.trim())) return null;
  const joined = parseNumbering(`（${text}`);
  return joined ? { ...joined, offset: -1, marker: joined.marker.slice(1) } : null;
}

/** "三、四月份", "1．2万": a marker directly followed by another number is a number, not an item. A
 *  numeral that starts a word is not ("100.四川省成都市……" in 国办发〔2018〕108号, "3.十九大以来……"). */
const FOLLOWED_BY_NUMBER = /^(?:[0-9０-９]|[一二三四五六七八九十〇]+(?:[、，,至到—－-]|月|季度|年|日|号|等奖|届|次|个|项|批))/;

function structuralLevel(p: DocParagraph, marker: NumberingMarker | null): HeadingLevel | null {
  const level = headingLevel(p.role);
  if (level !== null) return level;
  // A numbered body paragraph (a run-in heading too long to count as a heading, "1、全区完成……。")
  // still takes its place in the sequence: leaving it out would make the next number look skipped.
  if (p.role !== 'body' || !marker) return null;
  if (FOLLOWED_BY_NUMBER.test(p.text.slice(marker.offset + marker.marker.length))) return null;
  return marker.level;
}

function classify(value: number, expected: number): SequenceProblem | null {
  if (value === expected) return null;
  if (value > expected) return 'skip';
  if (value === expected - 1) return 'repeat';
  if (value === 1) return 'restart';
  return 'backward';
}

function pointOf(marker: NumberingMarker): '.' | '．' | undefined {
  if (marker.level !== 3) return undefined;
  return marker.canonicalMarker.endsWith('.') ? '.' : '．';
}

/** An appended document (附件 line) or a new title block starts its own numbering. */
const startsDocument = (p: DocParagraph) => p.role === 'attachment' || p.role === 'title';

/**
 * Each level's scheme, by the document's majority: every time a level's first number under a new
 * parent is 1 votes 'restart', every time it runs on from the previous parent's last number votes
 * 'continuous'. A tie (or no vote) keeps 'restart', the common scheme of reports.
 */
export function numberingSchemes(paragraphs: readonly DocParagraph[]): Record<HeadingLevel, NumberingScheme> {
  const votes = { restart: [0, 0, 0, 0, 0], continuous: [0, 0, 0, 0, 0] };
  let last = [0, 0, 0, 0, 0];
  let newParent = [false, false, false, false, false];
  for (const p of paragraphs) {
    if (startsDocument(p)) {
      last = [0, 0, 0, 0, 0];
      newParent = [false, false, false, false, false];
      continue;
    }
    if (paragraphFacts(p.text).sectionLine) newParent = [false, true, true, true, true];
    const marker = paragraphFacts(p.text).marker;
    const level = structuralLevel(p, marker);
    if (level === null || !marker) continue;
    if (newParent[level] && last[level]! > 0) {
      if (marker.value === 1) votes.restart[level]!++;
      else if (marker.value === last[level]! + 1) votes.continuous[level]!++;
    }
    newParent[level] = false;
    last[level] = marker.value;
    for (let deeper = level + 1; deeper <= 4; deeper++) newParent[deeper] = true;
  }
  const scheme = (level: HeadingLevel): NumberingScheme =>
    votes.continuous[level]! > votes.restart[level]! ? 'continuous' : 'restart';
  return { 1: scheme(1), 2: scheme(2), 3: scheme(3), 4: scheme(4) };
}

export function numberingSequence(paragraphs: readonly DocParagraph[]): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  let stack: Frame[] = [newFrame(0)];
  const schemes = numberingSchemes(paragraphs);
  /** Last number given per level across parents, for the continuous levels; and the last written. */
  let running = [0, 0, 0, 0, 0];
  let runningWritten = [0, 0, 0, 0, 0];
  /** A 第X条 / 第X章 / 2.1 section line came since the root frame was reset: the root is a parent then. */
  let inSection = false;
  /** The last non-blank paragraph was an unnumbered lead-in ending with ：("下列空间可不计入建筑层数："). */
  let afterLeadIn = false;
  let previousText = '';

  paragraphs.forEach((p, i) => {
    if (startsDocument(p)) {
      if (stack.length > 1 || stack[0]!.deepestChild > 0) stack = [newFrame(0)];
      running = [0, 0, 0, 0, 0];
      runningWritten = [0, 0, 0, 0, 0];
      inSection = false;
      return;
    }
    if (paragraphFacts(p.text).sectionLine) {
      // A new article or section: the lists under the one before are closed.
      const root = newFrame(0);
      const previousRoot = stack[0]!;
      if (schemes[1] === 'continuous') {
        root.last[1] = previousRoot.last[1]!;
        root.written[1] = previousRoot.written[1]!;
      }
      stack = [root];
      inSection = true;
    }
    const marker = paragraphFacts(p.text).marker ?? brokenMarker(p.text, previousText);
    if (p.text.trim()) previousText = p.text;
    const leadIn = afterLeadIn;
    if (p.text.trim()) afterLeadIn = marker === null && p.role === 'body' && paragraphFacts(p.text).endsWithColon;
    const level = structuralLevel(p, marker);
    if (level === null) return;

    while (stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]!;
    // A list that starts at 1 after its own lead-in is a new list, not a restart of the one before.
    if (leadIn && marker?.value === 1 && p.role === 'body') {
      for (let l = level; l <= 4; l++) {
        parent.last[l] = 0;
        parent.written[l] = 0;
      }
    }
    const reversedAfter = parent.level !== 0 && parent.deepestChild > level ? (parent.deepestChild as HeadingLevel) : null;
    parent.deepestChild = Math.max(parent.deepestChild, level);

    let expectedValue: number | null = null;
    let expectedMarker: string | null = null;
    let sequenceProblem: SequenceProblem | null = null;
    let followsWritten = false;
    if (marker) {
      const continuous = schemes[level] === 'continuous';
      const firstUnderParent = parent.last[level] === 0 && (parent.level !== 0 || inSection);
      const expected = (continuous ? running[level]! : parent.last[level]!) + 1;
      if (expected <= (level >= 3 ? MAX_ARABIC_MARKER_VALUE : MAX_MARKER_VALUE)) {
        expectedValue = expected;
        const style = marker.level === level ? { point: pointOf(marker) } : {};
        expectedMarker = formatMarker(level, expected, style);
        sequenceProblem = classify(marker.value, expected);
        // The first number under a new parent that follows the other scheme: it is consistent in itself.
        if (sequenceProblem && firstUnderParent && running[level]! > 0) {
          const otherScheme = continuous ? marker.value === 1 : marker.value === running[level]! + 1;
          if (otherScheme) sequenceProblem = 'scheme';
        }
      }
      const previousWritten = schemes[level] === 'continuous' ? runningWritten[level]! : parent.written[level]!;
      followsWritten = previousWritten > 0 && marker.value === previousWritten + 1;
      parent.last[level] = expected;
      parent.written[level] = marker.value;
      running[level] = expected;
      runningWritten[level] = marker.value;
    }
    out.push({
      paragraph: i,
      level,
      marker,
      expectedValue,
      expectedMarker,
      sequenceProblem,
      levelMismatch: marker !== null && marker.level !== level,
      reversedAfter,
      scheme: schemes[level],
      followsWritten,
    });
    stack.push(newFrame(level));
  });
  return out;
}
