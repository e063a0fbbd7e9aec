/**
 * Opens a .docx as a zip and refuses it if reading it could exhaust memory or crash: too many
 * entries, too much claimed data, an absurd compression ratio; then it inflates every entry itself,
 * counting bytes as they come, because the sizes in the central directory are only claims. A crafted
 * entry can say 100 bytes and inflate to gigabytes; and jszip, on any entry whose inflated size
 * differs from its claim, throws from a timer callback, which no promise catches and which would
 * take the whole process down. So only a zip whose every entry inflates to exactly its recorded
 * size, within the limits, is handed on to jszip-based readers (mammoth).
 */
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { MAX_XML_PART_BYTES, MAX_XML_TAGS, MAX_ZIP_TOTAL_BYTES } from '../../shared/limits';
import { importErrors } from './import-error';

export interface ZipLimits {
  /** Total uncompressed bytes, claimed or actual, over all entries. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed for one entry (only checked for entries above ratioMinBytes). */
  maxRatio: number;
  /** Entries smaller than this are never refused for their ratio: tiny XML parts compress well. */
  ratioMinBytes: number;
  maxEntries: number;
  /** Inflated bytes of one XML part (.xml, .rels): what a reader parses, all of it in memory. */
  maxXmlPartBytes: number;
  /** XML tags (each `<`) over all XML parts: mammoth's time and memory grow with them. */
  maxXmlTags: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: MAX_ZIP_TOTAL_BYTES,
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
  maxEntries: 10_000,
  maxXmlPartBytes: MAX_XML_PART_BYTES,
  // Only a .docx is read by mammoth; an OFD's pages are scanned by ofd.ts under its own limits.
  maxXmlTags: Infinity,
};

/** The limits openDocxZip applies unless told otherwise. */
export const DEFAULT_DOCX_ZIP_LIMITS: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxXmlTags: MAX_XML_TAGS };

const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/**
 * What jszip keeps from the central directory, on a private field (typed only in a comment in its
 * .d.ts). jszip reads 32-bit sizes as signed numbers, hence the `>>> 0` wherever they are used.
 */
interface CompressedEntry {
  compressedSize: number;
  uncompressedSize: number;
  compression: { magic: string };
  compressedContent: Uint8Array;
}

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';

function compressedEntry(file: JSZip.JSZipObject): CompressedEntry | null {
  const data = (file as unknown as { _data?: Partial<CompressedEntry> })._data;
  if (!data || typeof data.compressedSize !== 'number' || typeof data.uncompressedSize !== 'number') return null;
  if (!(data.compressedContent instanceof Uint8Array) || typeof data.compression?.magic !== 'string') return null;
  return data as CompressedEntry;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** 80 万 for 800,000: tag counts are only ever large. */
const wan = (n: number) => `${Math.floor(n / 10_000)} 万`;

/** An entry name fit for a message: names in a damaged zip can be any bytes. */
function partName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

class OverBudget extends Error {}

const LT = 0x3c;

function countTags(chunk: Uint8Array): number {
  let n = 0;
  for (let at = chunk.indexOf(LT); at !== -1; at = chunk.indexOf(LT, at + 1)) n++;
  return n;
}

interface Inflated {
  size: number;
  tags: number;
}

/**
 * Inflates raw deflate data without keeping it, counting its bytes (and its tags when asked: the byte
 * budget bounds that work, and the refusal can then say how many there are); rejects with OverBudget
 * past `budget` bytes.
 */
function inflatedLength(compressed: Uint8Array, budget: number, withTags: boolean): Promise<Inflated> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let size = 0;
    let tags = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (withTags) tags += countTags(chunk);
      if (size > budget) {
        inflate.destroy();
        reject(new OverBudget());
      }
    });
    inflate.on('end', () => resolve({ size, tags }));
    inflate.on('error', reject);
    inflate.end(compressed);
  });
}

async function load(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (err) {
    throw importErrors.corrupt(fileName, '压缩包结构不完整，文件可能没有下载或复制完整', err);
  }
}

/**
 * An entry jszip itself made empty: one whose directory records 0 bytes is kept as an empty string
 * whatever its data (Word and WPS leave empty comments, customXml items and docProps parts behind).
 */
async function isEmptyEntry(file: JSZip.JSZipObject): Promise<boolean> {
  try {
    return (await file.async('uint8array')).length === 0;
  } catch {
    return false;
  }
}

/** After the checks, an entry with no compressed data is an empty one (see isEmptyEntry). */
export function isEmptyPart(file: JSZip.JSZipObject): boolean {
  return compressedEntry(file) === null;
}

function partOverLimit(fileName: string, name: string, size: number, limit: number) {
  return importErrors.overLimit(fileName, `部件 ${partName(name)} 解压后有 ${mb(size)}，上限为 ${mb(limit)}`);
}

/** The entries with data, checked against the directory's claims; empty entries are left out. */
async function checkDirectory(files: JSZip.JSZipObject[], fileName: string, limits: ZipLimits): Promise<Array<{ file: JSZip.JSZipObject; entry: CompressedEntry }>> {
  if (files.length > limits.maxEntries) throw importErrors.zipBomb(fileName, `包含 ${files.length} 个部件`);
  let total = 0;
  const out: Array<{ file: JSZip.JSZipObject; entry: CompressedEntry }> = [];
  for (const file of files) {
    const entry = compressedEntry(file);
    if (!entry) {
      if (await isEmptyEntry(file)) continue;
      throw importErrors.corrupt(fileName, `部件 ${partName(file.name)} 无法读取`);
    }
    const uncompressed = entry.uncompressedSize >>> 0;
    const compressed = entry.compressedSize >>> 0;
    total += uncompressed;
    if (total > limits.maxTotalBytes) throw importErrors.zipBomb(fileName, `声明解压后超过 ${mb(limits.maxTotalBytes)}`);
    if (uncompressed >= limits.ratioMinBytes && uncompressed > Math.max(compressed, 1) * limits.maxRatio) {
      throw importErrors.zipBomb(fileName, `部件 ${partName(file.name)} 的压缩比超过 ${limits.maxRatio}:1`);
    }
    if (isXmlPart(file.name) && uncompressed > limits.maxXmlPartBytes) throw partOverLimit(fileName, file.name, uncompressed, limits.maxXmlPartBytes);
    out.push({ file, entry });
  }
  return out;
}

async function checkInflation(entries: Array<{ file: JSZip.JSZipObject; entry: CompressedEntry }>, fileName: string, limits: ZipLimits): Promise<void> {
  let remaining = limits.maxTotalBytes;
  let tags = 0;
  const tagsOverLimit = () => importErrors.overLimit(fileName, `XML 标记有 ${wan(tags)}个，上限为 ${wan(limits.maxXmlTags)}个`);
  for (const { file, entry } of entries) {
    const name = partName(file.name);
    const xml = isXmlPart(file.name);
    const countsTags = xml && Number.isFinite(limits.maxXmlTags);
    let actual: number;
    if (entry.compression.magic === STORED) {
      actual = entry.compressedContent.length;
      if (countsTags) tags += countTags(entry.compressedContent);
    } else if (entry.compression.magic === DEFLATED) {
      const budget = xml ? Math.min(remaining, limits.maxXmlPartBytes) : remaining;
      try {
        const inflated = await inflatedLength(entry.compressedContent, budget, countsTags);
        actual = inflated.size;
        tags += inflated.tags;
      } catch (err) {
        if (err instanceof OverBudget) {
          if (budget < remaining) throw partOverLimit(fileName, file.name, entry.uncompressedSize >>> 0, limits.maxXmlPartBytes);
          throw importErrors.zipBomb(fileName, `实际解压后超过 ${mb(limits.maxTotalBytes)}`);
        }
        throw importErrors.corrupt(fileName, `部件 ${name} 无法解压`, err);
      }
    } else {
      throw importErrors.corrupt(fileName, `部件 ${name} 使用了不支持的压缩方式`);
    }
    if (actual !== entry.uncompressedSize >>> 0) throw importErrors.corrupt(fileName, `部件 ${name} 的大小与目录记录不符`);
    if (tags > limits.maxXmlTags) throw tagsOverLimit();
    remaining -= actual;
    if (remaining < 0) throw importErrors.zipBomb(fileName, `实际解压后超过 ${mb(limits.maxTotalBytes)}`);
  }
}

/** The package part holding the document body: named by _rels/.rels, word/document.xml by default. */
async function mainDocumentPath(zip: JSZip): Promise<string | null> {
  const rels = zip.file('_rels/.rels');
  if (rels) {
    const xml = await rels.async('string');
    for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
      const target = /Target="([^"]+)"/.exec(tag)?.[1]?.replace(/^\//, '');
      if (target && zip.file(target)) return target;
    }
  }
  return zip.file('word/document.xml') ? 'word/document.xml' : null;
}

/**
 * Any zip-based format (.docx, .ofd): opened and checked entry by entry as described above.
 * @throws ImportError 'corrupt' or 'zip-bomb'
 */
export async function openGuardedZip(bytes: Uint8Array, fileName: string, limits: Partial<ZipLimits> = {}): Promise<JSZip> {
  return openChecked(bytes, fileName, { ...DEFAULT_ZIP_LIMITS, ...limits });
}

async function openChecked(bytes: Uint8Array, fileName: string, limits: ZipLimits): Promise<JSZip> {
  const zip = await load(bytes, fileName);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  await checkInflation(await checkDirectory(files, fileName, limits), fileName, limits);
  return zip;
}

/**
 * @returns the opened zip, safe to hand to a reader of its XML parts
 * @throws ImportError 'corrupt', 'zip-bomb' or 'unsupported' (a spreadsheet or presentation)
 */
export async function openDocxZip(bytes: Uint8Array, fileName: string, limits: Partial<ZipLimits> = {}): Promise<JSZip> {
  const zip = await openChecked(bytes, fileName, { ...DEFAULT_DOCX_ZIP_LIMITS, ...limits });
  const main = await mainDocumentPath(zip);
  if (main === null) {
    if (zip.file('xl/workbook.xml')) throw importErrors.notDocx(fileName, '是 Excel 表格，不是 Word 文档');
    if (zip.file('ppt/presentation.xml')) throw importErrors.notDocx(fileName, '是 PowerPoint 演示文稿，不是 Word 文档');
    throw importErrors.corrupt(fileName, '缺少正文部件 word/document.xml');
  }
  if (isEmptyPart(zip.file(main)!)) throw importErrors.corrupt(fileName, `正文部件 ${partName(main)} 是空的`);
  return zip;
}
