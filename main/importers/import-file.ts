/**
 * A .docx, .doc, .wps, .rtf, .pdf, .ofd, .txt or .md file to role paragraphs: read (size-capped), extract paragraphs, remove
 * watermarks and ads, detect roles. The file is only ever read. Every failure is an ImportError
 * with a Chinese message naming the file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/api';
import { MAX_IMPORT_LINES, MAX_IMPORT_PARAGRAPHS, MAX_PARAGRAPH_CHARS } from '../../shared/limits';
import { cleanupParagraphs, restoreRemoved, type CleanupRemoval } from '../../shared/document/cleanup';
import { detectRoles } from '../../shared/document/detect-roles';
import type { DocParagraph } from '../../shared/document/roles';
import { decodeText } from './decode-text';
import { readDoc } from './doc';
import { readDocx } from './docx';
import { ImportError, importErrors } from './import-error';
import { markdownToParagraphs } from './markdown';
import { isOleFile, oleKind } from './ole';
import { normaliseParagraph, splitLines } from './paragraph-text';
import { readOfd, type OfdLimits } from './ofd';
import { readPdf, type PdfLimits } from './pdf';
import { readRtf, type RtfLimits } from './rtf';
import type { SourceParagraph } from './source-paragraph';
import type { ZipLimits } from './zip-guard';

export interface ImportOptions {
  /** Files larger than this are refused before they are read. */
  maxBytes?: number;
  zipLimits?: Partial<ZipLimits>;
  rtfLimits?: Partial<RtfLimits>;
  pdfLimits?: Partial<PdfLimits>;
  ofdLimits?: Partial<OfdLimits>;
}

export interface ImportResult {
  fileName: string;
  /** The text encoding detected (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030), or the format read:
   *  'docx', 'doc', 'wps', 'rtf', 'pdf' or 'ofd'. */
  encoding: string;
  paragraphs: DocParagraph[];
  /** What cleanup removed, in document order; indices refer to the extracted paragraphs. */
  removed: CleanupRemoval[];
  /** The paragraphs with every removal put back (一键恢复): kept paragraphs keep their roles, removed
   *  lines come back as body text. Equal to `paragraphs` when nothing was removed. */
  rawParagraphs: DocParagraph[];
}

type FileKind = 'docx' | 'doc' | 'wps' | 'rtf' | 'pdf' | 'ofd' | 'text' | 'markdown';

const KINDS: Readonly<Record<string, FileKind>> = {
  '.docx': 'docx',
  '.doc': 'doc',
  '.wps': 'wps',
  '.rtf': 'rtf',
  '.pdf': 'pdf',
  '.ofd': 'ofd',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

function kindOf(fileName: string): FileKind {
  const ext = path.extname(fileName).toLowerCase();
  const kind = KINDS[ext];
  if (kind) return kind;
  throw importErrors.unsupportedType(fileName);
}

const startsWith = (bytes: Uint8Array, prefix: string) => Buffer.from(bytes.subarray(0, 16)).toString('latin1').trimStart().startsWith(prefix);
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * What a Word-family file really is: Word and WPS save RTF and .docx under a .doc name too ("Word 97–2003"
 * from some tools is RTF), so the bytes decide, not the name.
 */
function wordKind(kind: 'doc' | 'wps' | 'rtf', bytes: Uint8Array): 'docx' | 'doc' | 'wps' | 'rtf' {
  if (startsWith(bytes, '{\\rtf')) return 'rtf';
  if (isZip(bytes)) return 'docx';
  if (isOleFile(bytes)) return kind === 'wps' ? 'wps' : 'doc';
  return kind;
}

async function extract(kind: FileKind, fileName: string, bytes: Uint8Array, options: ImportOptions): Promise<{ encoding: string; source: SourceParagraph[] }> {
  if (kind === 'doc' || kind === 'wps' || kind === 'rtf') {
    const actual = wordKind(kind, bytes);
    if (actual === 'rtf') return { encoding: 'rtf', source: readRtf(bytes, fileName, options.rtfLimits) };
    if (actual === 'docx') return { encoding: 'docx', source: await readDocx(bytes, fileName, { zipLimits: options.zipLimits }) };
    if (!isOleFile(bytes)) {
      if (kind === 'wps') throw importErrors.wpsUnreadable(fileName);
      throw importErrors.notFormat(fileName, kind === 'rtf' ? 'RTF 文档' : 'Word 97–2003 文档（.doc）');
    }
    return { encoding: actual, source: readDoc(bytes, fileName, actual === 'wps' ? 'wps' : 'doc') };
  }
  if (kind === 'ofd') return { encoding: 'ofd', source: await readOfd(bytes, fileName, { zipLimits: options.zipLimits, limits: options.ofdLimits }) };
  if (kind === 'pdf') return { encoding: 'pdf', source: await readPdf(bytes, fileName, options.pdfLimits) };
  if (kind === 'docx') {
    // An old .doc renamed to .docx (or saved so by a tool) is read as what it is.
    if (isOleFile(bytes) && oleKind(bytes) === 'word97') return { encoding: 'doc', source: readDoc(bytes, fileName) };
    return { encoding: 'docx', source: await readDocx(bytes, fileName, { zipLimits: options.zipLimits }) };
  }
  const { text, encoding } = decodeText(bytes, fileName);
  checkLineCount(text, fileName);
  const source = kind === 'markdown' ? markdownToParagraphs(text) : splitLines(text).map((line) => ({ text: line, sourceRole: null }));
  return { encoding, source };
}

const count = (n: number) => n.toLocaleString('en-US');

function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** A text of millions of (blank) lines is refused before it is split into as many objects. */
function checkLineCount(text: string, fileName: string): void {
  const lines = Math.max(occurrences(text, '\n'), occurrences(text, '\r')) + 1;
  if (lines > MAX_IMPORT_LINES) throw importErrors.overLimit(fileName, `有 ${count(lines)} 行，上限为 ${count(MAX_IMPORT_LINES)} 行`);
}

/** Non-blank paragraphs and the length of each, the same limits for every format (shared/limits.ts). */
function checkParagraphs(texts: readonly string[], fileName: string): void {
  let n = 0;
  for (const t of texts) {
    if (t === '') continue;
    n++;
    if (t.length > MAX_PARAGRAPH_CHARS) {
      throw importErrors.overLimit(fileName, `第 ${count(n)} 段有 ${count(t.length)} 个字，上限为 ${count(MAX_PARAGRAPH_CHARS)} 个字`);
    }
  }
  if (n > MAX_IMPORT_PARAGRAPHS) throw importErrors.overLimit(fileName, `有 ${count(n)} 个段落，上限为 ${count(MAX_IMPORT_PARAGRAPHS)} 个`);
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
  checkParagraphs(texts, fileName);

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
