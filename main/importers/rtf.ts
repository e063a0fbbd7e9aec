/**
 * Paragraphs of an RTF file, with the role its paragraph style states. A small reader of RTF's text,
 * not of its layout: groups, control words, the encodings Chinese RTF carries (\ansicpg936 and the
 * \fcharset of each font for \'xx byte pairs, \uN with its \ucN fallback), paragraph and line
 * breaks, table cells, fields (their result, not their instruction); every destination that is not
 * body text (font, colour and style tables, document info, pictures, headers and footers, footnotes,
 * list numbering, anything marked \*) is skipped. No RTF library in reach does this well for GBK.
 */
import { roleForWordStyle } from './docx';
import { importErrors } from './import-error';
import { flattenLines, type LinedParagraph } from './lined-paragraph';
import type { SourceParagraph } from './source-paragraph';

export interface RtfLimits {
  /** Tokens read before the file is refused: a bound on the work a crafted file can cause. */
  maxTokens: number;
  /** Group nesting depth refused beyond this. */
  maxDepth: number;
}

export const DEFAULT_RTF_LIMITS: RtfLimits = { maxTokens: 20_000_000, maxDepth: 1000 };

/** Destinations that hold no body text. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'fldinst', 'listtable',
  'listoverridetable', 'revtbl', 'rsidtbl', 'filetbl', 'pntext', 'pntxta', 'pntxtb', 'listtext',
  'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'xmlnstbl', 'generator', 'shpinst',
  'nonshppict', 'shppict', 'userprops', 'docvar', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc',
  'aftncn', 'template', 'mmathPr', 'pgdsctbl', 'xe', 'tc', 'atnid', 'atnauthor', 'bkmkstart', 'bkmkend',
]);

/** Control words that stand for a character. */
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•',
  emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', tab: '\t', zwj: '\u200d', zwnj: '\u200c',
};

/** Windows code pages by \fcharset (the charsets Chinese, Japanese and Western documents use). */
const CHARSET_CODEPAGE: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

const CODEPAGE_ENCODING: Record<number, string> = { 936: 'gbk', 54936: 'gb18030', 950: 'big5', 932: 'shift_jis', 949: 'euc-kr' };

type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<number, Decoder>();
function decoderFor(codepage: number): Decoder {
  let d = decoders.get(codepage);
  if (!d) {
    const label = CODEPAGE_ENCODING[codepage] ?? `windows-${codepage}`;
    try {
      d = new TextDecoder(label);
    } catch {
      d = new TextDecoder('windows-1252');
    }
    decoders.set(codepage, d);
  }
  return d;
}

interface GroupState {
  skip: boolean;
  /** How many fallback characters follow a \uN. */
  uc: number;
  /** The code page of the current font (\fN), for \'xx bytes. */
  codepage: number;
  style: number;
}

type Token =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'word'; word: string; param: number | null }
  | { kind: 'hex'; byte: number }
  | { kind: 'text'; text: string }
  | { kind: 'binary'; length: number };

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const HEX = /^[0-9a-fA-F]{2}$/;

/** Tokens of RTF source (read as latin-1, so each byte is one character). */
function* tokens(src: string): Generator<Token> {
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 0x7b) {
      i++;
      yield { kind: 'open' };
    } else if (c === 0x7d) {
      i++;
      yield { kind: 'close' };
    } else if (c === 0x5c) {
      const next = src.charCodeAt(i + 1);
      if (isLetter(next)) {
        let j = i + 1;
        while (j < n && isLetter(src.charCodeAt(j))) j++;
        const word = src.slice(i + 1, j);
        let param: number | null = null;
        let k = j;
        if (src[k] === '-' || isDigit(src.charCodeAt(k))) {
          k++;
          while (k < n && isDigit(src.charCodeAt(k)) && k - j < 12) k++;
          param = Number(src.slice(j, k));
          if (!Number.isFinite(param)) param = 0;
        }
        if (src[k] === ' ') k++; // the delimiter space belongs to the control word
        i = k;
        if (word === 'bin' && param !== null && param > 0) {
          yield { kind: 'binary', length: param };
          i += param;
        } else {
          yield { kind: 'word', word, param };
        }
      } else if (next === 0x27) {
        const hex = src.slice(i + 2, i + 4);
        i += 4;
        if (HEX.test(hex)) yield { kind: 'hex', byte: parseInt(hex, 16) };
      } else if (Number.isNaN(next)) {
        i++;
      } else {
        i += 2;
        const symbol = String.fromCharCode(next);
        if (symbol === '\n' || symbol === '\r') yield { kind: 'word', word: 'par', param: null };
        else yield { kind: 'word', word: symbol, param: null };
      }
    } else if (c === 0x0d || c === 0x0a) {
      i++; // line ends in RTF source are not text
    } else {
      let j = i;
      while (j < n) {
        const d = src.charCodeAt(j);
        if (d === 0x7b || d === 0x7d || d === 0x5c || d === 0x0d || d === 0x0a) break;
        j++;
      }
      yield { kind: 'text', text: src.slice(i, j) };
      i = j;
    }
  }
}

/** Style number → role, from the names in the \stylesheet group (Heading 1, Title, 标题 1 …). */
type StyleRoles = Map<number, ReturnType<typeof roleForWordStyle>>;

/**
 * @throws ImportError when the bytes are not RTF or exceed the work limits
 */
export function readRtf(bytes: Uint8Array, fileName: string, limits: Partial<RtfLimits> = {}): SourceParagraph[] {
  const { maxTokens, maxDepth } = { ...DEFAULT_RTF_LIMITS, ...limits };
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^\s*\{\\rtf/.test(src.slice(0, 64))) throw importErrors.notFormat(fileName, 'RTF 文档');

  const fontCodepage = new Map<number, number>();
  const styleRoles: StyleRoles = new Map();
  let defaultCodepage = 1252;
  let defaultFont: number | null = null;

  const paragraphs: LinedParagraph[] = [];
  let lines: string[] = [''];
  let text = '';
  let bytesPending: number[] = [];
  let ucSkip = 0;

  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1, codepage: 1252, style: 0 };
  /** Set by \* : the next control word opens a destination to skip, whatever it is. */
  let starred = false;
  /** Where we are in the font table or stylesheet, to read font charsets and style names. */
  let table: { kind: 'fonttbl' | 'stylesheet'; depth: number } | null = null;
  let entry: { number: number | null; charset: number | null; name: string; style: boolean } | null = null;

  /** Text goes to the font or style entry being read (its own text, not nested groups'), or to the body. */
  const emit = (s: string) => {
    if (entry) {
      if (table && stack.length === table.depth + 1) entry.name += s;
    } else if (!state.skip) {
      text += s;
    }
  };
  const flushBytes = () => {
    if (!bytesPending.length) return;
    const decoded = decoderFor(state.codepage).decode(Uint8Array.from(bytesPending));
    bytesPending = [];
    emit(decoded);
  };
  const put = (s: string) => {
    flushBytes();
    emit(s);
  };
  const endLine = () => {
    flushBytes();
    lines[lines.length - 1] += text;
    text = '';
  };
  const endParagraph = () => {
    endLine();
    paragraphs.push({ lines, sourceRole: styleRoles.get(state.style) ?? null });
    lines = [''];
  };

  let count = 0;
  for (const token of tokens(src)) {
    if (++count > maxTokens) throw importErrors.tooComplex(fileName, `超过 ${maxTokens} 个 RTF 记号`);
    // Fallback characters after \uN: each byte, character or symbol counts as one.
    if (ucSkip > 0) {
      if (token.kind === 'hex' || (token.kind === 'word' && token.word !== 'par' && !starred)) {
        ucSkip--;
        continue;
      }
      if (token.kind === 'text') {
        const dropped = Math.min(ucSkip, token.text.length);
        ucSkip -= dropped;
        if (dropped === token.text.length) continue;
        token.text = token.text.slice(dropped);
      } else {
        ucSkip = 0;
      }
    }
    switch (token.kind) {
      case 'open':
        flushBytes();
        if (stack.length >= maxDepth) throw importErrors.tooComplex(fileName, `RTF 分组嵌套超过 ${maxDepth} 层`);
        stack.push(state);
        state = { ...state };
        if (table && stack.length === table.depth + 1) entry = { number: null, charset: null, name: '', style: table.kind === 'stylesheet' };
        break;
      case 'close': {
        flushBytes();
        if (entry && table && stack.length === table.depth + 1) {
          const name = entry.name.replace(/;\s*$/, '').trim();
          if (table.kind === 'fonttbl' && entry.number !== null && entry.charset !== null) {
            const cp = CHARSET_CODEPAGE[entry.charset];
            if (cp) fontCodepage.set(entry.number, cp);
          }
          if (table.kind === 'stylesheet' && entry.style) styleRoles.set(entry.number ?? 0, roleForWordStyle(name, null));
          entry = null;
        }
        if (table && stack.length === table.depth) table = null;
        state = stack.pop() ?? state;
        starred = false;
        break;
      }
      case 'hex':
        if (entry || !state.skip) bytesPending.push(token.byte);
        break;
      case 'text':
        put(token.text);
        break;
      case 'binary':
        break;
      case 'word': {
        const { word, param } = token;
        if (word === '*') {
          starred = true;
          break;
        }
        if (table && entry) {
          // Inside a font-table or stylesheet entry: only its number, charset and name matter.
          if (table.kind === 'fonttbl' && word === 'f') entry.number = param ?? 0;
          else if (word === 'fcharset') entry.charset = param ?? 0;
          else if (table.kind === 'stylesheet' && word === 's') entry.number = param ?? 0;
          else if (table.kind === 'stylesheet' && (word === 'cs' || word === 'ds' || word === 'ts')) entry.style = false;
          else if (word === 'u' && param !== null) put(String.fromCharCode(param < 0 ? param + 65536 : param));
          else if (starred) state.skip = true;
          if (word === 'uc') state.uc = param ?? 1;
          if (word === 'u') ucSkip = state.uc;
          starred = false;
          break;
        }
        if (word === 'fonttbl' || word === 'stylesheet') {
          table = { kind: word, depth: stack.length };
          state.skip = true;
          starred = false;
          // A font table written without a group per entry (\f0 … ; \f1 … ;) is read as one entry.
          break;
        }
        if (starred || SKIPPED.has(word)) {
          state.skip = true;
          starred = false;
          break;
        }
        switch (word) {
          case 'ansicpg':
            defaultCodepage = param ?? 1252;
            state.codepage = defaultCodepage;
            break;
          case 'deff':
            defaultFont = param ?? 0;
            break;
          case 'f': {
            flushBytes();
            state.codepage = fontCodepage.get(param ?? 0) ?? defaultCodepage;
            break;
          }
          case 'plain':
            flushBytes();
            state.codepage = (defaultFont !== null ? fontCodepage.get(defaultFont) : undefined) ?? defaultCodepage;
            break;
          case 'uc':
            state.uc = Math.max(0, Math.min(param ?? 1, 16));
            break;
          case 'u':
            if (param !== null) {
              put(String.fromCharCode(param < 0 ? param + 65536 : param));
              ucSkip = state.uc;
            }
            break;
          case 'par':
          case 'sect':
          case 'page':
          case 'cell':
          case 'nestcell':
            if (!state.skip) endParagraph();
            break;
          case 'line':
            if (!state.skip) {
              endLine();
              lines.push('');
            }
            break;
          case 'pard':
            state.style = 0;
            break;
          case 's':
            state.style = param ?? 0;
            break;
          case '~':
            put('\u00a0');
            break;
          case '_':
            put('\u2011');
            break;
          case '{':
          case '}':
          case '\\':
            put(word);
            break;
          default:
            if (word in SYMBOLS) put(SYMBOLS[word]!);
        }
      }
    }
  }
  // Word, WPS and LibreOffice close every group; a file that ends inside one was cut short, and what
  // it would give is part of a report.
  if (stack.length > 0) throw importErrors.corrupt(fileName, '文件不完整，结尾缺失，可能没有下载或复制完整');
  endLine();
  if (lines.some((l) => l !== '') || text) paragraphs.push({ lines, sourceRole: styleRoles.get(state.style) ?? null });
  return flattenLines(paragraphs);
}
