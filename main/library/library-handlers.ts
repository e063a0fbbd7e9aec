/**
 * The library.* methods of the API contract (shared/api/library.ts), bound to the library service. File choosing happens in
 * main through hooks (Electron dialogs in main/index.ts, test doubles in e2e/harness.ts); import
 * progress goes to the renderer through the `emit` hook as `libraryImportProgress` events.
 */
import type { ApiEvent, LibraryImportProgress, ResourceImplementation } from '../../shared/api';
import { ServiceError } from '../errors';
import type { Services } from '../services';
import { emptyReport } from './library-import';
import { LibraryBusyError } from './library-service';

export interface LibraryHooks {
  /** Which files (pick 'files': any importable type, several) or folder ('folder') to import; null = cancelled. */
  chooseLibraryImportPaths?: (pick: 'files' | 'folder') => Promise<string[] | null>;
  /** Where to write a library backup; gets a suggested file name (素材库备份-2026-04-08.db); null = cancelled. */
  chooseBackupPath?: (defaultPath: string) => Promise<string | null>;
  /** Which backup file to restore the library from; null = cancelled. */
  chooseRestorePath?: () => Promise<string | null>;
  /** Where to write a share file; gets a suggested name (素材分享-2026-04-08.json); null = cancelled. */
  chooseSubsetExportPath?: (defaultPath: string) => Promise<string | null>;
  /** Which share file (.json) to import; null = cancelled. */
  chooseSubsetImportPath?: () => Promise<string | null>;
  /** Sends an event to the renderer (Electron: the window's IPC_EVENT_CHANNEL; tests: session.emit). */
  emit?: (event: ApiEvent) => void;
}

/** Progress events at most this often (the last one always goes). */
const PROGRESS_INTERVAL_MS = 50;

function need<T>(hook: T | undefined, what: string): T {
  if (!hook) throw new ServiceError('unsupported', `此环境无法${what}。`);
  return hook;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export function implementLibraryApi(services: Services, hooks: LibraryHooks, now: () => Date = () => new Date()): ResourceImplementation<'library'> {
  const library = () => services.library;
  return {
    import: async ({ pick }) => {
      // Before the dialog, so a second import is refused without asking for files first.
      if (library().isImporting) throw new LibraryBusyError();
      const paths = await need(hooks.chooseLibraryImportPaths, '选择要导入的文件')(pick ?? 'files');
      if (!paths || paths.length === 0) return emptyReport('dismissed');
      let last = 0;
      const onProgress = (p: LibraryImportProgress) => {
        const t = Date.now();
        if (p.file !== '' && p.done !== 0 && t - last < PROGRESS_INTERVAL_MS) return;
        last = t;
        hooks.emit?.({ type: 'libraryImportProgress', ...p });
      };
      return library().importPaths(paths, onProgress);
    },
    cancelImport: () => ({ canceled: library().cancelImport() }),
    search: (input) => library().search({ ...input, query: input.query ?? '' }),
    facets: () => library().facets(),
    get: ({ id }) => library().get(id),
    update: ({ id, ...changes }) => library().update(id, changes),
    delete: ({ ids }) => library().delete(ids),
    undoDelete: ({ ids }) => library().undoDelete(ids),
    markUsed: ({ id }) => library().markUsed(id),
    saveSnippet: (input) => library().saveSnippet(input),
    stats: () => library().stats(),
    backup: async () => {
      const target = await need(hooks.chooseBackupPath, '选择备份位置')(`素材库备份-${today(now())}.db`);
      if (!target) return { status: 'canceled' };
      return { status: 'written', ...(await library().backup(target)) };
    },
    restore: async () => {
      const source = await need(hooks.chooseRestorePath, '选择备份文件')();
      if (!source) return { status: 'canceled' };
      return { status: 'restored', ...(await library().restore(source)) };
    },
    exportSubset: async (filter) => {
      const target = await need(hooks.chooseSubsetExportPath, '选择保存位置')(`素材分享-${today(now())}.json`);
      if (!target) return { status: 'canceled' };
      return { status: 'written', ...library().exportSubset(target, filter) };
    },
    importSubset: async () => {
      const file = await need(hooks.chooseSubsetImportPath, '选择素材分享文件')();
      if (!file) return emptyReport('dismissed');
      return library().importSubset(file);
    },
    similar: ({ id, threshold }) => library().similar(id, threshold),
    mergeDuplicates: ({ keepId, mergeIds }) => library().merge(keepId, mergeIds),
    checkStale: (input) => library().staleFindings(input),
  };
}
