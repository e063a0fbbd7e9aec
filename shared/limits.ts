/** Size limits shared by the renderer and main (kept apart from api.ts so the renderer needs no zod). */

/** Files larger than this are refused before they are read (a real report is well under 1 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** ~1,000 pages of Lexical JSON: far above any real report. */
export const MAX_DOCUMENT_JSON_CHARS = 40_000_000;
export const MAX_PLAIN_TEXT_CHARS = 5_000_000;
export const MAX_TITLE_CHARS = 200;
