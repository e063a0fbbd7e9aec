/**
 * The part of a library import that needs no database: a parsed file's snippets, title, year, content
 * hash and each snippet's MinHash band keys. Pure, so it runs in a worker thread (main/work/) beside the
 * importer that read the file, while the thread writing the library handles the file before it.
 */
import { documentTitle, titleFromFileName } from '../../shared/document/document-title';
import type { DocParagraph } from '../../shared/document/roles';
import { libraryDocumentYear, type DocumentYear } from '../../shared/library/document-year';
import { plainTextOf } from '../../shared/lexical/document-json';
import { splitForLibrary, type LibraryParagraph } from '../../shared/library/split';
import { normaliseForIdentity } from '../../shared/library/similarity';
import { textBands } from './minhash';
import { hashText } from './snippet-rows';

export interface PreparedParagraph extends LibraryParagraph {
  /** Its LSH band keys (minhash.ts), for the near-duplicate lookup and the stored index. */
  bands: number[];
}

export interface PreparedDocument {
  fileName: string;
  title: string;
  year: DocumentYear;
  contentHash: string;
  paragraphs: PreparedParagraph[];
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
    paragraphs: splitForLibrary(paragraphs).map((p) => ({ ...p, bands: textBands(normaliseForIdentity(p.text)) })),
  };
}
