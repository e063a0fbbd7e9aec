import path from 'node:path';
import type Database from 'better-sqlite3';
import type { StartupNotice } from '../shared/api';
import { openDatabase } from './db/open-database';
import { DismissalsService } from './documents/dismissals-service';
import { DraftsService } from './documents/drafts-service';
import { ImportService } from './documents/import-service';
import { ExportService } from './export/export-service';
import { LIBRARY_FILE, LibraryService } from './library/library-service';
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
  /** The snippet library (<dataDir>/library.db), opened on first use. */
  readonly library: LibraryService;
  /** Report templates: built-in (templates/) and the writer's own (<dataDir>/templates/). */
  templates: TemplatesService;
  /** The office's own 提法 entries (<dataDir>/tifa.json) and the compiled table the checks use. */
  tifa: TifaStore;
  startupNotices: StartupNotice[];
  /** Where parsing, the export's checks and bytes, and library file reading run: worker threads for the app
   *  (main/work/), in-process for the CLI. Database writes stay on this thread. */
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
      if (!library) {
        library = new LibraryService(path.join(dataDir, LIBRARY_FILE), options.now, work, () => tifa.table());
        if (library.recovered) startupNotices.push({ kind: 'database-recovered', message: library.recovered.message, movedTo: library.recovered.movedTo });
        if (library.indexRebuilt) startupNotices.push({ kind: 'index-rebuilt', message: library.indexRebuilt.message });
      }
      return library;
    },
    startupNotices,
    work,
    close: () => {
      library?.close();
      if (db.open) db.close();
    },
  };
}
