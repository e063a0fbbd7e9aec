/**
 * Plain text to paragraphs: one paragraph a line, as reports are written in Notepad and as the
 * samples are kept. Form feeds (page breaks in text exported from Word) also end a paragraph.
 */
export function splitLines(text: string): string[] {
  return text.split(/[\n\f\v]/);
}

/**
 * Indentation and trailing spaces are layout (the editor indents by role), and control characters
 * are debris from conversions; neither is text the writer wrote. Spaces inside a line are kept:
 * "扛稳责任  固强补弱  砥砺奋进" spaces a slogan title on purpose.
 */
export function normaliseParagraph(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufeff]/g, '').trim();
}
