import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

/** Our fontconfig aliases: the 公文 font names → Noto CJK / AR PL UKai, so LibreOffice renders real faces. */
export const FONTS_CONF = fileURLToPath(new URL('../../e2e/fonts/fonts.conf', import.meta.url));

export interface RenderOptions {
  /**
   * Render `w:overflowPunct` as Word and the OOXML standard read it. LibreOffice's DOCX import (checked on
   * 7.4; its DomainMapper maps the value as `nIntValue == 0` → ParaIsHangingPunctuation) reads it the
   * wrong way round: `w:val="0"` (no punctuation in the margin, what we write) comes out as hanging
   * punctuation and `w:val="1"` as none. With this option a copy with the value flipped is rendered, so
   * the PDF shows the line breaks Word and WPS make. docx-writer.test.ts checks that the flip is still needed.
   */
  punctuationAsWord?: boolean;
}

async function flipOverflowPunct(docx: string, dir: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(docx));
  for (const name of ['word/styles.xml', 'word/document.xml']) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<w:overflowPunct w:val="(0|1|false|true)"\/>/g, (_m, v: string) => `<w:overflowPunct w:val="${v === '0' || v === 'false' ? 1 : 0}"/>`));
  }
  const copy = path.join(dir, path.basename(docx));
  fs.writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return copy;
}

/**
 * Renders .docx files to PDF with LibreOffice headless, a real consumer of Word files, in one run.
 * Returns the PDF paths in the order given.
 */
export async function docxToPdfs(docxs: string[], options: RenderOptions = {}): Promise<string[]> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pdf-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
  const inputs = options.punctuationAsWord
    ? await Promise.all(docxs.map((d, i) => flipOverflowPunct(d, fs.mkdtempSync(path.join(outDir, `in${i}-`)))))
    : docxs;
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...inputs], {
      stdio: 'pipe',
      timeout: 240_000,
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return docxs.map((docx) => {
    const pdf = path.join(outDir, path.basename(docx).replace(/\.docx$/i, '.pdf'));
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not render ${docx}`);
    return pdf;
  });
}

export async function docxToPdf(docx: string, options: RenderOptions = {}): Promise<string> {
  return (await docxToPdfs([docx], options))[0]!;
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One rendered line: its words joined without spaces, and its box in points from the top left. */
export type PdfLine = PdfWord;

export function pdfPages(pdf: string): { width: number; height: number; text: string[] } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
  if (text.at(-1)?.trim() === '') text.pop();
  return { width: Number(size[1]), height: Number(size[2]), text };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Word boxes from pdftotext -bbox (positions in points), for checking where page numbers sit. */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) {
      const text = m[5]!.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
      words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text });
    }
  }
  return words;
}

/** The lines of every page, top to bottom: words whose tops lie within 3 pt of each other form a line. */
export function pdfLines(pdf: string): PdfLine[][] {
  const pages: PdfLine[][] = [];
  for (const w of pdfWords(pdf)) {
    const lines = (pages[w.page - 1] ??= []);
    const line = lines.find((l) => Math.abs(l.yMin - w.yMin) < 3);
    if (!line) {
      lines.push({ ...w });
      continue;
    }
    line.text = w.xMin < line.xMin ? w.text + line.text : line.text + w.text;
    line.xMin = Math.min(line.xMin, w.xMin);
    line.xMax = Math.max(line.xMax, w.xMax);
    line.yMin = Math.min(line.yMin, w.yMin);
    line.yMax = Math.max(line.yMax, w.yMax);
  }
  for (let i = 0; i < pages.length; i++) (pages[i] ??= []).sort((a, b) => a.yMin - b.yMin);
  return pages;
}

/**
 * Where red ink is on a page, from the top of the paper in mm (first and last pixel row with a red
 * pixel), read from a 144 dpi rendering: for the 发文机关标志 and its red rule, which have no text box.
 */
export function redInkRowsMm(pdf: string, page = 1): { first: number; last: number } | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ppm-'));
  try {
    execFileSync('pdftoppm', ['-r', '144', '-f', String(page), '-l', String(page), pdf, path.join(dir, 'p')]);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.ppm'));
    if (!file) return null;
    const buf = fs.readFileSync(path.join(dir, file));
    // Binary PPM: "P6", width, height, maxval, one whitespace, then RGB bytes.
    const head = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.toString('latin1', 0, 64));
    if (!head) return null;
    const [width, height, offset] = [Number(head[1]), Number(head[2]), head[0].length];
    let first = -1;
    let last = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = offset + (y * width + x) * 3;
        if (buf[i]! > 150 && buf[i + 1]! < 90 && buf[i + 2]! < 90) {
          if (first < 0) first = y;
          last = y;
          break;
        }
      }
    }
    const mmPerRow = 25.4 / 144;
    return first < 0 ? null : { first: first * mmPerRow, last: last * mmPerRow };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A .docx converted by LibreOffice headless to flat ODT XML (.fodt): what LibreOffice read, as text. */
export function docxToFlatOdt(docx: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fodt-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', outDir, docx], {
      stdio: 'pipe',
      timeout: 240_000,
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    });
    return fs.readFileSync(path.join(outDir, path.basename(docx).replace(/\.docx$/i, '.fodt')), 'utf8');
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
