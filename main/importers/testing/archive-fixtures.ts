/**
 * Archive-format fixtures made at test time from the five samples: each sample goes through the app's
 * own Word export (so the PDF carries GB/T 9704 page numbers), then LibreOffice converts every .docx
 * to .doc, .rtf and .pdf — one soffice run per format, since each run costs seconds. The results are
 * cached in the OS temp folder under a hash of the samples' paragraphs and of the export's source (the
 * .docx bytes themselves carry a timestamp), so every test file of a run, and the next run while the
 * samples and the export are unchanged, reuses them.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocParagraph } from '../../../shared/document/roles';
import { renderExport } from '../../export/export-document';
import { docxToPdfs, FONTS_CONF } from '../../testing/render-pdf';
import { importFile } from '../import-file';

export type ArchiveFormat = 'doc' | 'rtf' | 'pdf';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../fixtures/samples/', import.meta.url));
export const SAMPLE_IDS = ['000', '001', '002', '003', '004'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

export const sampleTextFile = (id: SampleId) => path.join(SAMPLES_DIR, fs.readdirSync(SAMPLES_DIR).find((f) => f.startsWith(id) && f.endsWith('.txt'))!);

export interface SampleDocx {
  id: SampleId;
  /** The paragraphs the .txt route gives, which the export wrote. */
  paragraphs: DocParagraph[];
  docx: Buffer;
}

export async function sampleDocxes(): Promise<SampleDocx[]> {
  return Promise.all(
    SAMPLE_IDS.map(async (id) => {
      const { paragraphs } = await importFile(sampleTextFile(id));
      return { id, paragraphs, docx: await renderExport(paragraphs, 'docx', { fonts: 'standard' }) };
    }),
  );
}

/** Converts files with LibreOffice headless in one run; returns the output paths in the order given. */
export function sofficeConvert(inputs: string[], format: string, outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...inputs], {
      stdio: 'pipe',
      timeout: 240_000,
      env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const ext = format.split(':')[0]!;
  return inputs.map((input) => {
    const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
    if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${input} to ${format}`);
    return out;
  });
}

const EXPORT_SOURCES = ['../../export/docx-writer.ts', '../../export/layout.ts', '../../../e2e/fonts/fonts.conf', '../../testing/render-pdf.ts', './archive-fixtures.ts'];

let cached: Promise<{ dir: string; samples: SampleDocx[] }> | null = null;

/** The exported .docx of every sample in a cache folder named by their content. */
function docxFolder(): Promise<{ dir: string; samples: SampleDocx[] }> {
  cached ??= (async () => {
    const samples = await sampleDocxes();
    const hash = createHash('sha256');
    for (const s of samples) hash.update(JSON.stringify(s.paragraphs));
    for (const source of EXPORT_SOURCES) hash.update(fs.readFileSync(fileURLToPath(new URL(source, import.meta.url))));
    const dir = path.join(os.tmpdir(), `gongwen-archive-fixtures-${hash.digest('hex').slice(0, 16)}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const s of samples) {
      const file = path.join(dir, `${s.id}.docx`);
      if (!fs.existsSync(file)) fs.writeFileSync(file, s.docx);
    }
    return { dir, samples };
  })();
  return cached;
}

/** Every sample as a file of the format (paths in SAMPLE_IDS order), converted once per content. */
export async function sampleArchives(format: ArchiveFormat): Promise<Array<SampleDocx & { file: string }>> {
  const { dir, samples } = await docxFolder();
  const outDir = path.join(dir, format);
  const outputs = samples.map((s) => path.join(outDir, `${s.id}.${format}`));
  if (!outputs.every((f) => fs.existsSync(f))) {
    // A fresh folder, renamed into place when complete: a run cut short leaves no half set behind.
    const work = fs.mkdtempSync(path.join(dir, `${format}-`));
    const docxs = samples.map((s) => path.join(dir, `${s.id}.docx`));
    if (format === 'pdf') {
      // As Word and WPS set the punctuation (LibreOffice reads w:overflowPunct the wrong way round and
      // then drops the hanging commas from its text layer: render-pdf.ts).
      const pdfs = await docxToPdfs(docxs, { punctuationAsWord: true });
      for (const pdf of pdfs) fs.copyFileSync(pdf, path.join(work, path.basename(pdf)));
    } else {
      sofficeConvert(docxs, format === 'doc' ? 'doc:MS Word 97' : format, work);
    }
    // Test files run in parallel workers: the first complete set to arrive stays (a rename onto an
    // existing folder fails), so no worker ever deletes files another is reading.
    try {
      fs.renameSync(work, outDir);
    } catch {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  return samples.map((s, i) => ({ ...s, file: outputs[i]! }));
}
