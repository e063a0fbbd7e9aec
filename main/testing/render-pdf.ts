import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Our fontconfig aliases: the 公文 font names → Noto CJK / AR PL UKai, so LibreOffice renders real faces. */
export const FONTS_CONF = fileURLToPath(new URL('../../e2e/fonts/fonts.conf', import.meta.url));

/** Renders a .docx to PDF with LibreOffice headless, a real consumer of Word files. */
export function docxToPdf(docx: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-pdf-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
      stdio: 'pipe',
      timeout: 180_000,
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, path.basename(docx).replace(/\.docx$/i, '.pdf'));
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

export function pdfPages(pdf: string): { width: number; height: number; text: string[] } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
  if (text.at(-1)?.trim() === '') text.pop();
  return { width: Number(size[1]), height: Number(size[2]), text };
}

/** Word boxes from pdftotext -bbox (positions in points), for checking where page numbers sit. */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4]! });
  }
  return words;
}
