/**
 * OLE compound files (D0 CF 11 E0 …): the container of old .doc files and also of password-protected
 * .docx files, which Office wraps as an "EncryptedPackage" stream. Telling the two apart lets the
 * message say what to do; stream names sit in the directory as UTF-16LE, so a byte search finds them.
 */

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export type OleKind = 'encrypted-ooxml' | 'word97' | 'unknown';

export function isOleFile(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const WORD_DOCUMENT = Buffer.from('WordDocument', 'utf16le');

export function oleKind(bytes: Uint8Array): OleKind {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (haystack.includes(ENCRYPTED_PACKAGE)) return 'encrypted-ooxml';
  if (haystack.includes(WORD_DOCUMENT)) return 'word97';
  return 'unknown';
}
