import { chromium, type BrowserContext, type Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiMethods, type ApiEvent } from '../shared/api';
import { createDispatcher, implementApi } from '../main/api-handlers';
import type { OpenDialogRequest, SaveDialogRequest } from '../main/dialogs/dialogs';
import { scriptedDialogs } from '../main/dialogs/scripted-dialogs';
import { createServices, type Services } from '../main/services';
import { HeldWork } from '../main/testing/held-work';
import { sharedWorkerPool } from '../main/work/work-runner';
import { startStaticServer } from './static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The real renderer bundle in Debian's Chromium, with window.gongwen bound to the real main-side
 * services (real SQLite in a temp folder) through Playwright's exposeBinding: the same contract and
 * the same dispatcher (validation included) that Electron's IPC uses.
 */
export interface AppSession {
  page: Page;
  services: Services;
  dataDir: string;
  flushCompletions: number;
  /** Where the next export is written (what the save dialog would answer); null = the user cancels. */
  exportTarget: string | null;
  /** Every path the app asked to save an export to, with its format. */
  exportRequests: { defaultPath: string; format: string }[];
  /** What the snippet library's dialogs answer (null = the user cancels): files/folder to import, … */
  libraryImportPaths: string[] | null;
  /** … where a backup is written, which backup is restored, where a share file goes, which one is read. */
  libraryBackupTarget: string | null;
  libraryRestoreSource: string | null;
  librarySubsetTarget: string | null;
  librarySubsetSource: string | null;
  /** Every library dialog main opened: "import:files", "backup:素材库备份-2026-04-08.db", "restore", … */
  libraryDialogRequests: string[];
  /** How many times the app asked main to print the window (Electron: webContents.print). */
  printRequests: number;
  /**
   * Holds every drafts.import before its parse starts, until the returned release is called (a cancel
   * still stops it): a test sees a file being opened for as long as it needs, without guessing how long
   * a big file takes to parse.
   */
  holdImports(): () => void;
  /** drafts.import calls held right now: 1 once main has the file. */
  readonly importsHeld: number;
  /** Sends an event as main would (menu command, flush request). */
  emit(event: ApiEvent): Promise<void>;
  /** Console errors and CSP violations seen so far. */
  problems: string[];
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The common office laptop screen: every dialog and panel must be usable at this size. */
export const OFFICE_LAPTOP = { width: 1366, height: 768 } as const;

export async function openApp(
  options: { dataDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<AppSession> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-data-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-profile-'));
  const server = await startStaticServer(path.join(root, 'out/renderer'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    locale: 'zh-CN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The app's worker threads, with drafts.import's parse able to be held (holdImports).
  const work = new HeldWork(sharedWorkerPool(), ['importDraft']);
  const services = createServices(dataDir, { work });
  const session: AppSession = {
    page,
    services,
    dataDir,
    flushCompletions: 0,
    exportTarget: path.join(dataDir, 'exports', 'export.docx'),
    exportRequests: [],
    libraryImportPaths: null,
    libraryBackupTarget: path.join(dataDir, 'backups', '素材库备份.db'),
    libraryRestoreSource: null,
    librarySubsetTarget: path.join(dataDir, 'exports', '素材分享.json'),
    librarySubsetSource: null,
    libraryDialogRequests: [],
    printRequests: 0,
    problems: [],
    holdImports: () => work.hold(),
    get importsHeld() {
      return work.waiting;
    },
    emit: async (event) => {
      await page.evaluate((e) => (window as unknown as { __gongwenEmit(e: unknown): void }).__gongwenEmit(e), event);
    },
    reload: async () => {
      await page.reload();
      await page.waitForSelector('.app');
    },
    close: async () => {
      await context.close();
      await server.close();
      services.close();
      fs.rmSync(profile, { recursive: true, force: true });
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const hooks = {
    onFlushComplete: () => void session.flushCompletions++,
    // Stands in for Electron's file dialogs: answers with the session's targets (null = the user cancels).
    dialogs: scriptedDialogs({ documentsDir: path.join(dataDir, 'documents'), answer: ({ request }) => answerDialog(session, request) }),
    // Chromium's print to PDF, as Electron's webContents.printToPDF does it.
    printToPdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true }),
    // Stands in for Electron's print dialog: records the call; the user prints.
    printWindow: async () => {
      session.printRequests++;
      return true;
    },
    // Events main sends on its own (library import progress) reach the page as Electron's IPC delivers them
    // (and, like IPC to a window that is reloading, are lost when the page is gone).
    emit: (event: ApiEvent) => void session.emit(event).catch(() => undefined),
  };
  const dispatch = createDispatcher(implementApi(services, hooks), (err) =>
    session.problems.push(`internal: ${String(err)}`),
  );

  // Offline, like the app: nothing but the local test server may be fetched.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort('blockedbyclient'),
  );
  page.on('console', (msg) => msg.type() === 'error' && session.problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => session.problems.push(`pageerror: ${err.message}`));
  await page.exposeBinding('__gongwenInvoke', (_source, method: string, input: unknown) => dispatch(method, input));
  await page.addInitScript((methods: string[]) => {
    type Listener = (event: unknown) => void;
    const listeners = new Set<Listener>();
    const w = window as unknown as Record<string, unknown> & { __gongwenInvoke(m: string, i: unknown): Promise<unknown> };
    const api: Record<string, unknown> = {};
    // Nested as the preload exposes it: api.drafts.get calls 'drafts.get'.
    for (const m of methods) {
      const [resource, verb] = m.split('.') as [string, string];
      const calls = (api[resource] ??= {}) as Record<string, unknown>;
      calls[verb] = (input: unknown) => w.__gongwenInvoke(m, input);
    }
    for (const calls of Object.values(api)) Object.freeze(calls);
    api['onEvent'] = (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    w['gongwen'] = Object.freeze(api);
    w['__gongwenEmit'] = (event: unknown) => listeners.forEach((l) => l(event));
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  }, apiMethods as string[]);
  await page.goto(server.url);
  await page.waitForSelector('.app');
  return session;
}

/** Clicks into the editor (at the end of the text) so typing goes there. */
export async function focusEditorEnd(page: Page): Promise<void> {
  await page.click('.editor-content');
  await page.keyboard.press('Control+End');
}

/** 新建空白文档, then types the lines into it, one paragraph each (as a writer does, Enter between). */
export async function newDraftWith(page: Page, lines: string[]): Promise<void> {
  await page.getByRole('button', { name: '新建空白文档' }).click();
  await page.click('.editor-content');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
}

/** What the user picks in each dialog of the app, as the session says; every request noted. */
function answerDialog(session: AppSession, request: OpenDialogRequest | SaveDialogRequest): string[] | string | null {
  const name = path.basename(request.defaultPath);
  const ready = (target: string | null) => {
    if (target) fs.mkdirSync(path.dirname(target), { recursive: true });
    return target;
  };
  switch (request.purpose) {
    case 'export':
      session.exportRequests.push({ defaultPath: request.defaultPath, format: request.filters?.[0]?.extensions[0] ?? '' });
      return ready(session.exportTarget);
    case 'library-import':
      session.libraryDialogRequests.push(`import:${'pick' in request && request.pick === 'folder' ? 'folder' : 'files'}`);
      return session.libraryImportPaths;
    case 'library-backup':
      session.libraryDialogRequests.push(`backup:${name}`);
      return ready(session.libraryBackupTarget);
    case 'library-restore':
      session.libraryDialogRequests.push('restore');
      return session.libraryRestoreSource;
    case 'subset-export':
      session.libraryDialogRequests.push(`subset-export:${name}`);
      return ready(session.librarySubsetTarget);
    case 'subset-import':
      session.libraryDialogRequests.push('subset-import');
      return session.librarySubsetSource;
    case 'compare-base':
      // No browser test opens the 对照 view yet: the base file dialog is cancelled.
      return null;
  }
}
