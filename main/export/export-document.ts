import path from 'node:path';
import type { DocParagraph } from '../../shared/document/roles';
import { stripGuidance } from '../../shared/document/guidance';
import { ServiceError } from '../errors';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from '../fs/atomic-write';
import { buildDocx, type DocxOptions } from './docx-writer';
import { buildText } from './text-writer';

export type ExportFormat = 'docx' | 'txt';

export const FORMAT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { docx: '.docx', txt: '.txt' };

export function formatOf(target: string): ExportFormat {
  const ext = path.extname(target).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.txt') return 'txt';
  throw new ServiceError('invalid_input', `无法导出为“${ext || path.basename(target)}”：请使用 .docx 或 .txt 文件名。`);
}

/** What an export writes of a document: guidance out, blank paragraphs out (the 对照 compares these). */
export function exportableParagraphs(paragraphs: readonly DocParagraph[]): DocParagraph[] {
  return stripGuidance([...paragraphs]).filter((p) => p.text.trim() !== '');
}

/** The file's bytes: a .docx laid out to GB/T 9704, or UTF-8 text. Template guidance (【简述……】) is
 *  never exported. Blank paragraphs are left out: the layout puts the blank lines GB/T 9704 asks for
 *  (under the title, above attachments and signature). */
export async function renderExport(paragraphs: DocParagraph[], format: ExportFormat, options: DocxOptions): Promise<Buffer> {
  const content = exportableParagraphs(paragraphs);
  return format === 'docx' ? buildDocx(content, options) : buildText(content, options);
}

/**
 * Writes the document to `target` (.docx or .txt, by its extension) atomically: the old file stays
 * untouched unless the new one is complete. Returns the bytes written.
 */
export async function exportDocument(paragraphs: DocParagraph[], target: string, options: DocxOptions, ops: AtomicWriteFs = nodeFs): Promise<number> {
  const bytes = await renderExport(paragraphs, formatOf(target), options);
  writeFileAtomic(target, bytes, ops);
  return bytes.length;
}
