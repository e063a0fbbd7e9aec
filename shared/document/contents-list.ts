/**
 * A contents list (目录) at the head of a long plan: its entries repeat the section titles found
 * further down ("1 总则", "1.1 编制目的及依据" …), so by their shape they read as headings. They are
 * the list's text; the sections come later. Seen in the 国家粮食应急预案 (国办函〔2005〕57号).
 */
import { isDivisionLabel } from './line-shapes';
import { headingLevel, type DocParagraph } from './roles';

// NFKC: the contents may write 国家级(Ⅰ级) where the section title has 国家级（Ⅰ级）.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/** A page number after leader dots or spaces, as a contents list typed in Word carries it. */
const PAGE_NUMBER = /(?:[.．·…]{2,}|[\s\u3000]+)[0-9]{1,3}$/;

/** Every entry under a 目录 line that names a section appearing later becomes body text. */
export function markContentsLists(paragraphs: DocParagraph[]): void {
  paragraphs.forEach((label, i) => {
    if (!/^目[\s\u3000]*录$/.test(label.text.trim()) || !isDivisionLabel(label.text)) return;
    const later = (from: number) => new Set(paragraphs.slice(from).map((p) => squash(p.text)));
    let first: string | undefined;
    for (let k = i + 1; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      const entry = squash(p.text.trim().replace(PAGE_NUMBER, ''));
      if (!entry) continue;
      // The first section itself: the contents list has ended.
      if (entry === first) return;
      if (p.role !== 'body' && headingLevel(p.role) === null) return;
      if (!later(k + 1).has(entry)) return;
      first ??= entry;
      p.role = 'body';
    }
  });
}
