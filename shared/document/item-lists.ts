/**
 * Enumerated item lists. Under "（二）符合下列要求的社会团体予以保留。" come "1.遵守国家法律法规……。",
 * "2.有规范的名称。", "3.有50个以上的成员。": each a sentence with nothing of its own under it. Their numbers
 * count the items of a text, not sections of the document (GB/T 9704 7.3.3's 结构层次序数 number
 * sections, which have content under them); a reader sees body text, and the outline would fill with
 * sentences. Published lists of this kind: the conditions and problems listed in 国办发〔1997〕11号 and
 * 崇明区〔2017〕39号, a bulletin's numbered notes (注释：1.本公报中数据均为……), the measures 一、…三十、 of
 * 国办发〔2018〕117号, the duties （1）…（13） of the 国家粮食应急预案.
 *
 * A paragraph alone cannot tell: "（一）指导思想。" reads the same as "1.有规范的名称。", and only what
 * follows shows that the first heads a section. So the decision is made per list, over the run of
 * same-level numbered paragraphs that count on (1., 2., 3. …): it is an item list when its members are
 * sentences with no section under them, and then every member is body text.
 */
import { parseNumbering, type NumberingMarker } from './numbering';
import { headingLevel, type DocParagraph, type ParagraphRole } from './roles';
import { RUN_IN_PHRASE_MAX_CHARS, splitRunInHeading } from './run-in';
import { charLength } from './line-shapes';

/** An item closes with a full stop, or a ；between items (GB/T 15834 4.6.3.2); a note in brackets may
 *  follow it ("……给予优先支持。（商务部负责）" in 国办发〔2018〕117号). */
const SENTENCE_END = /[。；;！？!?](?:[（(][^（）()]*[）)])?$/;
/** An item that leads into items of its own ("10.法人社会团体还应具备：" then "（1）……；（2）……"). */
const LEAD_IN_END = /[：:]$/;

interface Member {
  index: number;
  text: string;
  marker: NumberingMarker;
  /** Paragraphs follow it before its next sibling: unnumbered body text or deeper numbered items. */
  hasContent: boolean;
}

function markerOf(p: DocParagraph | undefined): NumberingMarker | null {
  if (!p || (p.role !== 'body' && headingLevel(p.role) === null)) return null;
  return parseNumbering(p.text.trim());
}

/**
 * The list that starts at `start`: the same-level numbered paragraphs that count on from it, each with
 * whether something of its own follows it. The list ends at a higher-level number, a number out of
 * sequence, an unnumbered heading (第二章 ……) or a closing role (署名, 附件说明 …).
 */
function collectList(paragraphs: readonly DocParagraph[], start: number, first: NumberingMarker): Member[] {
  const { level } = first;
  let last: Member = { index: start, text: paragraphs[start]!.text.trim(), marker: first, hasContent: false };
  const members = [last];
  let expected = first.value + 1;
  for (let k = start + 1; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const t = p.text.trim();
    if (!t) continue;
    if (p.role !== 'body' && headingLevel(p.role) === null) break;
    const marker = parseNumbering(t);
    if (marker) {
      if (marker.level === level && marker.value === expected) {
        last = { index: k, text: t, marker, hasContent: false };
        members.push(last);
        expected++;
        continue;
      }
      if (marker.level > level) {
        last.hasContent = true;
        continue;
      }
      break;
    }
    if (p.role !== 'body') break;
    last.hasContent = true;
  }
  return members;
}

/** "一、元旦：2018年12月30日至……", "（二）中风险类：有不良安全习惯……": a short label and a colon head the item. */
const LABEL = /^[^，,。；;：:、（）()“”]{1,8}[：:]/;

/** The member is one sentence on its line (or a numbered paragraph too long to hold a heading), not
 *  a run-in heading or a label with its text. */
function isSingleSentence(text: string, marker: NumberingMarker): boolean {
  if (LABEL.test(text.slice(marker.offset + marker.marker.length))) return false;
  const { headingPart, rest } = splitRunInHeading(text);
  return headingPart === '' || rest.trim() === '' || charLength(headingPart.trim()) > RUN_IN_PHRASE_MAX_CHARS;
}

function isItemList(members: readonly Member[]): boolean {
  if (members.length < 2) return false;
  if (!members.every((m) => SENTENCE_END.test(m.text) || LEAD_IN_END.test(m.text))) return false;
  // Headings have their sections under them. Items mostly have nothing: an item that leads into
  // sub-items (……具备：), the last one (the text after a list closes its section) and the odd item
  // with a second paragraph (a rule's article with its 款) aside.
  const withContent = members.slice(0, -1).filter((m) => m.hasContent && !LEAD_IN_END.test(m.text)).length;
  if (withContent * 3 > members.length) return false;
  const sentences = members.filter((m) => SENTENCE_END.test(m.text) && isSingleSentence(m.text, m.marker)).length;
  // "（一）加强组织领导。……" ×n are run-in headings with their sections in one paragraph each.
  return sentences * 2 > members.length;
}

/**
 * Turns the members of every item list into body text. Paragraphs whose source format names them a
 * heading (a Word heading style) are left as they are, and so is any list that has one.
 */
export function markItemLists(paragraphs: DocParagraph[], sourceRoles?: ReadonlyArray<ParagraphRole | null | undefined>): void {
  const seen = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (seen.has(i)) continue;
    const marker = markerOf(paragraphs[i]);
    if (!marker) continue;
    const members = collectList(paragraphs, i, marker);
    for (const m of members) seen.add(m.index);
    if (members.some((m) => headingLevel(sourceRoles?.[m.index] ?? 'body') !== null)) continue;
    if (isItemList(members)) for (const m of members) paragraphs[m.index]!.role = 'body';
  }
}
