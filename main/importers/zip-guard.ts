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
import { importErrors } from './import-error';

export interface ZipLimits {
  /** Total uncompressed bytes, claimed or actual, over all entries. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed for one entry (only checked for entries above ratioMinBytes). */
  maxRatio: number;
  /** Entries smaller than this are never refused for their ratio: tiny XML parts compress well. */
  ratioMinBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
  maxEntries: 10_000,
};

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

/** An entry name fit for a message: names in a damaged zip can be any bytes. */
function partName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

class OverBudget extends Error {}

/** Inflates raw deflate data without keeping it; rejects with OverBudget past `budget` bytes. */
function inflatedLength(compressed: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        reject(new OverBudget());
      }
    });
    inflate.on('end', () => resolve(size));
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

function checkDirectory(entries: JSZip.JSZipObject[], fileName: string, limits: ZipLimits): CompressedEntry[] {
  if (entries.length > limits.maxEntries) throw importErrors.zipBomb(fileName, `包含 ${entries.length} 个部件`);
  let total = 0;
  return entries.map((file) => {
    const entry = compressedEntry(file);
    if (!entry) throw importErrors.corrupt(fileName, `部件 ${partName(file.name)} 无法读取`);
    const uncompressed = entry.uncompressedSize >>> 0;
    const compressed = entry.compressedSize >>> 0;
    total += uncompressed;
    if (total > limits.maxTotalBytes) throw importErrors.zipBomb(fileName, `声明解压后超过 ${mb(limits.maxTotalBytes)}`);
    if (uncompressed >= limits.ratioMinBytes && uncompressed > Math.max(compressed, 1) * limits.maxRatio) {
      throw importErrors.zipBomb(fileName, `部件 ${partName(file.name)} 的压缩比超过 ${limits.maxRatio}:1`);
    }
    return entry;
  });
}

async function checkInflation(files: JSZip.JSZipObject[], entries: CompressedEntry[], fileName: string, limits: ZipLimits): Promise<void> {
  let remaining = limits.maxTotalBytes;
  for (const [i, entry] of entries.entries()) {
    const name = partName(files[i]!.name);
    let actual: number;
    if (entry.compression.magic === STORED) {
      actual = entry.compressedContent.length;
    } else if (entry.compression.magic === DEFLATED) {
      try {
        actual = await inflatedLength(entry.compressedContent, remaining);
      } catch (err) {
        if (err instanceof OverBudget) throw importErrors.zipBomb(fileName, `实际解压后超过 ${mb(limits.maxTotalBytes)}`);
        throw importErrors.corrupt(fileName, `部件 ${name} 无法解压`, err);
      }
    } else {
      throw importErrors.corrupt(fileName, `部件 ${name} 使用了不支持的压缩方式`);
    }
    if (actual !== entry.uncompressedSize >>> 0) throw importErrors.corrupt(fileName, `部件 ${name} 的大小与目录记录不符`);
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
  const effective: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const zip = await load(bytes, fileName);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const entries = checkDirectory(files, fileName, effective);
  await checkInflation(files, entries, fileName, effective);
  return zip;
}

/**
 * @returns the opened zip, safe to hand to a reader of its XML parts
 * @throws ImportError 'corrupt', 'zip-bomb' or 'unsupported' (a spreadsheet or presentation)
 */
export async function openDocxZip(bytes: Uint8Array, fileName: string, limits: Partial<ZipLimits> = {}): Promise<JSZip> {
  const zip = await openGuardedZip(bytes, fileName, limits);
  if ((await mainDocumentPath(zip)) === null) {
    if (zip.file('xl/workbook.xml')) throw importErrors.notDocx(fileName, '是 Excel 表格，不是 Word 文档');
    if (zip.file('ppt/presentation.xml')) throw importErrors.notDocx(fileName, '是 PowerPoint 演示文稿，不是 Word 文档');
    throw importErrors.corrupt(fileName, '缺少正文部件 word/document.xml');
  }
  return zip;
}
