/**
 * A report's paragraphs as library snippets: the body paragraphs and the run-in heading paragraphs
 * ("（一）压实安全生产责任。街道……"), each with the headings above it and its section kind. Titles,
 * subtitles, the addressee, own-line headings, the signature, the date and attachment notes are not
 * snippets: they are the frame of one document, not text to reuse.
 */
import { charLength } from '../document/line-shapes';
import { headingLevel, type DocParagraph, type ParagraphRole } from '../document/roles';
import { splitRunInHeading } from '../document/run-in';
import { headingTitle } from '../outline/outline';
import { classifyParagraph, type Classification } from './classify';
import type { SectionKind } from './section-kinds';

/** Shorter paragraphs are fragments (a stray line, "特此报告。"), not worth a library entry. */
export const MIN_SNIPPET_CHARS = 8;

const FRAME_ROLES: ReadonlySet<ParagraphRole> = new Set(['title', 'subtitle', 'docNumber', 'addressee', 'signature', 'date', 'attachment']);

export interface LibraryParagraph {
  text: string;
  /** The headings above it, outermost first, each as "marker + title" (三、围绕重点……, （一）紧盯目标……). */
  headingPath: string[];
  /** Index in the document's paragraphs. */
  paragraph: number;
  kind: SectionKind;
  kindReason: string;
  kindRule: string;
}

/** "（一）紧盯目标，加大项目推进力度。X年……" → "（一）紧盯目标，加大项目推进力度". */
export function headingLabel(text: string): string {
  const { marker, title } = headingTitle(text.trim());
  return `${marker}${title}`;
}

export function splitForLibrary(paragraphs: readonly DocParagraph[]): LibraryParagraph[] {
  const firstHeading = paragraphs.findIndex((p) => headingLevel(p.role) !== null);
  const open: Array<{ level: number; label: string }> = [];
  const kept: Array<Omit<LibraryParagraph, 'kind' | 'kindReason' | 'kindRule'> & { ownHeading?: string; afterHeading: boolean }> = [];
  let headingSinceLast = false;

  paragraphs.forEach((p, index) => {
    const text = p.text.trim();
    const level = headingLevel(p.role);
    if (level !== null) {
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      const path = open.map((h) => h.label);
      const label = headingLabel(text);
      open.push({ level, label });
      const split = splitRunInHeading(text);
      headingSinceLast = true;
      if (split.headingPart && split.rest.trim() !== '' && charLength(text) >= MIN_SNIPPET_CHARS) {
        kept.push({ text, headingPath: path, paragraph: index, ownHeading: split.headingPart, afterHeading: true });
        headingSinceLast = false;
      }
      return;
    }
    if (FRAME_ROLES.has(p.role) || charLength(text) < MIN_SNIPPET_CHARS) return;
    kept.push({ text, headingPath: open.map((h) => h.label), paragraph: index, afterHeading: headingSinceLast });
    headingSinceLast = false;
  });

  const out: LibraryParagraph[] = [];
  kept.forEach((k, i) => {
    const previous = out[i - 1];
    const c: Classification = classifyParagraph({
      text: k.text,
      headingPath: k.headingPath,
      ownHeading: k.ownHeading,
      beforeFirstHeading: firstHeading < 0 ? i === 0 : k.paragraph < firstHeading,
      isLast: i === kept.length - 1,
      previousKind: previous && !k.afterHeading ? previous.kind : null,
    });
    out.push({ text: k.text, headingPath: k.headingPath, paragraph: k.paragraph, kind: c.kind, kindReason: c.reason, kindRule: c.rule });
  });
  return out;
}
