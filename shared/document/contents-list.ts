/**
 * A contents list (目录) at the head of a long plan: its entries repeat the section titles found
 * further down ("1 总则", "1.1 编制目的及依据" …), so by their shape they read as headings. They are
 * the list's text; the sections come later. Seen in the 国家粮食应急预案 (国办函〔2005〕57号).
 */
import { headingLevel, type DocParagraph } from './roles';

// NFKC: the contents may write 国家级(Ⅰ级) where the section title has 国家级（Ⅰ级）.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/** 目录 (also 目  录) alone on its line, over the entries. */
const CONTENTS_LABEL = /^目[\s\u3000]*录$/;
/** A page number after leader dots or spaces, as a contents list typed in Word carries it. */
const PAGE_NUMBER = /(?:[.．·…]{2,}|[\s\u3000]+)[0-9]{1,3}$/;

/** Every entry under a 目录 line that names a section appearing later becomes body text. */
export function markContentsLists(paragraphs: DocParagraph[]): void {
  // Where each text stands last, so "does it appear after here" is one lookup; built on the first 目录.
  let lastAt: Map<string, number> | undefined;
  paragraphs.forEach((label, i) => {
    if (!CONTENTS_LABEL.test(label.text.trim())) return;
    lastAt ??= new Map(paragraphs.map((p, at) => [squash(p.text), at]));
    let first: string | undefined;
    for (let k = i + 1; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      const entry = squash(p.text.trim().replace(PAGE_NUMBER, ''));
      if (!entry) continue;
      // The first section itself: the contents list has ended.
      if (entry === first) return;
      if (p.role !== 'body' && headingLevel(p.role) === null) return;
      if ((lastAt.get(entry) ?? -1) <= k) return;
      first ??= entry;
      p.role = 'body';
    }
  });
}
