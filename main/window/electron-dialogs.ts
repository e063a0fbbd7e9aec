import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs, OpenDialogRequest, SaveDialogRequest } from '../dialogs/dialogs';

/** Electron's system dialogs, over the window when there is one (sheet-modal), on their own otherwise. */
export function electronDialogs(parent: () => BrowserWindow | null): Dialogs {
  return {
    documentsDir: () => app.getPath('documents'),
    async open(request: OpenDialogRequest) {
      const options: OpenDialogOptions = {
        title: request.title,
        buttonLabel: request.buttonLabel,
        defaultPath: request.defaultPath,
        ...(request.filters ? { filters: request.filters } : {}),
        properties: request.pick === 'folder' ? ['openDirectory'] : request.pick === 'files' ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async save(request: SaveDialogRequest) {
      const options: SaveDialogOptions = {
        title: request.title,
        buttonLabel: request.buttonLabel,
        defaultPath: request.defaultPath,
        filters: request.filters,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
