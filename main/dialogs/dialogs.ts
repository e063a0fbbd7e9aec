/**
 * The file dialogs main asks the user through, as one interface (VS Code's IDialogMainService): the
 * Electron implementation (main/window/electron-dialogs.ts) shows the system dialogs over the window;
 * the scripted one beside this file answers browser tests and unit tests. Handlers get a Dialogs and
 * build their requests (export-dialog.ts, library-dialogs.ts); they never see Electron.
 */

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What a dialog is for: tests answer by it; the system dialog shows only title and labels. */
export type DialogPurpose = 'export' | 'compare-base' | 'library-import' | 'library-backup' | 'library-restore' | 'subset-export' | 'subset-import';

export interface OpenDialogRequest {
  purpose: DialogPurpose;
  title: string;
  buttonLabel: string;
  /** Where the dialog starts (a folder). */
  defaultPath: string;
  /** One file, several files, or a folder. */
  pick: 'file' | 'files' | 'folder';
  filters?: FileFilter[];
}

export interface SaveDialogRequest {
  purpose: DialogPurpose;
  title: string;
  buttonLabel: string;
  /** The suggested file: absolute, or a name in the documents folder. */
  defaultPath: string;
  filters: FileFilter[];
}

export interface Dialogs {
  /** The chosen paths (at least one), or null when the user cancelled. */
  open(request: OpenDialogRequest): Promise<string[] | null>;
  /** The chosen path, or null when the user cancelled. Overwriting an existing file is confirmed in the dialog. */
  save(request: SaveDialogRequest): Promise<string | null>;
  /** The folder dialogs start in: the user's 文档. */
  documentsDir(): string;
}
