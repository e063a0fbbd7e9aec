import path from 'node:path';
import type { ExportTarget } from '../../shared/api';
import type { Dialogs, FileFilter, SaveDialogRequest } from '../dialogs/dialogs';

const FILTERS: Readonly<Record<ExportTarget, FileFilter>> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  txt: { name: '纯文本', extensions: ['txt'] },
};

/**
 * The save dialog for an export: the suggested path (last export folder + the draft's title), or the
 * documents folder for a first export; one filter for the format, so the extension is always right.
 */
export function exportSaveRequest(defaultPath: string, format: ExportTarget, documentsDir: string): SaveDialogRequest {
  return {
    purpose: 'export',
    title: { docx: '导出为 Word 文档', txt: '导出为纯文本', pdf: '导出为 PDF' }[format],
    buttonLabel: '导出',
    defaultPath: path.isAbsolute(defaultPath) ? defaultPath : path.join(documentsDir, defaultPath),
    filters: [FILTERS[format]],
  };
}

/** Where to save an export, asked through the app's dialogs; null = cancelled. */
export function chooseExportPath(dialogs: Dialogs): (defaultPath: string, format: ExportTarget) => Promise<string | null> {
  return (defaultPath, format) => dialogs.save(exportSaveRequest(defaultPath, format, dialogs.documentsDir()));
}
