import { describe, expect, it } from 'vitest';
import { exportDialogOptions } from './export-dialog';

describe('exportDialogOptions', () => {
  it('suggests the Documents folder the first time and the last folder after', () => {
    const first = exportDialogOptions('2026年工作要点.docx', 'docx', '/home/u/文档');
    expect(first).toMatchObject({ defaultPath: '/home/u/文档/2026年工作要点.docx', filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
    expect(first.properties).toContain('showOverwriteConfirmation');
    const later = exportDialogOptions('/srv/报告/要点.txt', 'txt', '/home/u/文档');
    expect(later).toMatchObject({ defaultPath: '/srv/报告/要点.txt', filters: [{ extensions: ['txt'] }], title: '导出为纯文本' });
  });
});
