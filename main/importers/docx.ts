/**
 * Paragraphs of a .docx, with the role its Word paragraph style states (标题 1 → 一级标题, Title → 标题).
 *
 * mammoth reads the document; we take its document tree through `transformDocument` rather than its
 * HTML, because the tree has what role detection needs and HTML loses: the style name of every
 * paragraph, and line breaks inside one. Numbering that Word generates from a list definition is not
 * in the paragraph text; such a heading keeps its text as it is and gets its level from the style.
 */
import mammoth from 'mammoth';
import { headingRole, type HeadingLevel, type ParagraphRole } from '../../shared/document/roles';
import { importErrors } from './import-error';
import { isWrappedTitle } from './lined-paragraph';
import { isOleFile, oleKind } from './ole';
import type { SourceParagraph } from './source-paragraph';
import type JSZip from 'jszip';
import { isEmptyPart, openDocxZip, type ZipLimits } from './zip-guard';

export interface DocxOptions {
  zipLimits?: Partial<ZipLimits>;
}

/** The part of mammoth's document model this reader uses (see mammoth's documents.js). */
interface MammothElement {
  type: string;
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  children?: MammothElement[];
}

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // an empty zip: reported as missing its document, not as a foreign file
] as const;

/**
 * Style name (or id, when the name is missing) to role. Word stores built-in names in English
 * ("heading 1", "Title") whatever the UI language; WPS and localised templates may store 标题 1.
 * Chinese Word uses ids like "1" for heading 1, so the name is tried first.
 */
export function roleForWordStyle(styleName: string | null | undefined, styleId: string | null | undefined): ParagraphRole | null {
  for (const raw of [styleName, styleId]) {
    if (!raw) continue;
    const name = raw.toLowerCase().replace(/\s+/g, '');
    const heading = /^(?:heading|标题)([1-9])$/.exec(name);
    if (heading) {
      const level = Number(heading[1]);
      return level <= 4 ? headingRole(level as HeadingLevel) : null;
    }
    if (name === 'title' || name === '标题') return 'title';
    if (name === 'subtitle' || name === '副标题') return 'subtitle';
    if (name === '发文字号') return 'docNumber';
  }
  return null;
}

/**
 * Flattens the tree to paragraphs. A line break inside a Word paragraph starts a new one (reports
 * are one paragraph a line; a break in a title separates its lines); paragraphs nested in text
 * boxes and table cells come out in reading order.
 */
function collectParagraphs(root: MammothElement): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let line: string[] | null = null;
  let role: ParagraphRole | null = null;
  const flush = () => {
    if (line) out.push({ text: line.join(''), sourceRole: role });
    line = line ? [] : null;
  };
  const walk = (element: MammothElement): void => {
    switch (element.type) {
      case 'paragraph': {
        const outer = { line, role };
        if (line && line.length) flush();
        line = [];
        role = roleForWordStyle(element.styleName, element.styleId);
        const start = out.length;
        element.children?.forEach(walk);
        flush();
        if (role === 'title') joinWrappedTitle(out, start);
        line = outer.line ? [] : null;
        role = outer.role;
        return;
      }
      case 'text':
        line?.push(element.value ?? '');
        return;
      case 'tab':
        line?.push('\t');
        return;
      case 'break':
        flush();
        return;
      default:
        element.children?.forEach(walk);
    }
  };
  walk(root);
  return out;
}

/**
 * A title paragraph whose breaks fall exactly where splitTitleLines puts them is one long title set as a
 * trapezoid (our own export writes it so): its lines become one title again. Other breaks in a title
 * separate its lines, as everywhere else.
 */
function joinWrappedTitle(out: SourceParagraph[], start: number): void {
  const pieces = out.slice(start);
  if (pieces.some((p) => p.sourceRole !== 'title')) return;
  const lines = pieces.map((p) => p.text);
  if (isWrappedTitle(lines)) out.splice(start, pieces.length, { text: lines.join(''), sourceRole: 'title' });
}

function refuseNonZip(bytes: Uint8Array, fileName: string): void {
  if (isOleFile(bytes)) {
    const kind = oleKind(bytes);
    if (kind === 'encrypted-ooxml') throw importErrors.encrypted(fileName);
    if (kind === 'word97') throw importErrors.legacyDoc(fileName);
    throw importErrors.encryptedOrLegacy(fileName);
  }
  if (!ZIP_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) throw importErrors.notDocx(fileName);
}

/**
 * The checked zip as mammoth's own zip-file object (its `file` input), so the bytes are not unzipped a
 * second time, and an empty part counts as absent: Word and WPS leave 0-byte parts behind (comments,
 * footnotes, customXml items, docProps) and mammoth would fail to parse them as XML. The main document
 * is never empty here (openDocxZip refuses that).
 */
function mammothFile(zip: JSZip) {
  const present = (name: string) => {
    const file = zip.file(name);
    return file !== null && !isEmptyPart(file) ? file : null;
  };
  return {
    exists: (name: string) => present(name) !== null,
    read: async (name: string, encoding?: string) => {
      const bytes = await present(name)!.async('uint8array');
      if (encoding === 'base64') return Buffer.from(bytes).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
  };
}

/**
 * @throws ImportError for anything that is not a readable, sane .docx
 */
export async function readDocx(bytes: Uint8Array, fileName: string, options: DocxOptions = {}): Promise<SourceParagraph[]> {
  refuseNonZip(bytes, fileName);
  const zip = await openDocxZip(bytes, fileName, options.zipLimits);
  let tree: MammothElement | null = null;
  try {
    await mammoth.convertToHtml(
      // mammoth's typings list only path and buffer inputs; its unzip.openZip also takes `file`.
      { file: mammothFile(zip) } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      {
        transformDocument: (document: MammothElement) => {
          tree = document;
          // Nothing is left for the HTML writer: we only wanted the tree.
          return { ...document, children: [] };
        },
      },
    );
  } catch (err) {
    throw importErrors.corrupt(fileName, '文档内容无法解析', err);
  }
  if (!tree) throw importErrors.corrupt(fileName, '文档内容无法解析');
  return collectParagraphs(tree);
}
