import { describe, expect, it } from 'vitest';
import { exportSaveRequest } from './export-dialog';

describe('exportSaveRequest', () => {
  it('suggests the documents folder the first time and the last folder after', () => {
    const first = exportSaveRequest('2026年工作要点.docx', 'docx', '/home/u/文档');
    expect(first).toMatchObject({ defaultPath: '/home/u/文档/2026年工作要点.docx', filters: [{ name: 'Word 文档', extensions: ['docx'] }] });
    const later = exportSaveRequest('/srv/报告/要点.txt', 'txt', '/home/u/文档');
    expect(later).toMatchObject({ defaultPath: '/srv/报告/要点.txt', filters: [{ extensions: ['txt'] }], title: '导出为纯文本' });
  });
});
