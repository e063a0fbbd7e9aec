import path from 'node:path';
import type { DocParagraph } from '../../shared/document/roles';
import { ServiceError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { buildDocx, type DocxOptions } from './docx-writer';
import { buildText } from './text-writer';

export type ExportFormat = 'docx' | 'txt';

export function formatOf(target: string): ExportFormat {
  const ext = path.extname(target).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.txt') return 'txt';
  throw new ServiceError('invalid_input', `无法导出为“${ext || path.basename(target)}”：请使用 .docx 或 .txt 文件名。`);
}

/**
 * Writes the document to `target` (.docx laid out to GB/T 9704, or .txt) atomically: the old file stays
 * untouched unless the new one is complete. Returns the bytes written.
 */
export async function exportDocument(paragraphs: DocParagraph[], target: string, options: DocxOptions): Promise<number> {
  const bytes = formatOf(target) === 'docx' ? await buildDocx(paragraphs, options) : buildText(paragraphs);
  writeFileAtomic(target, bytes);
  return bytes.length;
}
