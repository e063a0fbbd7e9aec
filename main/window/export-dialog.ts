import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { ExportTarget } from '../../shared/api';

const FILTERS: Readonly<Record<ExportTarget, { name: string; extensions: string[] }>> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  txt: { name: '纯文本', extensions: ['txt'] },
};

/**
 * The save dialog for an export: the suggested path (last export folder + the draft's title), or the
 * Documents folder for a first export; one filter for the format, so the extension is always right.
 */
export function exportDialogOptions(defaultPath: string, format: ExportTarget, documentsDir: string): SaveDialogOptions {
  return {
    title: { docx: '导出为 Word 文档', txt: '导出为纯文本', pdf: '导出为 PDF' }[format],
    buttonLabel: '导出',
    defaultPath: path.isAbsolute(defaultPath) ? defaultPath : path.join(documentsDir, defaultPath),
    filters: [FILTERS[format]],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}
