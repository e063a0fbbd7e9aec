import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { IMPORTABLE_EXTENSIONS } from '../../shared/import-formats';
import type { LibraryHooks } from '../library/library-handlers';

const DOCUMENTS = { name: '公文文档', extensions: IMPORTABLE_EXTENSIONS.map((e) => e.slice(1)) };
const LIBRARY_FILE = { name: '素材库备份', extensions: ['db'] };
const SHARE_FILE = { name: '素材分享文件', extensions: ['json'] };

export function libraryImportDialogOptions(pick: 'files' | 'folder', documentsDir: string): OpenDialogOptions {
  return pick === 'folder'
    ? { title: '选择要导入素材库的文件夹', buttonLabel: '导入', defaultPath: documentsDir, properties: ['openDirectory'] }
    : { title: '选择要导入素材库的文件', buttonLabel: '导入', defaultPath: documentsDir, filters: [DOCUMENTS], properties: ['openFile', 'multiSelections'] };
}

const inFolder = (name: string, documentsDir: string) => (path.isAbsolute(name) ? name : path.join(documentsDir, name));

/** The dialogs the library asks main for, as LibraryHooks over Electron's open and save dialogs. */
export function libraryDialogHooks(dialogs: {
  open(options: OpenDialogOptions): Promise<string[] | null>;
  save(options: SaveDialogOptions): Promise<string | null>;
  documentsDir(): string;
}): Omit<LibraryHooks, 'emit'> {
  const { open, save, documentsDir } = dialogs;
  const first = async (options: OpenDialogOptions) => (await open(options))?.[0] ?? null;
  return {
    chooseLibraryImportPaths: (pick) => open(libraryImportDialogOptions(pick, documentsDir())),
    chooseBackupPath: (name) =>
      save({
        title: '备份素材库',
        buttonLabel: '备份',
        defaultPath: inFolder(name, documentsDir()),
        filters: [LIBRARY_FILE],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      }),
    chooseRestorePath: () =>
      first({ title: '选择要恢复的素材库备份', buttonLabel: '恢复', defaultPath: documentsDir(), filters: [LIBRARY_FILE], properties: ['openFile'] }),
    chooseSubsetExportPath: (name) =>
      save({
        title: '导出素材分享文件',
        buttonLabel: '导出',
        defaultPath: inFolder(name, documentsDir()),
        filters: [SHARE_FILE],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      }),
    chooseSubsetImportPath: () =>
      first({ title: '选择素材分享文件', buttonLabel: '导入', defaultPath: documentsDir(), filters: [SHARE_FILE], properties: ['openFile'] }),
  };
}
