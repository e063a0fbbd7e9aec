import path from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../../shared/import-formats';
import type { Dialogs } from '../dialogs/dialogs';

const DOCUMENTS = { name: '公文文档', extensions: IMPORTABLE_EXTENSIONS.map((e) => e.slice(1)) };
const LIBRARY_FILE = { name: '素材库备份', extensions: ['db'] };
const SHARE_FILE = { name: '素材分享文件', extensions: ['json'] };

/** What the library asks the user for; every answer null when cancelled. */
export interface LibraryDialogs {
  /** Documents to import (several, of any importable type) or one folder. */
  chooseImportPaths(pick: 'files' | 'folder'): Promise<string[] | null>;
  /** Where to write a backup; gets a suggested file name (素材库备份-2026-04-08.db). */
  chooseBackupPath(name: string): Promise<string | null>;
  chooseRestorePath(): Promise<string | null>;
  /** Where to write a share file; gets a suggested name (素材分享-2026-04-08.json). */
  chooseSubsetExportPath(name: string): Promise<string | null>;
  chooseSubsetImportPath(): Promise<string | null>;
}

/** The library's dialogs, as requests to the app's Dialogs (suggested names go to the documents folder). */
export function libraryDialogs(dialogs: Dialogs): LibraryDialogs {
  const documents = () => dialogs.documentsDir();
  const inDocuments = (name: string) => (path.isAbsolute(name) ? name : path.join(documents(), name));
  const first = async (paths: Promise<string[] | null>) => (await paths)?.[0] ?? null;
  return {
    chooseImportPaths: (pick) =>
      dialogs.open(
        pick === 'folder'
          ? { purpose: 'library-import', title: '选择要导入素材库的文件夹', buttonLabel: '导入', defaultPath: documents(), pick: 'folder' }
          : { purpose: 'library-import', title: '选择要导入素材库的文件', buttonLabel: '导入', defaultPath: documents(), pick: 'files', filters: [DOCUMENTS] },
      ),
    chooseBackupPath: (name) => dialogs.save({ purpose: 'library-backup', title: '备份素材库', buttonLabel: '备份', defaultPath: inDocuments(name), filters: [LIBRARY_FILE] }),
    chooseRestorePath: () =>
      first(dialogs.open({ purpose: 'library-restore', title: '选择要恢复的素材库备份', buttonLabel: '恢复', defaultPath: documents(), pick: 'file', filters: [LIBRARY_FILE] })),
    chooseSubsetExportPath: (name) =>
      dialogs.save({ purpose: 'subset-export', title: '导出素材分享文件', buttonLabel: '导出', defaultPath: inDocuments(name), filters: [SHARE_FILE] }),
    chooseSubsetImportPath: () =>
      first(dialogs.open({ purpose: 'subset-import', title: '选择素材分享文件', buttonLabel: '导入', defaultPath: documents(), pick: 'file', filters: [SHARE_FILE] })),
  };
}
