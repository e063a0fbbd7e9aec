import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { cleanupParagraphs } from '../../shared/document/cleanup';
import { detectRoles } from '../../shared/document/detect-roles';
import type { DocParagraph } from '../../shared/document/roles';
import { makeTempDir } from '../testing/temp-dir';
import { docxToPdf, pdfPages, pdfWords } from '../testing/render-pdf';
import { buildDocx } from './docx-writer';
import { FONT_SETS } from './layout';

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
  it('sets the configured East Asian font on every run and uses no theme fonts', async () => {
    for (const choice of ['standard', 'system'] as const) {
      const parts = await xmlParts(await buildDocx(sampleParagraphs('000_d58627854540f769.txt'), { fonts: choice }));
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
      // Body text uses 仿宋 of the chosen set; level-1 headings 黑体; level-2 楷体.
      expect(parts['word/document.xml']).toContain(`w:eastAsia="${fonts.body}"`);
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
});

/** Pure CJK lines only: Latin letters and digits are narrower and make character counts meaningless. */
const isCjkOnly = (t: string) => !/[\x21-\x7e]/.test(t);
const OPENERS = '“‘《〈（【';
const CLOSERS = '”’》〉）】，。、；：？！';

describe('rendered by LibreOffice (GB/T 9704 page checks)', () => {
  const temp = makeTempDir('gongwen-render-');
  let pdf: string;
  beforeAll(async () => {
    const docx = path.join(temp.dir, '主体责任报告.docx');
    fs.writeFileSync(docx, await buildDocx(sampleParagraphs('002_60ffe4ad60b6dedb.txt'), { fonts: 'standard' }));
    pdf = docxToPdf(docx);
  }, 240_000);
  afterAll(() => temp.cleanup());

  it('is A4 with 22 lines on every full page and a "— N —" number, odd pages right and even pages left', () => {
    const { width, height, text } = pdfPages(pdf);
    expect(width).toBeCloseTo(595.3, 0);
    expect(height).toBeCloseTo(841.9, 0);
    expect(text.length).toBeGreaterThan(20);
    const words = pdfWords(pdf);
    text.forEach((page, i) => {
      const n = i + 1;
      const lines = page.split('\n').filter((l) => l.trim());
      const number = lines.at(-1)!.replace(/\s/g, '');
      expect(number, `page ${n}`).toBe(`—${n}—`);
      const textLines = lines.slice(0, -1);
      if (n > 1 && n < text.length) {
        const nextFirst = text[n]!.split('\n').find((l) => l.trim())!.trim();
        const carriedHeading = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(nextFirst);
        expect(textLines.length, `page ${n}`).toBe(carriedHeading ? 21 : 22);
      }
      const digits = words.filter((w) => w.page === n && w.text === String(n) && w.yMin > height - 120);
      expect(digits, `page number on page ${n}`).toHaveLength(1);
      const { xMin, xMax } = digits[0]!;
      if (n % 2 === 1) expect(xMax, `page ${n} right`).toBeGreaterThan(width - 120);
      else expect(xMin, `page ${n} left`).toBeLessThan(120);
    });
  });

  it('sets 28 characters on every full line and never more', () => {
    const { text } = pdfPages(pdf);
    const lines = text.flatMap((page) => page.split('\n').filter((l) => l.trim()).slice(0, -1));
    let full = 0;
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      const t = raw.replace(/\s/g, '');
      if (!isCjkOnly(t) || i < 2) continue; // skip the title block and lines with Latin or digits
      const indented = /^\s{2,}/.test(raw);
      const capacity = indented ? 26 : 28;
      // A closing mark may hang in the margin (避头尾): at most one character beyond the line.
      const hangs = t.length === capacity + 1 && CLOSERS.includes(t.at(-1)!);
      expect(t.length <= capacity || hangs, `line ${i}: ${t}`).toBe(true);
      const next = lines[i + 1];
      if (!next || /^\s{2,}/.test(next)) continue; // the paragraph's last line may be short
      const nextText = next.replace(/\s/g, '');
      full++;
      if (t.length >= capacity) continue;
      // One character short only where line-breaking rules moved it: the next line would otherwise
      // start with a closing mark, or this one would end with an opening mark, or Latin/digits follow.
      const explained =
        t.length === capacity - 1 &&
        (OPENERS.includes(nextText[0]!) || CLOSERS.includes(nextText[1] ?? '') || /^[\x21-\x7e]/.test(nextText));
      expect(explained, `short full line ${i}: ${t} | ${nextText.slice(0, 4)}`).toBe(true);
    }
    expect(full).toBeGreaterThan(200);
  });
});
