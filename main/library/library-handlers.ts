/**
 * The library.* methods of the API contract (shared/api/library.ts), bound to the library service. Files
 * are chosen through the host's Dialogs (main/dialogs/: Electron's in the app, scripted ones in tests);
 * import progress goes to the renderer through the `emit` hook as `libraryImportProgress` events.
 */
import type { ApiEvent, LibraryImportProgress, ResourceImplementation } from '../../shared/api';
import type { Dialogs } from '../dialogs/dialogs';
import { fromHost } from '../errors';
import type { Services } from '../services';
import { libraryDialogs } from './library-dialogs';
import { emptyReport } from './library-import';
import { LibraryBusyError } from './library-service';

export interface LibraryHooks {
  /** The host's file dialogs; without them the methods that choose a file say so. */
  dialogs?: Dialogs;
  /** Sends an event to the renderer (Electron: the window's IPC_EVENT_CHANNEL; tests: session.emit). */
  emit?: (event: ApiEvent) => void;
}

/** Progress events at most this often (the last one always goes). */
const PROGRESS_INTERVAL_MS = 50;

/** `libraryImportProgress` events, throttled (the first and the last always go). */
function progressEvents(hooks: LibraryHooks): (p: LibraryImportProgress) => void {
  let last = 0;
  return (p) => {
    const t = Date.now();
    if (p.file !== '' && p.done !== 0 && t - last < PROGRESS_INTERVAL_MS) return;
    last = t;
    hooks.emit?.({ type: 'libraryImportProgress', ...p });
  };
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export function implementLibraryApi(services: Services, hooks: LibraryHooks, now: () => Date = () => new Date()): ResourceImplementation<'library'> {
  // Every method waits for the library to be open (its full check, when it needs one, in a worker thread).
  const library = () => services.openLibrary();
  const dialogs = (what: string) => libraryDialogs(fromHost(hooks.dialogs, what));
  return {
    import: async ({ pick }) => {
      // Before the dialog, so a second import is refused without asking for files first.
      const lib = await library();
      if (lib.isImporting) throw new LibraryBusyError();
      const paths = await dialogs('选择要导入的文件').chooseImportPaths(pick ?? 'files');
      if (!paths || paths.length === 0) return emptyReport('dismissed');
      return lib.importPaths(paths, progressEvents(hooks));
    },
    cancelImport: async () => ({ canceled: (await library()).cancelImport() }),
    search: async (input) => (await library()).search({ ...input, query: input.query ?? '' }),
    facets: async () => (await library()).facets(),
    get: async ({ id }) => (await library()).get(id),
    update: async ({ id, ...changes }) => (await library()).update(id, changes),
    delete: async ({ ids }) => (await library()).delete(ids),
    undoDelete: async ({ ids }) => (await library()).undoDelete(ids),
    markUsed: async ({ id }) => (await library()).markUsed(id),
    saveSnippet: async (input) => (await library()).saveSnippet(input),
    stats: async () => (await library()).stats(),
    backup: async () => {
      const target = await dialogs('选择备份位置').chooseBackupPath(`素材库备份-${today(now())}.db`);
      if (!target) return { status: 'canceled' };
      return { status: 'written', ...(await (await library()).backup(target)) };
    },
    restore: async () => {
      const source = await dialogs('选择备份文件').chooseRestorePath();
      if (!source) return { status: 'canceled' };
      return { status: 'restored', ...(await (await library()).restore(source)) };
    },
    exportSubset: async (filter) => {
      const target = await dialogs('选择保存位置').chooseSubsetExportPath(`素材分享-${today(now())}.json`);
      if (!target) return { status: 'canceled' };
      return { status: 'written', ...(await library()).exportSubset(target, filter) };
    },
    importSubset: async () => {
      const lib = await library();
      if (lib.isImporting) throw new LibraryBusyError();
      const file = await dialogs('选择素材分享文件').chooseSubsetImportPath();
      if (!file) return emptyReport('dismissed');
      return lib.importSubset(file, progressEvents(hooks));
    },
    similar: async ({ id, threshold }) => (await library()).similar(id, threshold),
    mergeDuplicates: async ({ keepId, mergeIds }) => (await library()).merge(keepId, mergeIds),
    checkStale: async (input) => (await library()).staleFindings(input),
  };
}
