/**
 * Broken template field syntax. The app writes a template field as {{名称}} (templates/README.md:
 * "Fields `{{名称}}`"), and the checker, F8 and `gongwen new` find a field only by its two pairs of
 * braces. A {{ that is never closed or a }} never opened (typing over half a field leaves
 * "{{会议区委……" or "单位名称}}") is no field: nothing else reports it, the braces would be exported
 * as they are, and it is an error like any other unfilled placeholder.
 *
 * Full-width ｛｛ ｝｝ count as field braces too (the placeholder check reports ｛｛名称｝｝ as a field),
 * each width paired with its own. A single brace of either width is left alone: it is not field
 * syntax, and full-width ｛ ｝ are real text in set notation (数列｛aₙ｝, 集合｛1，2，3｝).
 */
import { paragraphFinding, type ParagraphFinding } from './finding';

const BRACES = [
  { open: '{{', close: '}}' },
  { open: '｛｛', close: '｝｝' },
] as const;

const CLAUSE = '按本应用的模板字段写法，字段须写作“{{名称}}”，左右两对花括号成对出现';

function unbalanced(text: string, start: number, mark: string, missing: string): ParagraphFinding {
  return paragraphFinding(text, {
    category: 'placeholder',
    rule: 'placeholder/field-syntax',
    start,
    end: start + mark.length,
    message: `字段标记不完整：“${mark}”缺少配对的“${missing}”。${CLAUSE}；请补全字段或删去多余的“${mark}”`,
  });
}

export function checkFieldSyntax(text: string): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  for (const { open, close } of BRACES) {
    if (!text.includes(open) && !text.includes(close)) continue;
    let pending = -1; // where the {{ waiting for its }} starts
    for (let i = 0; i < text.length - 1; ) {
      if (text.startsWith(open, i)) {
        if (pending >= 0) out.push(unbalanced(text, pending, open, close));
        pending = i;
        i += open.length;
      } else if (text.startsWith(close, i)) {
        if (pending >= 0) pending = -1;
        else out.push(unbalanced(text, i, close, open));
        i += close.length;
      } else i++;
    }
    if (pending >= 0) out.push(unbalanced(text, pending, open, close));
  }
  return out.sort((a, b) => a.start - b.start);
}
