/**
 * A title set over two or three lines (“国务院关于印发《国务院工作规则” / “》的通知”), and a subtitle in
 * brackets over two lines (“（二○○四年六月十六日国务院” / “第54次常务会议修订通过）”), are one unit of
 * text: the rules that look across characters — pairing (GB/T 15834) and repetition — read the lines
 * joined. The per-paragraph pass leaves title and subtitle lines to this document pass, which reads
 * only the few lines at the head of each document.
 */
import type { DocParagraph, ParagraphRole } from '../document/roles';
import type { ParagraphFinding } from './finding';
import type { DocumentFormatProblem } from './format';
import { checkPairing } from './pairing';
import { checkRepetition } from './repetition';

/** Roles whose consecutive lines form one unit. */
export const UNIT_ROLES: ReadonlySet<ParagraphRole> = new Set(['title', 'subtitle']);

interface Unit {
  /** Paragraph indexes of the lines, in order. */
  lines: number[];
  /** Offset of each line in the joined text. */
  offsets: number[];
  text: string;
}

function units(paragraphs: readonly DocParagraph[]): Unit[] {
  const out: Unit[] = [];
  let current: Unit | null = null;
  let role: ParagraphRole | null = null;
  paragraphs.forEach((p, i) => {
    if (!UNIT_ROLES.has(p.role) || !p.text.trim()) {
      current = null;
      return;
    }
    if (current === null || role !== p.role) {
      current = { lines: [], offsets: [], text: '' };
      role = p.role;
      out.push(current);
    }
    current.lines.push(i);
    current.offsets.push(current.text.length);
    current.text += p.text;
  });
  return out;
}

/** The finding on the line where it starts; one that runs into the next line keeps the part on its
 *  own line, except a doubled word, which is reported as the copy on the later line. */
function place(unit: Unit, paragraphs: readonly DocParagraph[], f: ParagraphFinding): DocumentFormatProblem {
  let k = unit.offsets.length - 1;
  while (k > 0 && unit.offsets[k]! > f.start) k--;
  let line = k;
  let start = f.start - unit.offsets[k]!;
  let end = f.end - unit.offsets[k]!;
  let suggestion = f.suggestion;
  const text = paragraphs[unit.lines[line]!]!.text;
  if (end > text.length) {
    if (f.category === 'repetition' && line + 1 < unit.lines.length) {
      // The second copy, on the next line: deleting it undoes the doubling.
      line += 1;
      start = 0;
      end = f.end - unit.offsets[line]!;
      suggestion = '';
    } else {
      end = text.length;
      suggestion = undefined;
    }
  }
  const own = paragraphs[unit.lines[line]!]!.text;
  const finding: ParagraphFinding = { ...f, start, end, text: own.slice(start, end) };
  if (suggestion === undefined) delete finding.suggestion;
  else finding.suggestion = suggestion;
  return { paragraph: unit.lines[line]!, finding };
}

export function checkTitleUnits(paragraphs: readonly DocParagraph[]): DocumentFormatProblem[] {
  const out: DocumentFormatProblem[] = [];
  for (const unit of units(paragraphs)) {
    for (const f of checkPairing(unit.text)) out.push(place(unit, paragraphs, f));
    for (const f of checkRepetition(unit.text)) out.push(place(unit, paragraphs, f));
  }
  return out;
}
