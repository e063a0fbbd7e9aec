/**
 * Paragraphs of a PDF with a text layer, through pdfjs-dist: the positioned text runs of every page,
 * rebuilt into paragraphs by layout-paragraphs.ts (the home it shares with OFD). An image-only scan,
 * a password and a damaged file each get their own message.
 *
 * pdfjs runs in this process: its worker module is loaded as the "main-thread worker" (no Worker,
 * no second file to ship), fonts are never loaded or rendered (text only), no WebAssembly, and the
 * character maps CJK fonts need come from pdfjs-dist's own folder — nothing is fetched from outside.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { importErrors } from './import-error';
import { layoutToParagraphs, type LaidOutPage, type PlacedText } from './layout-paragraphs';
import type { SourceParagraph } from './source-paragraph';

export interface PdfLimits {
  maxPages: number;
  /** Text runs over all pages. */
  maxItems: number;
  /** Wall time for the whole file; checked between pages. */
  maxMillis: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 2000, maxItems: 2_000_000, maxMillis: 60_000 };

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<Pdfjs> | null = null;

/** pdfjs, with its worker in this thread. Node 20 (the test runner) lacks Promise.withResolvers. */
function pdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    if (!('withResolvers' in Promise)) {
      Object.defineProperty(Promise, 'withResolvers', {
        configurable: true,
        writable: true,
        value<T>() {
          let resolve!: (value: T) => void;
          let reject!: (reason?: unknown) => void;
          const promise = new Promise<T>((a, b) => {
            resolve = a;
            reject = b;
          });
          return { promise, resolve, reject };
        },
      });
    }
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/** pdfjs-dist's own data folders (character maps, standard font metrics), as directory paths. */
function dataDir(name: 'cmaps' | 'standard_fonts'): string {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${path.join(root, name)}${path.sep}`;
}

/** pdfjs puts a space wherever a gap between glyphs looks like one; between Chinese and Latin
 *  letters or digits the gap is the typesetter's automatic spacing, not a character of the text. */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const AUTOSPACE = new RegExp(`(?<=[${CJK}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[${CJK}])`, 'g');

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

const isTextItem = (item: unknown): item is TextItemLike =>
  typeof (item as TextItemLike).str === 'string' && Array.isArray((item as TextItemLike).transform);

/**
 * @throws ImportError 'encrypted', 'corrupt', 'no-text' or 'too-complex'
 */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: Partial<PdfLimits> = {}): Promise<SourceParagraph[]> {
  const { maxPages, maxItems, maxMillis } = { ...DEFAULT_PDF_LIMITS, ...limits };
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) throw importErrors.notFormat(fileName, 'PDF 文件');
  // Every PDF writer ends the file with %%EOF; pdfjs would rebuild a cut-off file and give part of it.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1').includes('%%EOF')) {
    throw importErrors.corrupt(fileName, '文件不完整，结尾缺失，可能没有下载或复制完整');
  }
  const lib = await pdfjs();
  const started = Date.now();
  const task = lib.getDocument({
    // pdfjs takes ownership of the buffer it is given (it may transfer it): a copy.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useWasm: false,
    enableXfa: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataDir('standard_fonts'),
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      if (err instanceof lib.PasswordException) throw importErrors.encryptedPdf(fileName);
      throw importErrors.corrupt(fileName, err instanceof lib.InvalidPDFException ? '文件结构无效或不完整' : '文件无法解析', err);
    }
    if (doc.numPages > maxPages) throw importErrors.tooComplex(fileName, `共 ${doc.numPages} 页，超过 ${maxPages} 页`);
    const pages: LaidOutPage[] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > maxMillis) throw importErrors.tooComplex(fileName, `读取超过 ${Math.round(maxMillis / 1000)} 秒`);
      let page;
      let content;
      try {
        page = await doc.getPage(n);
        content = await page.getTextContent();
      } catch (err) {
        throw importErrors.corrupt(fileName, `第 ${n} 页无法读取`, err);
      }
      const viewport = page.getViewport({ scale: 1 });
      const placed: PlacedText[] = [];
      for (const item of content.items) {
        if (!isTextItem(item) || item.str === '') continue;
        if (++items > maxItems) throw importErrors.tooComplex(fileName, `文字片段超过 ${maxItems} 个`);
        // Text space → page space from the top left (viewport.transform folds in rotation and crop box).
        const [, , c, d, e, f] = lib.Util.transform(viewport.transform, item.transform) as number[];
        placed.push({ text: item.str.replace(AUTOSPACE, ''), x: e!, y: f!, width: item.width, size: Math.hypot(c!, d!) });
      }
      pages.push({ width: viewport.width, height: viewport.height, items: placed });
      page.cleanup();
    }
    if (!pages.some((p) => p.items.some((i) => i.text.trim() !== ''))) throw importErrors.scanned(fileName);
    return layoutToParagraphs(pages, { dropJustificationSpaces: true });
  } finally {
    await task.destroy();
  }
}
