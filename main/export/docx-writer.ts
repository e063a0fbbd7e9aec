import JSZip from 'jszip';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IParagraphRunOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { isHeadingRole, type DocParagraph } from '../../shared/document/roles';
import { splitRunInHeading } from '../../shared/document/run-in';
import { splitTitleLines } from '../../shared/text/title-lines';
import {
  BODY_CHAR,
  BODY_CHARACTER_SPACING,
  FONT_SETS,
  FOOTER_DISTANCE,
  LINE_PITCH,
  mm,
  MARGINS,
  PAGE,
  PAGE_NUMBER_CHAR,
  SIZE,
  type FontChoice,
  type FontSet,
} from './layout';

export interface DocxHeaderOptions {
  /** 发文机关标志, e.g. "中共X区委员会文件". */
  issuer: string;
  /** 发文字号, e.g. "X委发〔2026〕3号". */
  docNumber?: string;
}

export interface DocxColophonOptions {
  /** 抄送 recipients, e.g. "区人大常委会，区政协。" */
  copyTo?: string;
  /** 印发机关. */
  printedBy: string;
  /** 印发日期, e.g. "2026年4月8日". */
  printedOn: string;
}

export interface DocxOptions {
  fonts: FontChoice;
  /** 版头: red issuer mark and document number. */
  header?: DocxHeaderOptions;
  /** 版记: 抄送, 印发机关和印发日期. */
  colophon?: DocxColophonOptions;
  title?: string;
}

const RED = 'C00000';
/** 发文机关标志: 36 pt (half-points), set 35 mm below the top of the 版心. */
const ISSUER_SIZE = 72;
const ISSUER_SPACE_BEFORE = mm(35);
/** 442 pt of text block over 22 pt 2号 characters. */
const TITLE_CHARS_PER_LINE = 20;

/** Named styles: headings carry outline levels 1–4 so Word's and WPS's navigation pane shows the outline. */
const STYLE_IDS = {
  // 'Title' replaces the docx package's own Title style, so the file has one style named Title, not two.
  title: 'Title',
  body: 'GongwenBody',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
} as const;

function font(name: string) {
  // Every slot set, so no theme font and no Latin fallback face ever applies (WPS reports theme fonts missing).
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function run(text: string, face: string, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text, ...bodyRunOptions(face, extra) });
}

function bodyRunOptions(face: string, extra: IRunOptions = {}): IRunOptions {
  return { font: font(face), size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING, ...extra };
}

/**
 * How a paragraph's text becomes runs, so the tracked-changes export (compare-docx.ts) lays a document
 * out exactly as this export does and only swaps the runs. `runs` makes the runs for characters
 * [from, to) of paragraph `index`'s text with the run options this layout gives them (face, size, a
 * title's line break); `paragraphMark` marks a whole paragraph inserted or deleted.
 */
export interface RunHooks {
  runs(index: number, from: number, to: number, options: IRunOptions): ParagraphChild[];
  paragraphMark?(index: number): IParagraphRunOptions | undefined;
}

function plainRuns(paragraphs: readonly DocParagraph[]): RunHooks {
  return { runs: (index, from, to, options) => [new TextRun({ ...options, text: paragraphs[index]!.text.slice(from, to) })] };
}

const exactLines = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Every body paragraph: exact line pitch and no widow/orphan control, else Word and LibreOffice pull
 *  lines onto the next page and a page no longer holds 22 lines. */
function paraWith(options: IParagraphOptions): Paragraph {
  return new Paragraph({ widowControl: false, ...options });
}

function blankLine(): Paragraph {
  return paraWith({ style: STYLE_IDS.body, children: [], indent: { firstLine: 0 } });
}

function headingFace(level: 1 | 2 | 3 | 4, fonts: FontSet): string {
  return level === 1 ? fonts.hei : level === 2 ? fonts.kai : fonts.body;
}

/**
 * Whether the paragraph is kept on the page of the one after it: the title, and a heading on its own
 * line (it stays with the text under it); a run-in heading carries its own text.
 */
export function keepsWithNext(p: DocParagraph): boolean {
  if (p.role === 'title') return true;
  if (!isHeadingRole(p.role)) return false;
  const { headingPart, rest } = splitRunInHeading(p.text);
  return !(headingPart && rest);
}

function paragraphFor(p: DocParagraph, index: number, fonts: FontSet, hooks: RunHooks): Paragraph[] {
  const text = p.text;
  const whole = (face: string) => hooks.runs(index, 0, text.length, bodyRunOptions(face));
  const mark = hooks.paragraphMark?.(index);
  const para = (options: IParagraphOptions) => paraWith({ ...options, ...(mark ? { run: mark } : {}) });
  switch (p.role) {
    case 'title': {
      // 20 characters of 2号 type fill a line: longer titles break between words as a trapezoid.
      let at = text.length - text.trimStart().length;
      const children = splitTitleLines(text, TITLE_CHARS_PER_LINE).flatMap((line, i) => {
        const runs = hooks.runs(index, at, at + line.length, { break: i > 0 ? 1 : 0, font: font(fonts.title), size: SIZE.title, bold: fonts.titleBold });
        at += line.length;
        return runs;
      });
      return [new Paragraph({ style: STYLE_IDS.title, children, ...(mark ? { run: mark } : {}) })];
    }
    case 'subtitle':
      return [para({ style: STYLE_IDS.body, alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children: whole(fonts.kai) })];
    case 'docNumber': {
      // GB/T 9704 §7.2.4: the 发文字号 is centred on its own line, in the body face.
      const from = text.length - text.trimStart().length;
      const children = hooks.runs(index, from, from + text.trim().length, bodyRunOptions(fonts.body));
      return [para({ style: STYLE_IDS.body, alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, children })];
    }
    case 'addressee':
      return [para({ style: STYLE_IDS.body, indent: { firstLine: 0 }, children: whole(fonts.body) })];
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4': {
      const level = Number(p.role.slice(-1)) as 1 | 2 | 3 | 4;
      const style = STYLE_IDS[p.role];
      const { headingPart, rest } = splitRunInHeading(text);
      const head = headingPart || text;
      const children = hooks.runs(index, 0, head.length, bodyRunOptions(headingFace(level, fonts)));
      if (headingPart && rest) children.push(...hooks.runs(index, head.length, text.length, bodyRunOptions(fonts.body)));
      return [para({ style, children, keepNext: keepsWithNext(p) })];
    }
    case 'signature':
      return [para({ style: STYLE_IDS.body, alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 2 * BODY_CHAR }, children: whole(fonts.body) })];
    case 'date':
      return [para({ style: STYLE_IDS.body, alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 4 * BODY_CHAR }, children: whole(fonts.body) })];
    case 'attachment':
      return [para({ style: STYLE_IDS.body, children: whole(fonts.body) })];
    case 'body':
    default:
      return [para({ style: STYLE_IDS.body, children: whole(fonts.body) })];
  }
}

/** The document body: blank lines where GB/T 9704 puts them (under the title, above attachments and the signature). */
function bodyParagraphs(paragraphs: DocParagraph[], fonts: FontSet, hooks: RunHooks): Paragraph[] {
  const out: Paragraph[] = [];
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    if (prev?.role === 'title' && p.role !== 'title' && p.role !== 'subtitle' && p.role !== 'docNumber') out.push(blankLine());
    // The 发文字号 stands apart: a blank line after it (under the title, GB/T 9704 puts one before the addressee).
    if (prev?.role === 'docNumber') out.push(blankLine());
    if (p.role === 'attachment' && prev && prev.role !== 'attachment') out.push(blankLine());
    if (p.role === 'signature' && prev && prev.role !== 'signature') out.push(blankLine());
    if (p.role === 'date' && prev && prev.role !== 'signature') out.push(blankLine());
    out.push(...paragraphFor(p, i, fonts, hooks));
  });
  return out;
}

function versionHeader(header: DocxHeaderOptions, fonts: FontSet): Paragraph[] {
  const out = [
    // GB/T 9704 §7.2.1: the 发文机关标志's top edge 35 mm below the top of the 版心. The line box is as
    // tall as the type (36 pt), so the glyphs start at its top in Word and LibreOffice alike.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: ISSUER_SPACE_BEFORE, after: 0, line: ISSUER_SIZE * 10, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: header.issuer, font: font(fonts.title), size: ISSUER_SIZE, color: RED, bold: fonts.titleBold })],
    }),
    blankLine(),
  ];
  if (header.docNumber) {
    out.push(
      new Paragraph({
        style: STYLE_IDS.body,
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 12 } },
        children: [run(header.docNumber, fonts.body)],
      }),
    );
  }
  out.push(blankLine());
  return out;
}

function colophon(c: DocxColophonOptions, fonts: FontSet): Paragraph[] {
  // Rules: thick above the first line and below the last, thin between (GB/T 9704 §10).
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 1 });
  const line = (children: TextRun[], top: 'thick' | 'thin', last: boolean) =>
    new Paragraph({
      indent: { left: PAGE_NUMBER_CHAR, right: PAGE_NUMBER_CHAR, firstLine: 0 },
      spacing: exactLines,
      border: { top: rule(top === 'thin' ? 4 : 12), ...(last ? { bottom: rule(12) } : {}) },
      tabStops: [{ type: 'right', position: 8845 - 2 * PAGE_NUMBER_CHAR }],
      children,
    });
  const small = (text: string) => new TextRun({ text, font: font(fonts.body), size: SIZE.colophon });
  const out = [blankLine()];
  if (c.copyTo) out.push(line([small(`抄送：${c.copyTo.replace(/[。.]?$/, '。')}`)], 'thick', false));
  out.push(line([small(c.printedBy), small('\t'), small(`${c.printedOn}印发`)], c.copyTo ? 'thin' : 'thick', true));
  return out;
}

function pageNumberFooter(fonts: FontSet, side: 'odd' | 'even'): Footer {
  const face = font(fonts.song);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_CHAR } : { left: PAGE_NUMBER_CHAR },
        children: [
          new TextRun({ text: '— ', font: face, size: SIZE.pageNumber }),
          new TextRun({ children: [PageNumber.CURRENT], font: face, size: SIZE.pageNumber }),
          new TextRun({ text: ' —', font: face, size: SIZE.pageNumber }),
        ],
      }),
    ],
  });
}

/**
 * `w:overflowPunct w:val="0"` in the document defaults: Word and WPS otherwise let a closing mark hang in
 * the right margin (允许标点溢出边界 is on unless stated), which puts a 29th character outside the 版心.
 * The docx package writes this element only when it is true, so it goes into styles.xml here.
 */
export const NO_HANGING_PUNCTUATION = '<w:overflowPunct w:val="0"/>';

async function forbidHangingPunctuation(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('word/styles.xml')!.async('string');
  const patched = styles.replace('<w:pPrDefault><w:pPr>', `<w:pPrDefault><w:pPr>${NO_HANGING_PUNCTUATION}`);
  if (patched === styles) throw new Error('docx: no paragraph defaults in styles.xml');
  zip.file('word/styles.xml', patched);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Writes the paragraphs as a .docx laid out to GB/T 9704-2012; `hooks` swap the runs (tracked changes). */
export async function buildDocx(paragraphs: DocParagraph[], options: DocxOptions, hooks: RunHooks = plainRuns(paragraphs)): Promise<Buffer> {
  const fonts = FONT_SETS[options.fonts];
  const bodyStyle: IParagraphOptions['indent'] = { firstLineChars: 200, firstLine: 2 * BODY_CHAR };
  const baseParagraph = { spacing: exactLines, indent: bodyStyle };
  const heading = (id: string, name: string, level: number, face: string) => ({
    id,
    name,
    basedOn: STYLE_IDS.body,
    next: STYLE_IDS.body,
    quickFormat: true,
    run: { font: font(face), size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING, bold: false, color: '000000' },
    paragraph: { ...baseParagraph, outlineLevel: level },
  });

  const doc = new Document({
    creator: '公文写作台',
    title: options.title ?? paragraphs.find((p) => p.role === 'title')?.text ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(fonts.body), size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING },
          paragraph: { spacing: exactLines },
        },
      },
      paragraphStyles: [
        {
          id: STYLE_IDS.body,
          name: '公文正文',
          quickFormat: true,
          run: { font: font(fonts.body), size: SIZE.body, characterSpacing: BODY_CHARACTER_SPACING },
          paragraph: { ...baseParagraph, alignment: AlignmentType.JUSTIFIED },
        },
        {
          id: STYLE_IDS.title,
          name: 'Title', // Word's built-in name: Word, WPS and our importer read it as the title
          basedOn: STYLE_IDS.body,
          next: STYLE_IDS.body,
          quickFormat: true,
          run: { font: font(fonts.title), size: SIZE.title, bold: fonts.titleBold, characterSpacing: 0 },
          paragraph: { spacing: exactLines, alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true },
        },
        heading(STYLE_IDS.heading1, 'heading 1', 0, fonts.hei),
        heading(STYLE_IDS.heading2, 'heading 2', 1, fonts.kai),
        heading(STYLE_IDS.heading3, 'heading 3', 2, fonts.body),
        heading(STYLE_IDS.heading4, 'heading 4', 3, fonts.body),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, header: MARGINS.top - 400, footer: FOOTER_DISTANCE, gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
        children: [
          ...(options.header ? versionHeader(options.header, fonts) : []),
          ...bodyParagraphs(paragraphs, fonts, hooks),
          ...(options.colophon ? colophon(options.colophon, fonts) : []),
        ],
      },
    ],
  });
  return forbidHangingPunctuation(await Packer.toBuffer(doc));
}
