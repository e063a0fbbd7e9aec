import type { DocParagraph } from '../../shared/document/roles';

/** Plain text export: one paragraph a line, UTF-8 with a BOM and CRLF so Notepad and WPS open it right. */
export function buildText(paragraphs: DocParagraph[]): Buffer {
  const body = paragraphs.map((p) => p.text).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${body}\r\n`, 'utf8')]);
}
