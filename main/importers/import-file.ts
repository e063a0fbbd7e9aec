/**
 * A .docx, .txt or .md file to role paragraphs: read (size-capped), extract paragraphs, remove
 * watermarks and ads, detect roles. The file is only ever read. Every failure is an ImportError
 * with a Chinese message naming the file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/api';
import { cleanupParagraphs, restoreRemoved, type CleanupRemoval } from '../../shared/document/cleanup';
import { detectRoles } from '../../shared/document/detect-roles';
import type { DocParagraph } from '../../shared/document/roles';
import { decodeText } from './decode-text';
import { readDocx } from './docx';
import { ImportError, importErrors } from './import-error';
import { markdownToParagraphs } from './markdown';
import { normaliseParagraph, splitLines } from './paragraph-text';
import type { SourceParagraph } from './source-paragraph';
import type { ZipLimits } from './zip-guard';

export interface ImportOptions {
  /** Files larger than this are refused before they are read. */
  maxBytes?: number;
  zipLimits?: Partial<ZipLimits>;
}

export interface ImportResult {
  fileName: string;
  /** The text encoding detected (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030), or 'docx'. */
  encoding: string;
  paragraphs: DocParagraph[];
  /** What cleanup removed, in document order; indices refer to the extracted paragraphs. */
  removed: CleanupRemoval[];
  /** The paragraphs with every removal put back (一键恢复): kept paragraphs keep their roles, removed
   *  lines come back as body text. Equal to `paragraphs` when nothing was removed. */
  rawParagraphs: DocParagraph[];
}

type FileKind = 'docx' | 'text' | 'markdown';

const KINDS: Readonly<Record<string, FileKind>> = {
  '.docx': 'docx',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

function kindOf(fileName: string): FileKind {
  const ext = path.extname(fileName).toLowerCase();
  const kind = KINDS[ext];
  if (kind) return kind;
  if (ext === '.doc') throw importErrors.legacyDoc(fileName);
  throw importErrors.unsupportedType(fileName);
}

async function extract(kind: FileKind, fileName: string, bytes: Uint8Array, options: ImportOptions): Promise<{ encoding: string; source: SourceParagraph[] }> {
  if (kind === 'docx') return { encoding: 'docx', source: await readDocx(bytes, fileName, { zipLimits: options.zipLimits }) };
  const { text, encoding } = decodeText(bytes, fileName);
  const source = kind === 'markdown' ? markdownToParagraphs(text) : splitLines(text).map((line) => ({ text: line, sourceRole: null }));
  return { encoding, source };
}

/** The same as importFile, for bytes already in memory (a dropped file, an IPC payload). */
export async function importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const kind = kindOf(fileName);
  if (bytes.length === 0) throw importErrors.empty(fileName);
  if (bytes.length > maxBytes) throw importErrors.tooLarge(fileName, bytes.length, maxBytes);

  const { encoding, source } = await extract(kind, fileName, bytes, options);
  const texts = source.map((p) => normaliseParagraph(p.text));
  if (!texts.some((t) => t !== '')) throw importErrors.empty(fileName);

  const cleaned = cleanupParagraphs(texts);
  const paragraphs = detectRoles(cleaned.paragraphs, {
    sourceRoles: cleaned.sourceIndex.map((i) => source[i]!.sourceRole),
  });
  const rawParagraphs = cleaned.removed.length
    ? restoreRemoved(cleaned).map(({ text, cleanedIndex }) => ({
        role: cleanedIndex === null ? ('body' as const) : paragraphs[cleanedIndex]!.role,
        text,
      }))
    : paragraphs;
  return { fileName, encoding, paragraphs, removed: cleaned.removed, rawParagraphs };
}

/**
 * Reads and imports a file. The size is checked with stat before anything is read, so a huge file
 * chosen by mistake costs nothing.
 */
export async function importFile(filePath: string, options: ImportOptions = {}): Promise<ImportResult> {
  const fileName = path.basename(filePath);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  kindOf(fileName);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) throw importErrors.unreadable(fileName, '不是文件');
    if (stat.size === 0) throw importErrors.empty(fileName);
    if (stat.size > maxBytes) throw importErrors.tooLarge(fileName, stat.size, maxBytes);
    bytes = await fs.readFile(filePath);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw importErrors.unreadable(fileName, code === 'ENOENT' ? '文件不存在' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : '读取失败', err);
  }
  return importBytes(fileName, bytes, options);
}
