import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { StartupNotice } from '../shared/api';
import { openDatabase } from './db/open-database';
import { DismissalsService } from './documents/dismissals-service';
import { DraftsService } from './documents/drafts-service';
import { ImportService } from './documents/import-service';
import { ExportService } from './export/export-service';
import { LIBRARY_FILE, LibraryService } from './library/library-service';
import type { LibraryOpenNotices } from './library/library-open';
import { checkRecordMatches } from './db/check-record';
import { RolloverService } from './rollover/rollover-service';
import { SettingsStore } from './settings/settings-store';
import { TemplatesService } from './templates/templates-service';
import { TifaStore } from './checks/tifa-store';
import { sharedWorkerPool, type WorkRunner } from './work/work-runner';

export const DATABASE_FILE = 'gongwen.db';

/** Every service of the app over one data folder. Built by the Electron main, the CLI and the tests alike. */
export interface Services {
  dataDir: string;
  db: Database.Database;
  drafts: DraftsService;
  dismissals: DismissalsService;
  imports: ImportService;
  exports: ExportService;
  /** 以去年报告为底稿: drafts made from last year's report, their bases and pending figures. */
  rollover: RolloverService;
  settings: SettingsStore;
  /** The snippet library (<dataDir>/library.db), opened on first use, on this thread (the CLI, tests). */
  readonly library: LibraryService;
  /**
   * The snippet library for the app: when library.db needs its full check (seconds at 100,000
   * paragraphs: after a crash or an outside change), that runs in a worker thread first, so the main
   * process never waits on it; then as `library`.
   */
  openLibrary(): Promise<LibraryService>;
  /** Report templates: built-in (templates/) and the writer's own (<dataDir>/templates/). */
  templates: TemplatesService;
  /** The office's own 提法 entries (<dataDir>/tifa.json) and the compiled table the checks use. */
  tifa: TifaStore;
  startupNotices: StartupNotice[];
  /** Where parsing, the export's checks and bytes, and the library's imports and full check run: worker
   *  threads for the app (main/work/), in-process for the CLI. Drafts are written on this thread. */
  work: WorkRunner;
  close(): void;
}

export interface ServicesOptions {
  now?: () => Date;
  /** Default: the process's worker-thread pool (sharedWorkerPool); the CLI passes inProcessRunner. */
  work?: WorkRunner;
}

export function createServices(dataDir: string, options: ServicesOptions = {}): Services {
  const work = options.work ?? sharedWorkerPool();
  const opened = openDatabase(path.join(dataDir, DATABASE_FILE), options.now);
  const { db } = opened;
  const drafts = new DraftsService(db, options.now);
  drafts.purgeDeleted();
  const startupNotices: StartupNotice[] = opened.recovered
    ? [{ kind: 'database-recovered', message: opened.recovered.message, movedTo: opened.recovered.movedTo }]
    : [];
  const settings = new SettingsStore(db);
  const rollover = new RolloverService(db, drafts, options.now);
  const tifa = new TifaStore(dataDir);
  let library: LibraryService | undefined;
  let opening: Promise<LibraryService> | undefined;
  const libraryFile = path.join(dataDir, LIBRARY_FILE);
  const makeLibrary = (earlier?: LibraryOpenNotices) => {
    if (!library) {
      library = new LibraryService(libraryFile, options.now, work, () => tifa.table(), earlier);
      if (library.recovered) startupNotices.push({ kind: 'database-recovered', message: library.recovered.message, movedTo: library.recovered.movedTo });
      if (library.indexRebuilt) startupNotices.push({ kind: 'index-rebuilt', message: library.indexRebuilt.message });
    }
    return library;
  };
  return {
    dataDir,
    db,
    drafts,
    dismissals: new DismissalsService(db, options.now),
    imports: new ImportService(drafts, work),
    exports: new ExportService(drafts, settings, undefined, { userTifa: () => tifa.readUser().entries, pendingFiguresOf: (id) => new Set(rollover.pendingFigures(id)) }, work),
    rollover,
    templates: new TemplatesService(dataDir, drafts, options.now ? { now: options.now } : {}),
    settings,
    tifa,
    get library() {
      return makeLibrary();
    },
    openLibrary() {
      if (library) return Promise.resolve(library);
      opening ??= (async () => {
        const needsCheck = work.kind === 'worker' && fs.existsSync(libraryFile) && !checkRecordMatches(libraryFile);
        const earlier = needsCheck ? await work.run('libraryOpen', { dbFile: libraryFile }, { ownThread: true }) : undefined;
        return makeLibrary(earlier);
      })().finally(() => {
        opening = undefined;
      });
      return opening;
    },
    startupNotices,
    work,
    close: () => {
      library?.close();
      if (db.open) db.close();
    },
  };
}
