/**
 * The text of a paste, one entry per paragraph. Word and WPS put the text with \r\n paragraph breaks
 * on the clipboard next to their HTML; only the text is taken, so no foreign fonts, sizes or colours
 * ever enter the document. HTML-only clipboards are reduced to the text of their block elements.
 */
export function clipboardParagraphs(data: DataTransfer): string[] | null {
  const plain = data.getData('text/plain');
  if (plain) return splitLines(plain);
  const html = data.getData('text/html');
  if (html) return htmlParagraphs(html);
  return null;
}

export function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u000b', '\n') // Word's manual line break (vertical tab)
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, ''));
}

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,div,td,pre,blockquote';

function htmlParagraphs(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.body.querySelectorAll<HTMLElement>(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  if (blocks.length === 0) return splitLines(doc.body.textContent ?? '');
  return blocks.map((el) => (el.textContent ?? '').replace(/\s*\n\s*/g, ''));
}
