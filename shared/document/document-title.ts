/**
 * A document's name, one way for every place that needs it: the draft list, the editor header, the
 * export's default file name, templates and the snippet library. The name follows the title
 * paragraphs as they are edited; a name the writer gave (重命名) takes precedence.
 */
import { MAX_TITLE_CHARS } from '../limits';
import type { DocParagraph } from './roles';

/** The title block stands at the top: a 发文字号 or a blank line or two may come before it. */
const TITLE_SEARCH_PARAGRAPHS = 6;

/** What a draft is called when it has no name, no title and no text. */
export const UNTITLED = '未命名文档';
/** An untitled draft is named by its first line, cut to this many characters. */
const FIRST_LINE_NAME_CHARS = 40;

/**
 * The title lines joined into one name: lines that split one title ("关于……" / "……的报告") are joined
 * as they are; lines of a slogan title (phrases spaced apart: "扛稳责任  固强补弱") with a space.
 */
export function joinTitleLines(lines: readonly string[]): string {
  const trimmed = lines.map((l) => l.trim()).filter((l) => l !== '');
  const slogan = trimmed.some((l) => /\S[ \u3000]+\S/.test(l));
  return trimmed.join(slogan ? ' ' : '').slice(0, MAX_TITLE_CHARS);
}

/**
 * The document's title from its title paragraphs: the first run of title lines near the top (blank
 * lines inside it skipped), joined; '' when the document has no title paragraph there.
 */
export function documentTitle(paragraphs: readonly DocParagraph[]): string {
  const start = paragraphs.slice(0, TITLE_SEARCH_PARAGRAPHS).findIndex((p) => p.role === 'title' && p.text.trim() !== '');
  if (start < 0) return '';
  const lines: string[] = [];
  for (const p of paragraphs.slice(start)) {
    if (p.role === 'title') lines.push(p.text);
    else if (p.text.trim() !== '') break;
  }
  return joinTitleLines(lines);
}

/** The name shown for a draft: the writer's own name, else its title paragraphs, else its first line. */
export function displayTitleOf(ownName: string, title: string, plainText: string): string {
  if (ownName.trim()) return ownName.trim();
  if (title.trim()) return title.trim();
  const firstLine = plainText.split('\n').find((line) => line.trim())?.trim() ?? '';
  return firstLine ? firstLine.slice(0, FIRST_LINE_NAME_CHARS) : UNTITLED;
}

/** A file's name without its extension, as the name of a document that has no title lines. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').slice(0, MAX_TITLE_CHARS);
}
