/**
 * Stale 提法 (rule stale/tifa): a wording from the table (data/tifa.ts plus an office's own entries)
 * whose period ended before the document's year, used as if it were current. "为奋力实现疫情防控和
 * 经济社会发展“双战双赢”提供坚强政治保障" is right in 2020 and stale in 2026; "回顾“十三五”时期……取得了"
 * looks back and is right in any year. Tense is stale.ts's inRetrospect, the one notion of it.
 *
 * Plenums, congresses and anniversary counts are matched by stale.ts against the calendar (their table
 * entries carry `delegate`), so one mistake gets one finding.
 */
import { sourceCitation, tifaDateText, type TifaEntry } from './data/tifa-types';
import { paragraphFinding, type ParagraphFinding } from './finding';
import { checkStale, inRetrospect } from './stale';
import { BUILT_IN_TIFA_TABLE, matchTifa, type CompiledTifa } from './tifa-table';

export interface TifaContext {
  year: number | null;
  /** The compiled table; the built-in one when absent. */
  table?: CompiledTifa;
}

/** Inside 《……》: the title of a document cited (《关于巩固深化“不忘初心、牢记使命”主题教育成果的若干措施》). */
function inBookTitle(text: string, start: number): boolean {
  return text.lastIndexOf('《', start) > text.lastIndexOf('》', start - 1);
}

function message(entry: TifaEntry, year: number): string {
  const { source } = entry;
  const period = `${tifaDateText(entry.validFrom)}至${tifaDateText(entry.validUntil!)}`;
  const basis = sourceCitation(source);
  const now = entry.replacement ? `现行表述为${entry.replacement}` : (entry.action ?? '');
  const named = /^[“"]/.test(entry.wording) ? entry.wording : `“${entry.wording}”`;
  return `${named}是${period}的提法（${basis}）；${now}，${year}年的文稿不宜再作为当前表述`;
}

export function checkTifa(text: string, context: TifaContext): ParagraphFinding[] {
  if (context.year === null) return [];
  const matcher = (context.table ?? BUILT_IN_TIFA_TABLE).forYear(context.year);
  if (matcher === null) return [];
  const out: ParagraphFinding[] = [];
  for (const { entry, start, end } of matchTifa(matcher, text)) {
    if (inBookTitle(text, start) || inRetrospect(text, start, end)) continue;
    out.push(
      paragraphFinding(text, {
        category: 'stale',
        rule: 'stale/tifa',
        severity: entry.severity ?? 'warning',
        start,
        end,
        message: message(entry, context.year),
        suggestion: entry.suggestion,
      }),
    );
  }
  return out;
}

/** Every stale-wording finding for a text (stale.ts's calendar rules and the 提法表), in order: what
 *  the 素材库 shows beside a snippet written in an earlier year. */
export function checkStaleWording(text: string, context: TifaContext): ParagraphFinding[] {
  return [...checkStale(text, context), ...checkTifa(text, context)].sort((a, b) => a.start - b.start || b.end - a.end);
}
