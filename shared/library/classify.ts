/**
 * Which section kind a library paragraph belongs to, with the reason in words (stored with the
 * snippet and shown in the library panel). The rules and their order are data: classify-rules.ts.
 */
import { CLOSING_WORDS, HEADING_TERMS, LEAD_RULES, TEXT_MIN_HITS, TOPIC_TERMS } from './classify-rules';
import { SECTION_KINDS, type SectionKind } from './section-kinds';

export interface ClassifyInput {
  text: string;
  /** The headings above the paragraph, outermost first. */
  headingPath: readonly string[];
  /** The paragraph's own run-in heading ("（一）压实安全生产责任。"), if it has one. */
  ownHeading?: string;
  /** A body paragraph above the first heading of its document. */
  beforeFirstHeading?: boolean;
  /** The last paragraph of its document that goes into the library. */
  isLast?: boolean;
  /** The kind of the paragraph before it, when no heading stands between them. */
  previousKind?: SectionKind | null;
}

export interface Classification {
  kind: SectionKind;
  /** Why, in Chinese: 标题“五、全面加强党的建设……”含“党的建设”. */
  reason: string;
  /** Which rule fired: lead/problems, position/opening, continuation, heading, closing, text, none. */
  rule: string;
}

const CONTINUED_KINDS: ReadonlySet<SectionKind> = new Set(['存在问题', '下步打算']);
const LEAD_MAX_CHARS = 80;
const ENUMERATION_START = /^(?:[一二三四五六七八九十]+是|首先|其次|[0-9０-９]+[.．、])/;

/** The first sentence: up to the first 。！？ or colon, at most LEAD_MAX_CHARS characters. */
export function firstSentence(text: string): string {
  const t = text.trim();
  const stop = t.search(/[。！？!?：:]/);
  return (stop < 0 ? t : t.slice(0, stop + 1)).slice(0, LEAD_MAX_CHARS);
}

function ellipsis(text: string, max = 24): string {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}……` : chars.join('');
}

interface TermHit {
  kind: SectionKind;
  term: string;
  at: number;
}

const HEADING_TABLE: ReadonlyArray<{ kind: SectionKind; terms: readonly string[] }> = SECTION_KINDS.map((kind) => ({
  kind,
  terms: [...(HEADING_TERMS[kind] ?? []), ...(TOPIC_TERMS[kind] ?? [])],
})).filter((row) => row.terms.length > 0);

/** The topic a heading names: the term that comes first in it (the longer one where two start together). */
export function headingTopic(heading: string): TermHit | null {
  let best: TermHit | null = null;
  for (const { kind, terms } of HEADING_TABLE) {
    for (const term of terms) {
      const at = heading.indexOf(term);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && term.length > best.term.length)) best = { kind, term, at };
    }
  }
  return best;
}

function countOccurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/** The kind whose topic terms occur most often in the text (ties: the earlier kind in SECTION_KINDS). */
export function textTopic(text: string): { kind: SectionKind; hits: number; terms: string[] } | null {
  let best: { kind: SectionKind; hits: number; terms: string[] } | null = null;
  for (const kind of SECTION_KINDS) {
    const terms = TOPIC_TERMS[kind];
    if (!terms) continue;
    let hits = 0;
    const found: string[] = [];
    for (const term of terms) {
      const n = countOccurrences(text, term);
      if (n > 0) {
        hits += n;
        found.push(term);
      }
    }
    if (hits > 0 && (!best || hits > best.hits)) best = { kind, hits, terms: found };
  }
  return best;
}

export function classifyParagraph(input: ClassifyInput): Classification {
  const text = input.text.trim();
  const lead = firstSentence(text);

  // 1. The first sentence says which part of the report this is.
  for (const rule of LEAD_RULES) {
    const m = rule.pattern.exec(lead);
    if (m) return { kind: rule.kind, rule: rule.id, reason: `首句含“${m[0]}”（${rule.kind}）` };
  }
  // 2. Above the first heading: the lead paragraph.
  if (input.beforeFirstHeading) return { kind: '开头', rule: 'position/opening', reason: '位于第一个标题之前（开头）' };
  // 3. The list that follows "存在的问题主要是：" or "接下来，区委将……".
  if (input.previousKind && CONTINUED_KINDS.has(input.previousKind)) {
    return { kind: input.previousKind, rule: 'continuation', reason: `接续上一段（${input.previousKind}），其间没有标题` };
  }
  // 4. The last paragraph, in the words reports close with (not a run-in heading, not an 一是 item:
  //    those are the last item of the last section).
  if (input.isLast && !input.ownHeading && !ENUMERATION_START.test(text)) {
    const m = CLOSING_WORDS.exec(text);
    if (m) return { kind: '结尾', rule: 'closing', reason: `全文最后一段，含“${m[0]}”（结尾）` };
  }
  // 5. Its own run-in heading, then the headings above it, nearest first.
  const headings = [...(input.ownHeading ? [input.ownHeading] : []), ...[...input.headingPath].reverse()];
  for (const heading of headings) {
    const hit = headingTopic(heading);
    if (hit) return { kind: hit.kind, rule: 'heading', reason: `标题“${ellipsis(heading)}”含“${hit.term}”（${hit.kind}）` };
  }
  // 6. What the text talks about most.
  const topic = textTopic(text);
  if (topic && topic.hits >= TEXT_MIN_HITS) {
    const terms = topic.terms.slice(0, 3).map((t) => `“${t}”`).join('');
    return { kind: topic.kind, rule: 'text', reason: `正文含${terms}等${topic.hits}处（${topic.kind}）` };
  }
  return { kind: '其他', rule: 'none', reason: '没有可归类的标题或关键词' };
}
