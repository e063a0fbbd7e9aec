/** Size limits shared by the renderer and main (kept apart from api.ts so the renderer needs no zod). */

/** Files larger than this are refused before they are read (a real report is well under 1 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** ~1,000 pages of Lexical JSON: far above any real report. */
export const MAX_DOCUMENT_JSON_CHARS = 40_000_000;
export const MAX_PLAIN_TEXT_CHARS = 5_000_000;
export const MAX_TITLE_CHARS = 200;

/*
 * What an import accepts (issue 15). Chosen from measurement (bench/import.bench.ts, `npm run bench --
 * import-limits`): mammoth's cost grows with the XML tags of a part more than with its bytes — 8 MiB of
 * Word-like XML (108,000 tags) took 7 s and 273 MB peak RSS, 32 MiB (432,000 tags) 33 s and 613 MB,
 * while 8 MiB of one-character runs (1.34 million tags) took 71 s and 1.3 GB. With the limits below the
 * largest accepted .docx peaks well under 1 GB.
 */
/** An XML part of a .docx/.ofd (document.xml above all) inflated larger than this is refused. */
export const MAX_XML_PART_BYTES = 16 * 1024 * 1024;
/** XML tags (`<` counted while inflating) over all XML parts of a .docx/.ofd. */
export const MAX_XML_TAGS = 500_000;
/** Everything inflated from a .docx/.ofd, pictures included. */
export const MAX_ZIP_TOTAL_BYTES = 100 * 1024 * 1024;
/** Non-blank paragraphs an import accepts, in every format: a 1,000-page report has about 15,000. */
export const MAX_IMPORT_PARAGRAPHS = 20_000;
/** Lines of a plain-text or Markdown file, blank ones included, checked before they are split. */
export const MAX_IMPORT_LINES = 200_000;
/** Characters in one paragraph (about 32 pages of one paragraph); a real paragraph has under 2,000. */
export const MAX_PARAGRAPH_CHARS = 20_000;
/** Paragraphs an export accepts: building a .docx costs about 1 ms and 10 KB a paragraph. */
export const MAX_EXPORT_PARAGRAPHS = MAX_IMPORT_PARAGRAPHS;
