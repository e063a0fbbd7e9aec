/**
 * What a new draft stores, computed without the database: the editor JSON, the plain text, the name its
 * title lines give and the word count. Pure, so an import computes it in the worker thread (main/work/)
 * and the main thread only runs the INSERT (a 1,000,000-character report costs ~0.5 s to serialise).
 */
import { documentTitle } from '../../shared/document/document-title';
import type { DocParagraph } from '../../shared/document/roles';
import { documentJson, paragraphsFromJson, plainTextOf } from '../../shared/lexical/document-json';
import { countWords } from '../../shared/text/word-count';

export interface PreparedDraft {
  lexicalJson: string;
  plainText: string;
  /** The title the title paragraphs of the JSON read. */
  docTitle: string;
  wordCount: number;
}

/** The title the title paragraphs of saved editor JSON read ('' for JSON that holds no document). */
export function titleOfJson(lexicalJson: string): string {
  if (!lexicalJson) return '';
  try {
    return documentTitle(paragraphsFromJson(lexicalJson));
  } catch {
    return '';
  }
}

export function prepareDraft(paragraphs: readonly DocParagraph[]): PreparedDraft {
  const lexicalJson = JSON.stringify(documentJson([...paragraphs]));
  const plainText = plainTextOf(paragraphs);
  return { lexicalJson, plainText, docTitle: titleOfJson(lexicalJson), wordCount: countWords(plainText) };
}
