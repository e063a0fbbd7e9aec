// Electron entry: window, menu, security and IPC wiring only. Every service lives behind
// createServices() as plain Node code, tested without Electron.
import { app, BrowserWindow, dialog, Menu, screen } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { IPC_EVENT_CHANNEL, type ApiEvent } from '../shared/api';
import { createDispatcher, implementApi } from './api-handlers';
import { registerIpc } from './ipc';
import { denyNavigation, hardenSession, registerAppScheme } from './security/harden';
import { APP_ORIGIN } from './security/policy';
import { defaultDataDir } from './paths';
import { createServices, type Services } from './services';
import { electronDialogs } from './window/electron-dialogs';
import { ServiceError } from './errors';
import { buildMenuTemplate } from './window/menu-template';
import { buildWindowOptions, restoreBounds, type WindowBounds } from './window/window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const FLUSH_TIMEOUT_MS = 3000;
const boundsSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number(),
  height: z.number(),
  maximized: z.boolean().optional(),
});

let services: Services | undefined;
let mainWindow: BrowserWindow | null = null;
let flushed = false;

// Same data folder as the CLI (main/paths.ts); set before the single-instance lock, which lives there.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
app.enableSandbox();
registerAppScheme();
denyNavigation();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('公文写作台无法启动', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}

function start(): void {
  services = createServices(dataDir);
  // The library's full check, when it needs one, starts now in a worker thread; a failure is told when the library is used.
  services.openLibrary().catch(() => undefined);
  hardenSession(path.join(here, '../renderer'), devServerUrl);
  registerIpc(
    createDispatcher(
      implementApi(services, {
        onFlushComplete: () => closeAfterFlush(),
        dialogs: electronDialogs(() => mainWindow),
        printToPdf,
        printWindow,
        emit: send,
      }),
      (err) => console.error('[api]', err),
    ),
    devServerUrl,
  );
  createWindow(services);
}

/** PDF export: the window's page view through Chromium's print layout (the renderer's print CSS). */
async function printToPdf(): Promise<Uint8Array> {
  if (!mainWindow) throw new ServiceError('unsupported', '窗口已关闭，无法打印为 PDF。');
  return mainWindow.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true });
}

/** 打印: the window through the system print dialog, laid out by the renderer's print CSS (as the PDF). */
function printWindow(): Promise<boolean> {
  const win = mainWindow;
  if (!win) throw new ServiceError('unsupported', '窗口已关闭，无法打印。');
  return new Promise((resolve, reject) => {
    win.webContents.print({ printBackground: true }, (success, failureReason) => {
      if (success) resolve(true);
      // Electron reports a closed dialog as the failure reason "cancelled".
      else if (/cancel/i.test(failureReason)) resolve(false);
      else reject(new ServiceError('io', `打印失败：${failureReason}`));
    });
  });
}

function send(event: ApiEvent): void {
  mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event);
}

function createWindow(svc: Services): void {
  const saved = svc.settings.get<WindowBounds | null>('window.bounds', boundsSchema.nullable(), null);
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(buildWindowOptions(bounds, path.join(here, '../preload/preload.cjs')));
  mainWindow = win;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate((command) => send({ type: 'menu', command }), { isDev: Boolean(devServerUrl), isMac: process.platform === 'darwin' }),
    ),
  );
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });
  // Closing waits for the renderer to save pending edits (app.flushComplete), at most FLUSH_TIMEOUT_MS.
  win.on('close', (event) => {
    svc.settings.set('window.bounds', { ...win.getNormalBounds(), maximized: win.isMaximized() });
    if (flushed) return;
    event.preventDefault();
    send({ type: 'flushRequest' });
    setTimeout(closeAfterFlush, FLUSH_TIMEOUT_MS);
  });
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

function closeAfterFlush(): void {
  if (flushed) return;
  flushed = true;
  mainWindow?.close();
}

app.on('window-all-closed', () => {
  services?.close();
  app.quit();
});
