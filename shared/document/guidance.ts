/**
 * Guidance text: the writing prompts a template leaves where the writer must write, in 【】 —
 * 【简述本单位学习传达情况，包括会议次数、覆盖范围】. A guidance span is still in the draft until the writer
 * replaces it, so the checks report it (placeholder/guidance, error: F8 selects it, the export gate
 * counts it) and stripGuidance can take every one out of an export made anyway.
 *
 * One classification of 【…】 for the checks, the exporters and the templates:
 * - guidance: any bracketed prompt (【简述……】, 【此处填写主要成绩】, 【主要做法】);
 * - fill-in mark: a bare "to do" mark — 【待补充】, 【待完善】, 【待填】, 【XX】, 【……】, 【】 — reported as
 *   placeholder/bracket; it is a blank the writer fills, so stripGuidance keeps it;
 * - site ad: 【更多公文素材，微信：…】, which the importer removes; neither, never flagged;
 * - 发文字号 year: X府发【2026】3号, the format check's business; neither.
 */
import { parseNumbering } from './numbering';
import type { DocParagraph } from './roles';

/** The longest prompt a guidance span holds: a template's prompt is one or two sentences. */
export const MAX_GUIDANCE_CHARS = 200;

/** A 【…】 candidate on one line; findGuidance decides which candidates are guidance. Global: use matchAll. */
export const GUIDANCE_PATTERN = new RegExp(`【([^【】\\n]{0,${MAX_GUIDANCE_CHARS}})】`, 'g');

/** 【更多公文素材，微信：…】 and the like: a site's ad (the importer removes it), not a placeholder. */
const SITE_AD = /更多.{0,30}?(?:微信|公众号|VX|vx|QQ|ＱＱ)/;
/** A bare fill-in mark: nothing but "to be supplied", a redaction or an ellipsis. */
const FILL_IN_MARK =
  /^[\s\u3000]*(?:待(?:补充|完善|填写?|定|核实?|确认|更新|提供)(?:内容|数据|材料)?|此处待填|[XＸxｘ]+|×+|[○◯]+|□+|…+|\.{2,}|。{2,})?[\s\u3000]*$/;
const DOC_NUMBER_YEAR = /^\s*(?:19|20)[0-9]{2}\s*$/;
const DOC_NUMBER_AFTER = /^\s*第?\s*[0-9]+\s*号/;

export type BracketKind = 'guidance' | 'fill-in' | 'site-ad' | 'doc-number';

export interface BracketSpan {
  kind: BracketKind;
  /** Offsets into the paragraph text (UTF-16, as String.prototype.slice): the 【 and the 】 included. */
  start: number;
  end: number;
  /** The span as written, brackets included. */
  text: string;
  /** What is inside the brackets. */
  inner: string;
}

/** Every complete 【…】 on the line, classified. Unbalanced brackets are the pairing check's. */
export function scanBrackets(text: string): BracketSpan[] {
  if (!text.includes('【')) return [];
  const out: BracketSpan[] = [];
  for (const m of text.matchAll(GUIDANCE_PATTERN)) {
    const inner = m[1]!;
    const start = m.index;
    const end = start + m[0].length;
    let kind: BracketKind;
    if (SITE_AD.test(inner)) kind = 'site-ad';
    else if (DOC_NUMBER_YEAR.test(inner) && DOC_NUMBER_AFTER.test(text.slice(end))) kind = 'doc-number';
    else if (FILL_IN_MARK.test(inner)) kind = 'fill-in';
    else kind = 'guidance';
    out.push({ kind, start, end, text: m[0], inner });
  }
  return out;
}

/** The guidance spans of one paragraph, in order. */
export function findGuidance(text: string): BracketSpan[] {
  return scanBrackets(text).filter((s) => s.kind === 'guidance');
}

export function hasGuidance(text: string): boolean {
  return findGuidance(text).length > 0;
}

const PAUSE_BEFORE_SEAM = /[，、：；,:;]$/;
const MARK_AFTER_SEAM = /^[。，、：；！？,;:!?]/;

/** The text with its guidance spans taken out (and the spaces they leave at either end). */
export function removeGuidance(text: string): string {
  const spans = findGuidance(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    at = s.end;
    // The seam: "主要是：【……】。" would leave "：。"; a pause mark before the prompt gives way to the
    // mark after it, as the sentence would read had the writer filled it in and cut it short.
    if (PAUSE_BEFORE_SEAM.test(out) && MARK_AFTER_SEAM.test(text.slice(at))) out = out.replace(PAUSE_BEFORE_SEAM, '');
  }
  out += text.slice(at);
  return out.replace(/^[ \u3000]+|[ \u3000]+$/g, '');
}

/**
 * For an export made with the prompts still in: every guidance span removed; a paragraph that held
 * nothing but guidance (and the punctuation around it: "【……】。", "一是【……】；") is dropped. Fill-in
 * marks such as 【待补充】 stay — they are blanks, and the export gate lists them.
 */
export function stripGuidance(paragraphs: readonly DocParagraph[]): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const p of paragraphs) {
    const stripped = removeGuidance(p.text);
    if (stripped === p.text) {
      out.push(p);
      continue;
    }
    if (!hasContent(stripped)) continue;
    // A run-in heading whose body was only a prompt ("1．强化责任落实。【写明……】") is now a heading on
    // its own line, which takes no closing punctuation (GB/T 9704 practice).
    const ownLineHeading = p.role.startsWith('heading') && /^[^。]+[。；;，,]$/.test(stripped);
    out.push({ role: p.role, text: ownLineHeading ? stripped.replace(/[。；;，,]+$/, '') : stripped });
  }
  return out;
}

/** Anything left besides a heading marker, punctuation, spaces and bare enumeration words (一是、二是). */
function hasContent(text: string): boolean {
  const marker = parseNumbering(text);
  const body = marker ? text.slice(marker.offset + marker.marker.length) : text;
  const rest = body.replace(/[一二三四五六七八九十]+是/g, '').replace(/[\s\u3000\p{P}]/gu, '');
  return rest.length > 0;
}
