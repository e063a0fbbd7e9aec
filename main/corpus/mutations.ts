/**
 * Mutation recall: known mistakes planted into real published documents at random places (fixed seed),
 * each with the category the checker must report at the planted offset. A planter looks at one
 * document and returns every place it could plant its mistake; the test draws among them.
 */
import type { CheckCategory } from '../../shared/checks';
import { TYPO_ENTRIES } from '../../shared/checks/data/typos';
import { detectDocumentYear } from '../../shared/checks';
import { docNumberYear } from '../../shared/checks/year';
import { toChineseNumeral } from '../../shared/document/chinese-numerals';
import { parseNumbering } from '../../shared/document/numbering';
import { headingLevel, type DocParagraph } from '../../shared/document/roles';

export const MUTATION_KINDS = [
  'numbering-skip',
  'numbering-repeat',
  'half-width-comma',
  'half-width-colon',
  'doubled-de',
  'typo',
  'unclosed-quote',
  'unclosed-title-mark',
  'x-placeholder',
  'stale-term',
  'date-year',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** One planted mistake: the document after planting, and where the checker must report what. */
export interface Mutation {
  kind: MutationKind;
  category: CheckCategory;
  paragraphs: DocParagraph[];
  paragraph: number;
  /** The planted text's range in the mutated paragraph. */
  start: number;
  end: number;
  description: string;
}

type Planter = (paragraphs: readonly DocParagraph[], pick: (n: number) => number) => Mutation | null;

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

function replaceIn(paragraphs: readonly DocParagraph[], index: number, start: number, end: number, insert: string): DocParagraph[] {
  const out = paragraphs.map((p) => ({ ...p }));
  const p = out[index]!;
  p.text = p.text.slice(0, start) + insert + p.text.slice(end);
  return out;
}

/** Every [paragraph, offset] where `test` holds for a body paragraph's character. */
function placesIn(paragraphs: readonly DocParagraph[], test: (text: string, i: number) => boolean): [number, number][] {
  const places: [number, number][] = [];
  paragraphs.forEach((p, index) => {
    if (p.role !== 'body') return;
    for (let i = 0; i < p.text.length; i++) if (test(p.text, i)) places.push([index, i]);
  });
  return places;
}

function choose<T>(items: readonly T[], pick: (n: number) => number): T | null {
  return items.length ? items[pick(items.length)]! : null;
}

/** Headings that end a run of at least three siblings (一、二、三 …): the last one's number can change. */
function lastSiblings(paragraphs: readonly DocParagraph[]): { index: number; value: number; markerEnd: number; offset: number; level: number }[] {
  const out: { index: number; value: number; markerEnd: number; offset: number; level: number }[] = [];
  const runs = new Map<number, { index: number; value: number; markerEnd: number; offset: number }[]>();
  const flush = (level: number) => {
    const run = runs.get(level);
    if (run && run.length >= 3) {
      const last = run[run.length - 1]!;
      // Only a run that counts 1, 2, 3 … as published (so the planted change is the only fault).
      if (run.every((h, i) => h.value === i + 1)) out.push({ ...last, level });
    }
    runs.delete(level);
  };
  paragraphs.forEach((p, index) => {
    const level = headingLevel(p.role);
    const marker = level ? parseNumbering(p.text) : null;
    if (!level || !marker || marker.level !== level || marker.form !== 'canonical' || level > 2) return;
    // A new higher-level heading closes the runs below it.
    for (const l of [...runs.keys()]) if (l > level) flush(l);
    const run = runs.get(level) ?? [];
    if (marker.value === 1 && run.length) flush(level);
    const fresh = runs.get(level) ?? [];
    fresh.push({ index, value: marker.value, markerEnd: marker.offset + marker.marker.length, offset: marker.offset });
    runs.set(level, fresh);
  });
  for (const l of [...runs.keys()]) flush(l);
  return out;
}

function renumber(delta: 1 | -1, kind: MutationKind): Planter {
  return (paragraphs, pick) => {
    const heading = choose(lastSiblings(paragraphs), pick);
    if (!heading) return null;
    const p = paragraphs[heading.index]!;
    const marker = parseNumbering(p.text)!;
    const value = heading.value + delta;
    // Levels 1 and 2 (一、 and （一）) both count in Chinese numerals.
    const markerText = marker.marker.replace(toChineseNumeral(heading.value), toChineseNumeral(value));
    const mutated = replaceIn(paragraphs, heading.index, marker.offset, marker.offset + marker.marker.length, markerText);
    return {
      kind,
      category: 'numbering',
      paragraphs: mutated,
      paragraph: heading.index,
      start: marker.offset,
      end: marker.offset + markerText.length,
      description: `${marker.marker} → ${markerText}`,
    };
  };
}

/** A full-width mark between two Han characters in body text, typed half-width. */
function halfWidth(full: string, half: string, kind: MutationKind): Planter {
  return (paragraphs, pick) => {
    const place = choose(
      placesIn(paragraphs, (t, i) => t[i] === full && isHan(t[i - 1]) && isHan(t[i + 1])),
      pick,
    );
    if (!place) return null;
    const [index, at] = place;
    return {
      kind,
      category: 'punctuation',
      paragraphs: replaceIn(paragraphs, index, at, at + 1, half),
      paragraph: index,
      start: at,
      end: at + 1,
      description: `${full} → ${half}`,
    };
  };
}

const doubledDe: Planter = (paragraphs, pick) => {
  const place = choose(
    placesIn(paragraphs, (t, i) => t[i] === '的' && isHan(t[i - 1]) && isHan(t[i + 1]) && t[i - 1] !== '的' && t[i + 1] !== '的'),
    pick,
  );
  if (!place) return null;
  const [index, at] = place;
  return { kind: 'doubled-de', category: 'repetition', paragraphs: replaceIn(paragraphs, index, at, at + 1, '的的'), paragraph: index, start: at, end: at + 2, description: '的 → 的的' };
};

/** Table entries with no guard: they are wrong anywhere, so planting one after a comma is unambiguous. */
const PLAIN_TYPOS = TYPO_ENTRIES.filter((e) => !e.after && !e.notAfter && !e.before && !e.notBefore && e.wrong.length >= 2);

const typo: Planter = (paragraphs, pick) => {
  const place = choose(
    placesIn(paragraphs, (t, i) => t[i] === '，' && isHan(t[i + 1])),
    pick,
  );
  const entry = choose(PLAIN_TYPOS, pick);
  if (!place || !entry) return null;
  const [index, comma] = place;
  const at = comma + 1;
  return {
    kind: 'typo',
    category: 'typo',
    paragraphs: replaceIn(paragraphs, index, at, at, entry.wrong),
    paragraph: index,
    start: at,
    end: at + entry.wrong.length,
    description: `插入 ${entry.wrong}（应为 ${entry.right}）`,
  };
};

/** Deletes the closing mark of a pair that opens and closes within one body paragraph. */
function unclosed(open: string, close: string, kind: MutationKind): Planter {
  return (paragraphs, pick) => {
    const pairs: [number, number, number][] = [];
    paragraphs.forEach((p, index) => {
      if (p.role !== 'body') return;
      let depth = 0;
      let opened = -1;
      for (let i = 0; i < p.text.length; i++) {
        if (p.text[i] === open) {
          if (depth === 0) opened = i;
          depth++;
        } else if (p.text[i] === close && depth > 0) {
          depth--;
          // Only simple pairs with no nested mark of the same kind inside.
          if (depth === 0 && !p.text.slice(opened + 1, i).includes(open)) pairs.push([index, opened, i]);
        }
      }
    });
    const pair = choose(pairs, pick);
    if (!pair) return null;
    const [index, opened, closed] = pair;
    return {
      kind,
      category: 'pairing',
      paragraphs: replaceIn(paragraphs, index, closed, closed + 1, ''),
      paragraph: index,
      start: opened,
      end: opened + 1,
      description: `删去 ${close}`,
    };
  };
}

const xPlaceholder: Planter = (paragraphs, pick) => {
  // A number of units or a count in body text (not a year, not part of a date): 12个, 3.5亿元, 200家.
  const places: [number, number, number][] = [];
  paragraphs.forEach((p, index) => {
    if (p.role !== 'body') return;
    for (const m of p.text.matchAll(/(?<![0-9.年月日〔])([0-9]{1,4})(?=个|家|项|人|万|亿|户|次|件|所|名|条|座|公里|%)/g)) {
      if (isHan(p.text[m.index - 1]) || p.text[m.index - 1] === '，') places.push([index, m.index, m.index + m[1]!.length]);
    }
  });
  const place = choose(places, pick);
  if (!place) return null;
  const [index, start, end] = place;
  return { kind: 'x-placeholder', category: 'placeholder', paragraphs: replaceIn(paragraphs, index, start, end, 'X'), paragraph: index, start, end: start + 1, description: '数字 → X' };
};

/** A directive (要深入贯彻……精神) naming guidance that was already superseded in the document's year. */
function stalePhraseFor(year: number): string | null {
  if (year >= 2023) return '要深入贯彻党的十九大精神';
  if (year >= 2018) return '要深入贯彻党的十八大精神';
  if (year >= 2013) return '要深入贯彻党的十七大精神';
  return null;
}

const staleTerm: Planter = (paragraphs, pick) => {
  const year = detectDocumentYear(paragraphs);
  const phrase = year ? stalePhraseFor(year) : null;
  if (!phrase) return null;
  const place = choose(
    placesIn(paragraphs, (t, i) => t[i] === '，' && isHan(t[i + 1])),
    pick,
  );
  if (!place) return null;
  const [index, comma] = place;
  const at = comma + 1;
  const insert = `${phrase}，`;
  const nameStart = at + phrase.indexOf('党的');
  return {
    kind: 'stale-term',
    category: 'stale',
    paragraphs: replaceIn(paragraphs, index, at, at, insert),
    paragraph: index,
    start: nameStart,
    end: nameStart + phrase.length - phrase.indexOf('党的'),
    description: `插入“${phrase}”（文稿年份 ${year}）`,
  };
};

/** The date line (成文日期) given the year before the one its 发文字号 names (GB/T 9704 7.2.4, 7.3.5). */
const dateYear: Planter = (paragraphs) => {
  const year = docNumberYear(paragraphs);
  if (!year) return null;
  const index = paragraphs.findIndex((p) => p.role === 'date' && p.text.trim().startsWith(`${year}年`));
  if (index < 0) return null;
  const text = paragraphs[index]!.text;
  const offset = text.indexOf(`${year}年`);
  const wrong = String(year - 1);
  return {
    kind: 'date-year',
    category: 'format',
    paragraphs: replaceIn(paragraphs, index, offset, offset + 4, wrong),
    paragraph: index,
    start: offset,
    end: offset + 4,
    description: `成文日期 ${year} → ${wrong}（发文字号 ${year}）`,
  };
};

export const PLANTERS: Readonly<Record<MutationKind, Planter>> = {
  'numbering-skip': renumber(1, 'numbering-skip'),
  'numbering-repeat': renumber(-1, 'numbering-repeat'),
  'half-width-comma': halfWidth('，', ',', 'half-width-comma'),
  'half-width-colon': halfWidth('：', ':', 'half-width-colon'),
  'doubled-de': doubledDe,
  typo,
  'unclosed-quote': unclosed('“', '”', 'unclosed-quote'),
  'unclosed-title-mark': unclosed('《', '》', 'unclosed-title-mark'),
  'x-placeholder': xPlaceholder,
  'stale-term': staleTerm,
  'date-year': dateYear,
};
