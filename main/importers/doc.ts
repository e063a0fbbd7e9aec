/**
 * Paragraphs of a Word 97–2003 .doc (and of a .wps, which WPS 文字 2005 and later write in the same
 * binary format): the main document text only, in order. Headers, footers, footnotes, comments and
 * text boxes live in their own ranges of the text after the body and are left out, as the 版记 and page
 * numbers are not part of a report's paragraphs.
 *
 * The text is read from the piece table (the CLX in the table stream), which maps character positions
 * to file positions, 8-bit or UTF-16; tracked deletions (sprmCFRMarkDel in the character runs) are
 * removed; fields keep their result, not their instruction. word-extractor 1.0.4, which the issue
 * suggests, matches that sprm by its low five bits only, so it also blanks every run with character
 * spacing (sprmCDxaSpace, 0x8840), which LibreOffice and 公文 templates write, losing most of a report's
 * text; and it follows sector chains unguarded. Hence this reader.
 */
import { openCompoundFile } from './cfb';
import { importErrors } from './import-error';
import { flattenLines, type LinedParagraph } from './lined-paragraph';
import type { SourceParagraph } from './source-paragraph';

const WORD_MAGIC = 0xa5ec;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const SPRM_C_FR_MARK_DEL = 0x0800;
/** Indices into FibRgFcLcb97 (pairs of fc, lcb). */
const FC_PLCF_BTE_CHPX = 12;
const FC_CLX = 33;

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte position in the WordDocument stream of the piece's first character. */
  fc: number;
  compressed: boolean;
}

const cp1252 = new TextDecoder('windows-1252');

function readU32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) throw new RangeError('out of range');
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}
const readU16 = (b: Uint8Array, at: number) => {
  if (at < 0 || at + 2 > b.length) throw new RangeError('out of range');
  return b[at]! | (b[at + 1]! << 8);
};

function pieceTable(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  let at = fcClx;
  const end = Math.min(table.length, fcClx + lcbClx);
  while (at < end && table[at] === 0x01) at += 3 + readU16(table, at + 1); // Prc: property modifiers
  if (table[at] !== 0x02) throw new RangeError('no piece table');
  const lcb = readU32(table, at + 1);
  const plc = at + 5;
  const n = Math.floor((lcb - 4) / 12);
  if (n <= 0 || plc + lcb > table.length) throw new RangeError('piece table out of range');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = readU32(table, plc + i * 4);
    const cpEnd = readU32(table, plc + (i + 1) * 4);
    const fcRaw = readU32(table, plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (fcRaw & 0x40000000) !== 0;
    const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw & 0x3fffffff;
    if (cpEnd < cpStart) throw new RangeError('piece out of order');
    pieces.push({ cpStart, cpEnd, fc, compressed });
  }
  return pieces;
}

/** File-position ranges of text marked deleted by tracked changes. */
function deletedRanges(word: Uint8Array, table: Uint8Array, fc: number, lcb: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (lcb < 12 || fc + lcb > table.length) return out;
  const n = Math.floor((lcb - 4) / 8);
  for (let i = 0; i < n; i++) {
    const pn = readU32(table, fc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const page = pn * 512;
    if (page + 512 > word.length) continue;
    const crun = word[page + 511]!;
    for (let j = 0; j < crun && (crun + 1) * 4 + j < 511; j++) {
      const rgb = word[page + (crun + 1) * 4 + j]!;
      if (rgb === 0) continue;
      const chpx = page + rgb * 2;
      const cb = word[chpx]!;
      let k = chpx + 1;
      const stop = Math.min(chpx + 1 + cb, page + 511);
      while (k + 2 <= stop) {
        const sprm = readU16(word, k);
        k += 2;
        if (sprm === SPRM_C_FR_MARK_DEL && (word[k]! & 1) === 1) out.push([readU32(word, page + j * 4), readU32(word, page + (j + 1) * 4)]);
        const spra = sprm >> 13;
        k += [1, 1, 2, 4, 2, 2, 1 + (word[k] ?? 0), 3][spra]!;
      }
    }
  }
  return out;
}

/** The body text (character positions 0 … ccpText), deletions blanked to \0. */
function bodyText(word: Uint8Array, pieces: Piece[], ccpText: number, deletedRanges: Array<[number, number]>): string {
  // Sorted by start, each piece looks only at the ranges that can overlap it (a crafted file can have
  // very many of both).
  const deleted = [...deletedRanges].sort((a, b) => a[0] - b[0]);
  const firstEndingAfter = (fc: number) => {
    let lo = 0;
    let hi = deleted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (deleted[mid]![0] < fc) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
  const parts: string[] = [];
  for (const piece of pieces) {
    const from = piece.cpStart;
    const to = Math.min(piece.cpEnd, ccpText);
    if (to <= from) continue;
    const width = piece.compressed ? 1 : 2;
    const start = piece.fc;
    const end = start + (to - from) * width;
    if (end > word.length) throw new RangeError('text out of range');
    const bytes = word.slice(start, end);
    for (let r = firstEndingAfter(start); r < deleted.length && deleted[r]![0] < end; r++) {
      const [a, b] = deleted[r]!;
      const lo = Math.max(a, start);
      const hi = Math.min(b, end);
      if (hi > lo) bytes.fill(0, lo - start, hi - start);
    }
    parts.push(piece.compressed ? cp1252.decode(bytes) : Buffer.from(bytes).toString('utf16le'));
  }
  return parts.join('');
}

/**
 * Paragraph and line structure from Word's control characters: \r ends a paragraph, \v is a line
 * break, \f a page or section break, \x07 ends a table cell; fields (\x13 instruction \x14 result
 * \x15, nested) keep their result; anchors of pictures, notes and drawings are dropped.
 */
export function wordTextToParagraphs(text: string): LinedParagraph[] {
  const paragraphs: LinedParagraph[] = [];
  let lines: string[] = [''];
  const fields: Array<'instruction' | 'result'> = [];
  /** How many open fields are still in their instruction (kept as a count: nesting can be deep). */
  let inInstruction = 0;
  const push = (s: string) => {
    lines[lines.length - 1] += s;
  };
  for (const ch of text) {
    if (ch === '\x13') {
      fields.push('instruction');
      inInstruction++;
    } else if (ch === '\x14') {
      if (fields.at(-1) === 'instruction') {
        fields[fields.length - 1] = 'result';
        inInstruction--;
      }
    } else if (ch === '\x15') {
      if (fields.pop() === 'instruction') inInstruction--;
    } else if (inInstruction > 0) continue;
    else if (ch === '\r' || ch === '\x07' || ch === '\f') {
      paragraphs.push({ lines, sourceRole: null });
      lines = [''];
    } else if (ch === '\v') lines.push('');
    else if (ch === '\x1e') push('-');
    else if (ch === '\t') push('\t');
    else if (ch >= ' ' || ch === '\u00a0') push(ch);
  }
  if (lines.some((l) => l !== '')) paragraphs.push({ lines, sourceRole: null });
  return paragraphs;
}

/**
 * @param format how the message names the file's kind: '.doc' or '.wps'
 * @throws ImportError 'corrupt', 'encrypted' or 'unsupported'
 */
export function readDoc(bytes: Uint8Array, fileName: string, format: 'doc' | 'wps' = 'doc'): SourceParagraph[] {
  const cfb = openCompoundFile(bytes, fileName);
  const word = cfb.stream('WordDocument');
  if (!word) {
    if (format === 'wps') throw importErrors.wpsUnreadable(fileName);
    if (cfb.names().includes('EncryptedPackage')) throw importErrors.encrypted(fileName);
    throw importErrors.notFormat(fileName, 'Word 97–2003 文档（.doc）');
  }
  try {
    if (readU16(word, 0) !== WORD_MAGIC) {
      throw format === 'wps' ? importErrors.wpsUnreadable(fileName) : importErrors.notFormat(fileName, 'Word 97–2003 文档（.doc）');
    }
    const flags = readU16(word, 0x0a);
    if (flags & F_ENCRYPTED) throw importErrors.encrypted(fileName);
    const table = cfb.stream(flags & F_WHICH_TABLE ? '1Table' : '0Table');
    if (!table) throw importErrors.corrupt(fileName, '缺少表格流');
    // FIB: base (32 bytes), csw + FibRgW, cslw + FibRgLw (ccpText is its fourth field), cbRgFcLcb + FibRgFcLcb.
    const csw = readU16(word, 32);
    const rgLw = 34 + csw * 2 + 2;
    const cslw = readU16(word, rgLw - 2);
    const ccpText = readU32(word, rgLw + 12);
    const rgFcLcb = rgLw + cslw * 4 + 2;
    const pair = (index: number) => [readU32(word, rgFcLcb + index * 8), readU32(word, rgFcLcb + index * 8 + 4)] as const;
    const [fcClx, lcbClx] = pair(FC_CLX);
    const [fcChpx, lcbChpx] = pair(FC_PLCF_BTE_CHPX);
    if (ccpText > word.length) throw importErrors.corrupt(fileName, '正文长度超出文件范围');
    const pieces = pieceTable(table, fcClx, lcbClx);
    const text = bodyText(word, pieces, ccpText, deletedRanges(word, table, fcChpx, lcbChpx));
    return flattenLines(wordTextToParagraphs(text), { untitled: true });
  } catch (err) {
    if (err instanceof RangeError) throw importErrors.corrupt(fileName, '文档结构不完整，文件可能没有下载或复制完整', err);
    throw err;
  }
}
