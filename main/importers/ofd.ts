/**
 * Paragraphs of an OFD (GB/T 33190), the fixed-layout format of Chinese e-government documents: a
 * zip with OFD.xml naming each document's Document.xml, which lists its pages; each page's
 * Content.xml holds TextObjects (a Boundary box, a Size, an optional CTM) with TextCodes (X and Y of
 * the first glyph's baseline inside the box, DeltaX advances between glyphs, "g N d" meaning N
 * advances of d). The text runs are laid out in millimetres and rebuilt into paragraphs by
 * layout-paragraphs.ts, exactly as PDF's are. Template pages (running heads, the red 版头 on some
 * systems' stationery) and annotations (stamps, signatures, comments) are not the document's text and
 * are not read. The zip goes through the same guard as .docx.
 */
import type JSZip from 'jszip';
import { importErrors } from './import-error';
import { layoutToParagraphs, type LaidOutPage, type PlacedText } from './layout-paragraphs';
import type { SourceParagraph } from './source-paragraph';
import { openGuardedZip, type ZipLimits } from './zip-guard';

export interface OfdLimits {
  maxPages: number;
  /** TextCodes over all pages. */
  maxTextCodes: number;
}

export const DEFAULT_OFD_LIMITS: OfdLimits = { maxPages: 2000, maxTextCodes: 2_000_000 };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(raw: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(raw.trim());
  if (cdata) return cdata[1]!;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e] ?? m;
  });
}

/** An attribute of an element's start tag (any namespace prefix on the element, none on attributes). */
function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlText(m[2] ?? m[3] ?? '') : null;
}

const numbers = (s: string | null): number[] => (s ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

/** DeltaX / DeltaY: numbers, with "g N d" standing for N times d. */
export function expandDeltas(s: string | null, max: number): number[] {
  const tokens = (s ?? '').trim().split(/[\s,]+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length && out.length < max; i++) {
    if (tokens[i] === 'g') {
      const n = Math.min(Number(tokens[i + 1]), max - out.length);
      const d = Number(tokens[i + 2]);
      for (let k = 0; k < n; k++) out.push(d);
      i += 2;
    } else {
      out.push(Number(tokens[i]));
    }
  }
  return out.map((d) => (Number.isFinite(d) ? d : 0));
}

/** A path in the package: absolute from the root, or relative to the part that names it. */
function resolvePart(base: string, loc: string): string {
  const raw = loc.startsWith('/') ? loc.slice(1) : `${base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : ''}${loc}`;
  const parts: string[] = [];
  for (const p of raw.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** A part by name, ignoring case (packages from different systems disagree on Doc_0 vs doc_0). */
async function part(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name) ?? zip.file(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))[0];
  return file ? file.async('string') : null;
}

/** Half-width characters advance about half an em; used only when a TextCode has no DeltaX. */
const advanceOf = (ch: string, size: number) => (/[\x20-\x7e]/.test(ch) ? size / 2 : size);

function pageText(xml: string, budget: { codes: number; max: number }, fileName: string): PlacedText[] {
  const out: PlacedText[] = [];
  for (const object of xml.matchAll(/<(?:\w+:)?TextObject\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?TextObject>/g)) {
    const tag = object[1]!;
    const [bx = 0, by = 0] = numbers(attr(tag, 'Boundary'));
    const size = Number(attr(tag, 'Size')) || 0;
    // CTM a b c d e f: glyph space → box space; scale and offset are what positions need.
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbers(attr(tag, 'CTM'));
    const scale = Math.hypot(c, d) || 1;
    let cursorX = 0;
    let cursorY = 0;
    for (const code of object[2]!.matchAll(/<(?:\w+:)?TextCode\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?TextCode>/g)) {
      if (++budget.codes > budget.max) throw importErrors.tooComplex(fileName, `文字片段超过 ${budget.max} 个`);
      const text = xmlText(code[2]!);
      const x = attr(code[1]!, 'X');
      const y = attr(code[1]!, 'Y');
      if (x !== null) cursorX = Number(x) || 0;
      if (y !== null) cursorY = Number(y) || 0;
      const chars = [...text];
      const deltas = expandDeltas(attr(code[1]!, 'DeltaX'), chars.length);
      let width = 0;
      for (let i = 0; i < chars.length; i++) width += i < chars.length - 1 ? (deltas[i] ?? advanceOf(chars[i]!, size)) : advanceOf(chars[i]!, size);
      const px = bx + a * cursorX + c * cursorY + e;
      const py = by + b * cursorX + d * cursorY + f;
      out.push({ text, x: px, y: py, width: width * (Math.hypot(a, b) || 1), size: size * scale });
      cursorX += width;
    }
  }
  return out;
}

/**
 * @throws ImportError 'corrupt', 'zip-bomb', 'no-text' or 'too-complex'
 */
export async function readOfd(bytes: Uint8Array, fileName: string, options: { zipLimits?: Partial<ZipLimits>; limits?: Partial<OfdLimits> } = {}): Promise<SourceParagraph[]> {
  const { maxPages, maxTextCodes } = { ...DEFAULT_OFD_LIMITS, ...options.limits };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw importErrors.notFormat(fileName, 'OFD 文件');
  const zip = await openGuardedZip(bytes, fileName, options.zipLimits);
  const root = await part(zip, 'OFD.xml');
  if (root === null) throw importErrors.notFormat(fileName, 'OFD 文件（缺少 OFD.xml）');
  const docRoots = [...root.matchAll(/<(?:\w+:)?DocRoot\b[^>]*>([\s\S]*?)<\/(?:\w+:)?DocRoot>/g)].map((m) => resolvePart('OFD.xml', xmlText(m[1]!.trim())));
  if (docRoots.length === 0) throw importErrors.corrupt(fileName, 'OFD.xml 中没有文档入口（DocRoot）');

  const pages: LaidOutPage[] = [];
  const budget = { codes: 0, max: maxTextCodes };
  for (const docPath of docRoots) {
    const document = await part(zip, docPath);
    if (document === null) throw importErrors.corrupt(fileName, `缺少文档部件 ${docPath}`);
    const [, , defaultWidth = 210, defaultHeight = 297] = numbers(/<(?:\w+:)?PhysicalBox>([^<]*)</.exec(document)?.[1] ?? null);
    const pageTags = [...document.matchAll(/<(?:\w+:)?Page\b([^>]*?)\/?>/g)].map((m) => m[1]!).filter((t) => attr(t, 'BaseLoc') !== null);
    if (pages.length + pageTags.length > maxPages) throw importErrors.tooComplex(fileName, `超过 ${maxPages} 页`);
    for (const tag of pageTags) {
      const pagePath = resolvePart(docPath, attr(tag, 'BaseLoc')!);
      const content = await part(zip, pagePath);
      if (content === null) throw importErrors.corrupt(fileName, `缺少页面部件 ${pagePath}`);
      const box = numbers(/<(?:\w+:)?Area>[\s\S]*?<(?:\w+:)?PhysicalBox>([^<]*)</.exec(content)?.[1] ?? null);
      // Only the page's own <Content>: its <Template> reference is not followed.
      const body = /<(?:\w+:)?Content>([\s\S]*)<\/(?:\w+:)?Content>/.exec(content)?.[1] ?? '';
      pages.push({ width: box[2] ?? defaultWidth, height: box[3] ?? defaultHeight, items: pageText(body, budget, fileName) });
    }
  }
  if (pages.length === 0) throw importErrors.corrupt(fileName, '文档没有页面');
  if (!pages.some((p) => p.items.some((i) => i.text.trim() !== ''))) throw importErrors.scanned(fileName);
  return layoutToParagraphs(pages);
}
