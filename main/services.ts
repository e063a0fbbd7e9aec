import path from 'node:path';
import type Database from 'better-sqlite3';
import type { StartupNotice } from '../shared/api';
import { openDatabase } from './db/open-database';
import { DismissalsService } from './documents/dismissals-service';
import { DraftsService } from './documents/drafts-service';
import { ImportService } from './documents/import-service';
import { ExportService } from './export/export-service';
import { SettingsStore } from './settings/settings-store';

export const DATABASE_FILE = 'gongwen.db';

/** Every service of the app over one data folder. Built by the Electron main, the CLI and the tests alike. */
export interface Services {
  dataDir: string;
  db: Database.Database;
  drafts: DraftsService;
  dismissals: DismissalsService;
  imports: ImportService;
  exports: ExportService;
  settings: SettingsStore;
  startupNotices: StartupNotice[];
  close(): void;
}

export function createServices(dataDir: string, options: { now?: () => Date } = {}): Services {
  const opened = openDatabase(path.join(dataDir, DATABASE_FILE), options.now);
  const { db } = opened;
  const drafts = new DraftsService(db, options.now);
  drafts.purgeDeleted();
  const startupNotices: StartupNotice[] = opened.recovered
    ? [{ kind: 'database-recovered', message: opened.recovered.message, movedTo: opened.recovered.movedTo }]
    : [];
  const settings = new SettingsStore(db);
  return {
    dataDir,
    db,
    drafts,
    dismissals: new DismissalsService(db, options.now),
    imports: new ImportService(drafts),
    exports: new ExportService(drafts, settings),
    settings,
    startupNotices,
    close: () => {
      if (db.open) db.close();
    },
  };
}
