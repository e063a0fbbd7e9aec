/**
 * The part of a library import that needs no database: a parsed file's snippets, title, year and content
 * hash. Pure, so it runs in the worker thread (main/work/) beside the importer that read the file.
 */
import { documentTitle, titleFromFileName } from '../../shared/document/document-title';
import type { DocParagraph } from '../../shared/document/roles';
import { libraryDocumentYear, type DocumentYear } from '../../shared/library/document-year';
import { plainTextOf } from '../../shared/lexical/document-json';
import { splitForLibrary, type LibraryParagraph } from '../../shared/library/split';
import { hashText } from './snippet-rows';

export interface PreparedDocument {
  fileName: string;
  title: string;
  year: DocumentYear;
  contentHash: string;
  paragraphs: LibraryParagraph[];
}

/** A document's title (its title lines), else the file name without extension. */
function titleOrFileName(paragraphs: readonly DocParagraph[], fileName: string): string {
  return documentTitle(paragraphs) || titleFromFileName(fileName);
}

/** Everything about a parsed file that needs no database: its snippets, title, year and content hash. */
export function prepareDocument(fileName: string, paragraphs: readonly DocParagraph[]): PreparedDocument {
  return {
    fileName,
    title: titleOrFileName(paragraphs, fileName),
    year: libraryDocumentYear(paragraphs, fileName),
    contentHash: hashText(plainTextOf(paragraphs)),
    paragraphs: splitForLibrary(paragraphs),
  };
}
