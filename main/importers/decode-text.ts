/**
 * Bytes of a .txt/.md file to text. Chinese reports arrive as UTF-8 (with or without BOM), UTF-16
 * from Windows Notepad "Unicode", or GB18030/GBK from older Windows tools; nothing declares which.
 *
 * Order matters: a BOM is certain; NUL bytes on one parity mean UTF-16 (no other text encoding
 * has NULs); a strict UTF-8 decode rarely succeeds by accident; GB18030 decodes almost anything, so
 * it is accepted only when the result reads as Chinese; UTF-16 without BOM or NULs (pure Chinese
 * text) comes last for the same reason.
 */
import { importErrors } from './import-error';
import { looksLikeChinese, looksLikeText, profileText } from './text-quality';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** Line endings normalised to \n. */
  text: string;
  encoding: TextEncodingName;
}

/** Bytes inspected for the NUL-parity guess; the start of a file decides it. */
const SNIFF_BYTES = 64 * 1024;

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** 'utf-16le' when NULs sit on odd offsets (ASCII as 41 00), 'utf-16be' on even ones, else null. */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i & 1) odd++;
      else even++;
    }
  }
  const units = n / 2;
  const enough = Math.max(1, units * 0.005);
  if (odd >= enough && even <= odd * 0.1) return 'utf-16le';
  if (even >= enough && odd <= even * 0.1) return 'utf-16be';
  return null;
}

function withBom(bytes: Uint8Array, fileName: string): DecodedText | null {
  const bom: Array<[readonly number[], TextEncodingName, string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8-bom', 'utf-8'],
    [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
  ];
  // FF FE 00 00 is the UTF-32 BOM: no Chinese editor writes it by default and TextDecoder lacks it.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) throw importErrors.encoding(fileName);
  for (const [prefix, name, label] of bom) {
    if (!startsWith(bytes, prefix)) continue;
    const text = tryDecode(label, bytes.subarray(prefix.length));
    // A BOM followed by bytes that are not that encoding is a damaged file, not a different encoding.
    if (text === null || (text && !looksLikeText(profileText(text)))) throw importErrors.encoding(fileName);
    return { text, encoding: name };
  }
  return null;
}

/**
 * @throws ImportError 'encoding' when no encoding gives believable text.
 */
export function decodeText(bytes: Uint8Array, fileName = '文件'): DecodedText {
  const done = (text: string, encoding: TextEncodingName): DecodedText => ({ text: normaliseLineEndings(text), encoding });
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };

  const bom = withBom(bytes, fileName);
  if (bom) return done(bom.text, bom.encoding);

  const byNuls = utf16ByNuls(bytes);
  if (byNuls) {
    const text = tryDecode(byNuls, bytes);
    if (text !== null && looksLikeText(profileText(text))) return done(text, byNuls);
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null && looksLikeText(profileText(utf8))) return done(utf8, 'utf-8');

  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && looksLikeChinese(profileText(gb))) return done(gb, 'gb18030');

  if (bytes.length % 2 === 0) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const text = tryDecode(encoding, bytes);
      if (text !== null && looksLikeChinese(profileText(text))) return done(text, encoding);
    }
  }
  throw importErrors.encoding(fileName);
}
