import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { cleanupParagraphs } from '../../shared/document/cleanup';
import { detectRoles } from '../../shared/document/detect-roles';
import type { DocParagraph } from '../../shared/document/roles';
import { makeTempDir } from '../testing/temp-dir';
import { importFile } from '../importers/import-file';
import { docxToPdf, docxToPdfs, pdfLines, pdfPages, type PdfLine, redInkRowsMm } from '../testing/render-pdf';
import { buildDocx, keepsWithNext, NO_HANGING_PUNCTUATION } from './docx-writer';
import { BODY_CHAR, FONT_SETS, LINE_PITCH, MARGINS, PAGE, PAGE_NUMBER_CHAR } from './layout';

const samples = path.resolve(import.meta.dirname, '../../fixtures/samples');
function sampleParagraphs(file: string): DocParagraph[] {
  const lines = fs.readFileSync(path.join(samples, file), 'utf8').split('\n');
  return detectRoles(cleanupParagraphs(lines).paragraphs);
}

async function xmlParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('string');
  return out;
}

describe('buildDocx XML', () => {
  it('sets a 发文字号 paragraph as its own centred line in the body face (GB/T 9704 §7.2.4)', async () => {
    const paragraphs = detectRoles(['国务院关于印发《国务院工作规则》的通知', '国发〔2004〕18号', '各省、自治区、直辖市人民政府：', '现予印发。']);
    expect(paragraphs[1]!.role).toBe('docNumber');
    const doc = (await xmlParts(await buildDocx(paragraphs, { fonts: 'standard' })))['word/document.xml']!;
    const para = /<w:p>(?:(?!<w:p>)[\s\S])*?国发〔2004〕18号[\s\S]*?<\/w:p>/.exec(doc)?.[0];
    expect(para).toBeDefined();
    expect(para).toContain('<w:jc w:val="center"/>');
    expect(para).toContain(`w:eastAsia="${FONT_SETS.standard.body}"`);
  });

  it('sets the configured East Asian font on every run and uses no theme fonts', async () => {
    for (const choice of ['standard', 'system'] as const) {
      // 001 has a two-line title, an addressee, 一、 and （一） headings (run-in and own-line).
      const parts = await xmlParts(await buildDocx(sampleParagraphs('001_32978eeceef8f739.txt'), { fonts: choice }));
      const fonts = FONT_SETS[choice];
      const allowed = new Set([fonts.title, fonts.body, fonts.hei, fonts.kai, fonts.song]);
      for (const [name, xml] of Object.entries(parts)) {
        if (!/^word\/(document|footer\d*)\.xml$/.test(name)) continue;
        const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
        expect(runs.length, name).toBeGreaterThan(0);
        for (const r of runs) {
          const eastAsia = /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(r)?.[1];
          expect(eastAsia, `${name}: ${r.slice(0, 200)}`).toBeDefined();
          expect(allowed.has(eastAsia!), eastAsia).toBe(true);
        }
      }
      // No run or style may take its font from the theme (asciiTheme, eastAsiaTheme, …): Word would
      // let the theme override the 公文 fonts and WPS would report them missing.
      for (const [name, xml] of Object.entries(parts)) {
        if (name.includes('theme/')) continue;
        expect(xml, name).not.toMatch(/w:[a-zA-Z]+Theme="/);
      }
      // Title 小标宋, body text 仿宋 of the chosen set; level-1 headings 黑体; level-2 楷体; page numbers 宋体.
      expect(parts['word/document.xml']).toContain(`w:eastAsia="${fonts.title}"`);
      expect(parts['word/document.xml']).toContain(`w:eastAsia="${fonts.body}"`);
      expect(parts['word/footer1.xml']).toContain(`w:eastAsia="${fonts.song}"`);
      expect(parts['word/document.xml']).toContain(`w:eastAsia="${fonts.hei}"`);
      expect(parts['word/document.xml']).toContain(`w:eastAsia="${fonts.kai}"`);
    }
  });

  it('declares heading styles 1–4 with outline levels, and the page to GB/T 9704', async () => {
    const parts = await xmlParts(await buildDocx(sampleParagraphs('002_60ffe4ad60b6dedb.txt'), { fonts: 'standard' }));
    const styles = parts['word/styles.xml']!;
    for (let level = 1; level <= 4; level++) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`).exec(styles)?.[0];
      expect(style, `Heading${level}`).toBeDefined();
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(doc).toContain('w:pStyle w:val="Heading1"');
    expect(doc).toContain('w:pStyle w:val="Heading3"');
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
  });

  it('gives the defaults and every 公文 style the East Asian font of its role, and forbids hanging punctuation', async () => {
    for (const choice of ['standard', 'system'] as const) {
      const fonts = FONT_SETS[choice];
      const styles = (await xmlParts(await buildDocx(sampleParagraphs('001_32978eeceef8f739.txt'), { fonts: choice })))['word/styles.xml']!;
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
      expect(defaults).toContain(`w:eastAsia="${fonts.body}"`);
      // Text typed later into a new paragraph in Word keeps 仿宋, and no line puts a mark in the margin.
      expect(defaults).toMatch(new RegExp(`<w:pPrDefault><w:pPr>${NO_HANGING_PUNCTUATION}`));
      const styleFont = (id: string) => {
        const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0];
        return /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(style ?? '')?.[1];
      };
      expect(styleFont('Title')).toBe(fonts.title);
      expect(styleFont('GongwenBody')).toBe(fonts.body);
      expect(styleFont('Heading1')).toBe(fonts.hei);
      expect(styleFont('Heading2')).toBe(fonts.kai);
      expect(styleFont('Heading3')).toBe(fonts.body);
      expect(styleFont('Heading4')).toBe(fonts.body);
      // One style named Title (ours replaces the docx package's), so Word and WPS show no "Title 1".
      expect(styles.match(/<w:name w:val="Title"\/>/g)).toHaveLength(1);
    }
  });
});

// ---------- rendered by LibreOffice ----------

/** The 版心 and grid in points (PDF coordinates from the top left), from the numbers the writer uses. */
const PT = {
  left: MARGINS.left / 20,
  right: (PAGE.width - MARGINS.right) / 20,
  top: MARGINS.top / 20,
  bottom: (PAGE.height - MARGINS.bottom) / 20,
  pitch: LINE_PITCH / 20,
  char: BODY_CHAR / 20,
  pageNumberChar: PAGE_NUMBER_CHAR / 20,
};
/** Marks that may not start a line (避头) and may not end one (避尾): where LibreOffice and Word break early. */
const CLOSERS = '”’》〉）】」』，。、；：？！…—·';
const OPENERS = '“‘《〈（【「『';
const hasHalfWidth = (t: string) => /[\x21-\x7e]/.test(t);
/** Roles set as justified text block paragraphs, indented 2 characters on their first line. */
const BLOCK_ROLES = new Set(['body', 'heading1', 'heading2', 'heading3', 'heading4', 'attachment']);

interface PlacedLine extends PdfLine {
  paragraph: number;
  first: boolean;
  last: boolean;
}

interface Rendered {
  sample: string;
  paragraphs: DocParagraph[];
  width: number;
  height: number;
  /** Text lines per page (inside the 版心), each tied to the paragraph it belongs to. */
  pages: PlacedLine[][];
  /** What sits below the 版心 on each page: the page number. */
  footers: PdfLine[][];
}

/**
 * Ties every rendered line to its paragraph by walking the text in order. Throws when the text does not
 * follow the document exactly: a lost, doubled or reordered piece of text fails the render test too.
 */
function placeLines(paragraphs: DocParagraph[], pages: PdfLine[][]): PlacedLine[][] {
  const texts = paragraphs.map((p) => p.text.replace(/\s/g, ''));
  let p = 0;
  let offset = 0;
  return pages.map((lines) =>
    lines.map((line) => {
      while (p < texts.length && offset >= texts[p]!.length) {
        p++;
        offset = 0;
      }
      const expected = texts[p]?.slice(offset, offset + line.text.length);
      if (expected !== line.text) throw new Error(`page ${line.page}: rendered “${line.text}” where paragraph ${p} has “${expected}”`);
      const placed = { ...line, paragraph: p, first: offset === 0, last: offset + line.text.length === texts[p]!.length };
      offset += line.text.length;
      return placed;
    }),
  );
}

/** Lines a heading chain at the top of a page takes: own-line headings kept with the text under them. */
function carriedLines(r: Rendered, page: number): number {
  const lines = r.pages[page] ?? [];
  if (!lines[0]?.first) return 0;
  let n = 0;
  for (const line of lines) {
    if (!keepsWithNext(r.paragraphs[line.paragraph]!) || r.paragraphs[line.paragraph]!.role === 'title') break;
    n++;
  }
  return n;
}

const RENDERED_SAMPLES = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();

describe('rendered by LibreOffice (GB/T 9704 page checks)', () => {
  const temp = makeTempDir('gongwen-render-');
  const rendered: Rendered[] = [];
  let asWritten: string;
  beforeAll(async () => {
    const docxs: string[] = [];
    const imported: DocParagraph[][] = [];
    for (const sample of RENDERED_SAMPLES) {
      const { paragraphs } = await importFile(path.join(samples, sample));
      const docx = path.join(temp.dir, sample.replace(/\.txt$/, '.docx'));
      fs.writeFileSync(docx, await buildDocx(paragraphs, { fonts: 'standard' }));
      docxs.push(docx);
      imported.push(paragraphs);
    }
    const pdfs = await docxToPdfs(docxs, { punctuationAsWord: true });
    pdfs.forEach((pdf, i) => {
      const { width, height } = pdfPages(pdf);
      const lines = pdfLines(pdf);
      const inBlock = lines.map((page) => page.filter((l) => l.yMax <= PT.bottom + 1));
      rendered.push({
        sample: RENDERED_SAMPLES[i]!,
        paragraphs: imported[i]!,
        width,
        height,
        pages: placeLines(imported[i]!, inBlock),
        footers: lines.map((page) => page.filter((l) => l.yMax > PT.bottom + 1)),
      });
    });
    // The file exactly as written, through LibreOffice's own reading of w:overflowPunct (see below).
    const plain = path.join(temp.dir, 'as-written');
    fs.mkdirSync(plain);
    fs.copyFileSync(docxs[0]!, path.join(plain, 'sample.docx'));
    asWritten = await docxToPdf(path.join(plain, 'sample.docx'));
  }, 240_000);
  afterAll(() => temp.cleanup());

  it('renders every sample on A4 with every line of text in order inside the 版心', () => {
    expect(rendered).toHaveLength(RENDERED_SAMPLES.length);
    for (const r of rendered) {
      expect(r.width, r.sample).toBeCloseTo(595.3, 0);
      expect(r.height, r.sample).toBeCloseTo(841.9, 0);
      const lines = r.pages.flat();
      // placeLines walked the text in order; the last line must close the last paragraph.
      expect(lines.at(-1)!.paragraph, r.sample).toBe(r.paragraphs.length - 1);
      expect(lines.at(-1)!.last, r.sample).toBe(true);
      for (const l of lines) {
        const where = `${r.sample} p.${l.page}: ${l.text}`;
        expect(l.xMin, where).toBeGreaterThanOrEqual(PT.left - 1);
        expect(l.xMax, where).toBeLessThanOrEqual(PT.right + 1);
        expect(l.yMin, where).toBeGreaterThanOrEqual(PT.top - 1);
      }
    }
  });

  it('fills 22 lines on every page but the last, 21 or fewer only where headings moved on with their text', () => {
    let carried = 0;
    for (const r of rendered) {
      expect(r.pages.length, r.sample).toBeGreaterThan(2);
      // Grid: every line of 3号 text sits an exact number of line pitches below the first line of page 2.
      const y0 = r.pages[1]![0]!.yMin;
      const slot = (l: PdfLine) => (l.yMin - y0) / PT.pitch;
      r.pages.forEach((lines, i) => {
        const n = i + 1;
        for (const l of lines) {
          if (r.paragraphs[l.paragraph]!.role === 'title') continue; // 2号 type sits differently in its line
          expect(Math.abs(slot(l) - Math.round(slot(l))), `${r.sample} p.${n} off the grid: ${l.text}`).toBeLessThan(0.05);
        }
        if (n === r.pages.length) return;
        // Lines used on the page, blank ones (under the title) included: the last line's grid slot.
        const used = Math.round(slot(lines.at(-1)!)) + 1;
        if (n > 1) expect(lines.length, `${r.sample} p.${n}: text lines = lines used`).toBe(used);
        const short = 22 - used;
        if (short === 0) return;
        // keepNext moved an own-line heading (or a chain of them) and the first line under it to the next
        // page: the page may end short by at most the heading lines moved, never otherwise.
        const moved = carriedLines(r, i + 1);
        expect(short, `${r.sample} p.${n} has ${used} lines; ${moved} heading lines moved on`).toBeGreaterThan(0);
        expect(short, `${r.sample} p.${n} has ${used} lines; ${moved} heading lines moved on`).toBeLessThanOrEqual(moved);
        carried++;
      });
    }
    expect(carried).toBeGreaterThan(0); // the samples do exercise the heading rule
  });

  it('sets at most 28 characters a line, exactly 28 on every full line unless a line-breaking rule moved one', () => {
    let fullLines = 0;
    let kinsoku = 0;
    for (const r of rendered) {
      const lines = r.pages.flat();
      lines.forEach((l, i) => {
        const role = r.paragraphs[l.paragraph]!.role;
        if (!BLOCK_ROLES.has(role)) return;
        const where = `${r.sample} p.${l.page}: ${l.text}`;
        // First lines are indented 2 characters, wrapped lines start flush left.
        expect(l.xMin - (l.first ? PT.left + 2 * PT.char : PT.left), where).toBeCloseTo(0, 0);
        // A full line reaches the right edge of the 版心 (28 × 15.75 pt leaves 1.2 pt of the 442.2 pt
        // 版心 free; shorter lines are justified to the edge), and, as checked above, never passes it.
        if (!l.last) expect(l.xMax, where).toBeGreaterThan(PT.right - 1.5);
        if (hasHalfWidth(l.text)) return; // Latin letters and digits are narrower: counts mean nothing
        const capacity = l.first ? 26 : 28;
        expect(l.text.length, where).toBeLessThanOrEqual(capacity);
        if (l.last) return;
        fullLines++;
        const short = capacity - l.text.length;
        if (short === 0) return;
        // Short only where the break had to move: the `short` characters that would have fitted went
        // down because the next line may not start with the closing mark after them (next[1..short] are
        // closing marks), or is Latin/digits that cannot split or take extra space beside Chinese text
        // (LibreOffice and Word both space Latin from Chinese), or this line may not end with an opening mark.
        const next = lines[i + 1]!.text;
        const movable = (c: string) => CLOSERS.includes(c) || hasHalfWidth(c);
        const explained =
          short <= 2 &&
          ([...next.slice(1, short + 1)].every(movable) || OPENERS.includes(next[short - 1]!) || hasHalfWidth(next[0]!));
        expect(explained, `${where} is ${short} short; next line: ${next.slice(0, 4)}`).toBe(true);
        kinsoku++;
      });
    }
    expect(fullLines).toBeGreaterThan(500);
    // Line-breaking rules move a character on a few lines in a hundred, not on many.
    expect(kinsoku / fullLines).toBeLessThan(0.1);
  });

  it('prints "— N —" on every page in 4号 宋体, 7 mm under the 版心, odd pages right and even pages left', () => {
    for (const r of rendered) {
      r.footers.forEach((footer, i) => {
        const n = i + 1;
        expect(footer.map((l) => l.text), `${r.sample} p.${n}`).toEqual([`—${n}—`]);
        const number = footer[0]!;
        expect(number.yMin, `${r.sample} p.${n}`).toBeGreaterThan(PT.bottom + 5);
        expect(number.yMax, `${r.sample} p.${n}`).toBeLessThan(PT.bottom + 40);
        // One 4号 character in from the edge of the 版心.
        if (n % 2 === 1) expect(number.xMax - (PT.right - PT.pageNumberChar), `${r.sample} p.${n} right`).toBeCloseTo(0, 0);
        else expect(number.xMin - (PT.left + PT.pageNumberChar), `${r.sample} p.${n} left`).toBeCloseTo(0, 0);
      });
    }
  });

  it('needs the punctuation flip: LibreOffice still reads w:overflowPunct="0" as hanging punctuation', () => {
    // Rendered as written, LibreOffice hangs closing marks in the margin (a 29th character past the
    // 版心) on lines where Word, honouring w:overflowPunct="0", breaks one character earlier. If this
    // fails, LibreOffice reads the element right and `punctuationAsWord` can go.
    const beyond = pdfLines(asWritten)
      .flat()
      .filter((l) => l.yMax <= PT.bottom + 1 && l.xMax > PT.right + 5);
    expect(beyond.length).toBeGreaterThan(0);
    expect(beyond.every((l) => CLOSERS.includes(l.text.at(-1)!))).toBe(true);
  });
});

describe('版头 rendered by LibreOffice', () => {
  it('sets the red 发文机关标志 35 mm below the top of the 版心, the red rule under the 发文字号, and the title after it', async () => {
    const temp = makeTempDir('gongwen-render-header-');
    try {
      const docx = path.join(temp.dir, 'header.docx');
      const paragraphs: DocParagraph[] = [
        { role: 'title', text: '关于做好安全生产工作的通知' },
        { role: 'body', text: '各街道：现将有关事项通知如下。' },
      ];
      fs.writeFileSync(docx, await buildDocx(paragraphs, { fonts: 'standard', header: { issuer: '中共X区委员会文件', docNumber: 'X委发〔2026〕3号' } }));
      const pdf = await docxToPdf(docx);
      const red = redInkRowsMm(pdf)!;
      // 天头 37 mm + 35 mm; GB/T 9704 allows ±1 mm on the margins.
      expect(Math.abs(red.first - 72)).toBeLessThan(1);
      const lines = pdfLines(pdf)[0]!;
      const number = lines.find((l) => l.text.includes('委发'))!;
      const title = lines.find((l) => l.text.includes('安全生产'))!;
      expect(number, lines.map((l) => l.text).join(' | ')).toBeDefined();
      const mmOf = (pt: number) => (pt * 25.4) / 72;
      // The rule is the last red ink, below the 发文字号 and above the title.
      expect(red.last).toBeGreaterThan(mmOf(number.yMax) - 2);
      expect(red.last).toBeLessThan(mmOf(title.yMin) + 2);
      expect(red.last - red.first).toBeGreaterThan(20);
    } finally {
      temp.cleanup();
    }
  }, 120_000);
});
