import { describe, expect, it } from 'vitest';
import { scriptedDialogs, type DialogRequest } from '../dialogs/scripted-dialogs';
import { libraryDialogs } from './library-dialogs';

describe('library dialogs', () => {
  it('picks several documents of the importable types, or one folder', async () => {
    const dialogs = scriptedDialogs({ documentsDir: '/home/u/文档', answer: () => ['/a/1.docx'] });
    await libraryDialogs(dialogs).chooseImportPaths('files');
    await libraryDialogs(dialogs).chooseImportPaths('folder');
    expect(dialogs.requests.map((r) => r.request)).toMatchObject([
      { pick: 'files', defaultPath: '/home/u/文档', filters: [{ extensions: ['docx', 'doc', 'wps', 'rtf', 'pdf', 'ofd', 'txt', 'text', 'md', 'markdown'] }] },
      { pick: 'folder' },
    ]);
  });

  it('turns dialog answers into paths, suggesting names in the documents folder', async () => {
    let answer: string[] | null = ['/a/备份.db', '/a/other.db'];
    const dialogs = scriptedDialogs({
      documentsDir: '/home/u/文档',
      answer: (r: DialogRequest) => (r.kind === 'save' ? '/a/out.db' : answer),
    });
    const library = libraryDialogs(dialogs);
    expect(await library.chooseRestorePath()).toBe('/a/备份.db');
    answer = null;
    expect(await library.chooseSubsetImportPath()).toBeNull();
    expect(await library.chooseBackupPath('素材库备份-2026-04-08.db')).toBe('/a/out.db');
    await library.chooseSubsetExportPath('/srv/素材.json');
    expect(dialogs.requests.map((r) => r.request)).toMatchObject([
      { pick: 'file', filters: [{ extensions: ['db'] }] },
      { pick: 'file', filters: [{ extensions: ['json'] }] },
      { defaultPath: '/home/u/文档/素材库备份-2026-04-08.db', filters: [{ extensions: ['db'] }] },
      { defaultPath: '/srv/素材.json', filters: [{ extensions: ['json'] }] },
    ]);
  });
});
