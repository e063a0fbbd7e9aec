/**
 * The file types the app reads, in one place: the open dialog and drag and drop, the library's file
 * dialog and folder search, and the CLI's help all list these (main/importers/import-file.ts reads them).
 */
export const IMPORTABLE_EXTENSIONS = ['.docx', '.doc', '.wps', '.rtf', '.pdf', '.ofd', '.txt', '.text', '.md', '.markdown'] as const;

/** For messages and help texts. */
export const IMPORTABLE_FORMATS_LABEL = 'Word（.docx、.doc）、WPS 文字（.wps）、RTF、PDF（带文字层）、OFD、纯文本（.txt）或 Markdown（.md）';

/** The same list, short, for one-line help: ".docx/.doc/.wps/…". */
export const IMPORTABLE_EXTENSIONS_SHORT = '.docx/.doc/.wps/.rtf/.pdf/.ofd/.txt/.md';

export const isImportable = (fileName: string): boolean => {
  const lower = fileName.toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
};
