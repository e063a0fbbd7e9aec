import { describe, expect, it } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { libraryDialogHooks, libraryImportDialogOptions } from './library-dialogs';

describe('library dialogs', () => {
  it('picks several documents, or one folder', () => {
    expect(libraryImportDialogOptions('files', '/home/u/文档')).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [{ extensions: ['docx', 'doc', 'wps', 'rtf', 'pdf', 'ofd', 'txt', 'text', 'md', 'markdown'] }],
    });
    expect(libraryImportDialogOptions('folder', '/home/u/文档').properties).toEqual(['openDirectory']);
  });

  it('turns dialog answers into hook results, suggesting names in Documents', async () => {
    const opened: OpenDialogOptions[] = [];
    const saved: SaveDialogOptions[] = [];
    let answer: string[] | null = ['/a/备份.db', '/a/other.db'];
    const hooks = libraryDialogHooks({
      open: async (o) => (opened.push(o), answer),
      save: async (o) => (saved.push(o), '/a/out.db'),
      documentsDir: () => '/home/u/文档',
    });
    expect(await hooks.chooseRestorePath!()).toBe('/a/备份.db');
    expect(opened[0]).toMatchObject({ filters: [{ extensions: ['db'] }], properties: ['openFile'] });
    answer = null;
    expect(await hooks.chooseSubsetImportPath!()).toBeNull();
    expect(await hooks.chooseBackupPath!('素材库备份-2026-04-08.db')).toBe('/a/out.db');
    expect(saved[0]).toMatchObject({ defaultPath: '/home/u/文档/素材库备份-2026-04-08.db', properties: ['showOverwriteConfirmation', 'createDirectory'] });
    await hooks.chooseSubsetExportPath!('/srv/素材.json');
    expect(saved[1]).toMatchObject({ defaultPath: '/srv/素材.json', filters: [{ extensions: ['json'] }] });
  });
});
