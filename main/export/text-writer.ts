import type { DocParagraph } from '../../shared/document/roles';
import type { DocxColophonOptions, DocxHeaderOptions } from './docx-writer';

export interface TextOptions {
  header?: DocxHeaderOptions;
  colophon?: DocxColophonOptions;
}

/**
 * Plain text export: one paragraph a line, UTF-8 with a BOM and CRLF so Notepad and WPS open it right.
 * The 版头 (issuer, document number) and 版记 (抄送, 印发) come first and last when given, apart by a blank line.
 */
export function buildText(paragraphs: DocParagraph[], options: TextOptions = {}): Buffer {
  const lines: string[] = [];
  if (options.header) {
    lines.push(options.header.issuer);
    if (options.header.docNumber) lines.push(options.header.docNumber);
    lines.push('');
  }
  lines.push(...paragraphs.map((p) => p.text));
  if (options.colophon) {
    const c = options.colophon;
    lines.push('');
    if (c.copyTo) lines.push(`抄送：${c.copyTo.replace(/[。.]?$/, '。')}`);
    lines.push(`${c.printedBy}${'\u3000'.repeat(2)}${c.printedOn}印发`);
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
