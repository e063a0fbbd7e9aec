/**
 * compare.* for the app: the draft and its base (a draft, or a file read by the importers) compared by
 * the shared engine, and the tracked-changes Word file written where the writer chooses (the app's Dialogs).
 */
import path from 'node:path';
import { compareDocuments, type Comparison } from '../../shared/compare';
import type { ResourceImplementation } from '../../shared/api';
import { IMPORTABLE_EXTENSIONS } from '../../shared/import-formats';
import type { DocParagraph } from '../../shared/document/roles';
import type { Dialogs } from '../dialogs/dialogs';
import { fromHost, ServiceError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { ImportError } from '../importers/import-error';
import type { Services } from '../services';
import { chooseExportPath } from './export-dialog';
import { exportableParagraphs } from './export-document';
import { draftParagraphs, exportFileName, withExtension } from './export-service';

interface Pair {
  title: string;
  base: DocParagraph[];
  draft: DocParagraph[];
  comparison: Comparison;
}

interface CompareRequest {
  draftId: string;
  baseDraftId?: string | undefined;
  basePath?: string | undefined;
}

async function baseParagraphs(services: Services, request: CompareRequest): Promise<DocParagraph[]> {
  if (request.baseDraftId !== undefined) return draftParagraphs(services.drafts.get(request.baseDraftId));
  if (request.basePath === undefined) return services.rollover.baseParagraphs(request.draftId);
  const file = request.basePath;
  if (!path.isAbsolute(file)) throw new ServiceError('invalid_input', '对照的底稿文件应为完整路径。');
  try {
    return (await services.work.run('importFile', { file })).paragraphs;
  } catch (err) {
    if (err instanceof ImportError) throw new ServiceError('invalid_input', err.message);
    throw err;
  }
}

/** Both documents as the export sees them (guidance and blank paragraphs out), and their comparison. */
async function comparePair(services: Services, request: CompareRequest): Promise<Pair> {
  const draft = services.drafts.get(request.draftId);
  const newParagraphs = exportableParagraphs(draftParagraphs(draft));
  if (newParagraphs.length === 0) throw new ServiceError('invalid_input', '文档是空的，没有可对照的内容。');
  const base = exportableParagraphs(await baseParagraphs(services, request));
  if (base.length === 0) throw new ServiceError('invalid_input', '底稿是空的，没有可对照的内容。');
  return { title: draft.displayTitle, base, draft: newParagraphs, comparison: compareDocuments(base, newParagraphs) };
}

const DOCUMENTS = { name: '公文文档', extensions: IMPORTABLE_EXTENSIONS.map((e) => e.slice(1)) };

export function implementCompareApi(services: Services, dialogs: Dialogs | undefined): ResourceImplementation<'compare'> {
  return {
    chooseBase: async () => {
      const host = fromHost(dialogs, '选择对照的底稿');
      const chosen = await host.open({ purpose: 'compare-base', title: '选择去年的报告（对照底稿）', buttonLabel: '对照', defaultPath: host.documentsDir(), pick: 'file', filters: [DOCUMENTS] });
      return { path: chosen?.[0] ?? null };
    },
    run: async (request) => (await comparePair(services, request)).comparison,
    exportDocx: async ({ fonts, ...request }) => {
      const pair = await comparePair(services, request);
      const chosen = await chooseExportPath(fromHost(dialogs, '选择保存位置，不能导出对照'))(exportFileName(`${pair.title}（对照）`, 'docx'), 'docx');
      if (!chosen) return { status: 'canceled' };
      const target = path.resolve(withExtension(chosen, 'docx'));
      const bytes = await services.work.run('compareDocx', { comparison: pair.comparison, oldParagraphs: pair.base, newParagraphs: pair.draft, options: { fonts: fonts ?? 'standard' }, date: new Date() });
      writeFileAtomic(target, bytes);
      return { status: 'written', path: target, format: 'docx', bytes: bytes.length, errorCount: 0 };
    },
  };
}
