import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, IPC_INVOKE_CHANNEL } from '../shared/api';
import { importBytes } from './importers/import-file';
import { CONTENT_SECURITY_POLICY } from './security/policy';
import { largeDocx } from './testing/large-docx';
import { WorkerPool } from './work/work-runner';
import { LibraryService } from './library/library-service';
import { checkRecordMatches } from './db/check-record';

// The closest thing to running Electron here: the app is built exactly as `npm start` builds it
// (electron-vite build), then out/main/index.js is started in plain Node with a recording stand-in
// for the `electron` module (main/testing/electron-stand-in/, swapped in by a Node module hook).
// If the bundle cannot start, or starts insecurely, this fails.
const root = path.resolve(import.meta.dirname, '..');
const standIn = path.join(root, 'main', 'testing', 'electron-stand-in');
// Its own output folder, so it never races the browser tests' build of out/.
const outDir = path.join(root, '.tsbuild', 'boot-out');
const temps: string[] = [];

interface ProbeResult {
  calls: { beforeReady: string[]; afterReady?: string[] };
  secondInstanceQuit: boolean;
  userData?: string;
  errorBoxes?: string[];
  privilegedSchemes?: { scheme: string; privileges: Record<string, boolean> }[];
  menu?: { label: string; items: string[] }[];
  window?: { webPreferences: Record<string, unknown>; title: string } | null;
  loadedUrl?: string;
  shown?: boolean;
  preload: { path?: string; exists?: boolean; insideOut?: boolean; exposed?: Record<string, string[]> | { error: string }; invoked?: unknown[][] };
  protocol: { url: string; status: number; csp: string | null; isIndex: boolean; leaked: boolean }[];
  requests: Record<string, string>;
  permission?: unknown;
  navigation: { willNavigatePrevented?: boolean; windowOpen?: string };
  ipc: { trusted?: boolean; invalidInputCode?: string | null; subframeRefused?: boolean; foreignRefused?: boolean };
  dataFiles?: string[];
  imports?: Array<{ ok: true; encoding: string; plainText: string } | { ok: false; error: { code: string; message: string } }>;
  close: { firstPrevented?: boolean; flushRequested?: boolean; closedBeforeFlush?: boolean; closedAfterFlush?: boolean; quit?: boolean };
}

/** Starts the built bundle against the stand-in and returns what the start did. */
export function probeBoot(bundleDir: string, env: Record<string, string> = {}): ProbeResult & { dataDir: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-boot-'));
  temps.push(dataDir);
  const stdout = execFileSync(
    process.execPath,
    ['--import', path.join(standIn, 'register.mjs'), path.join(standIn, 'boot-probe.mjs'), bundleDir],
    { cwd: root, env: { ...process.env, GONGWEN_DATA_DIR: dataDir, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  return { ...(JSON.parse(stdout) as ProbeResult), dataDir };
}

describe('the built app starts (out/main/index.js with a stand-in electron)', () => {
  let boot: ProbeResult & { dataDir: string };
  let sample: string;

  beforeAll(async () => {
    fs.rmSync(outDir, { recursive: true, force: true });
    execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir], {
      cwd: root,
      stdio: 'pipe',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-boot-sample-'));
    temps.push(dir);
    sample = path.join(dir, '样稿.docx');
    fs.writeFileSync(sample, (await largeDocx(1)).bytes);
    boot = probeBoot(outDir, { STAND_IN_IMPORT_FILE: sample });
  }, 120_000);
  afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('enables the sandbox, registers app:// as privileged and takes the single-instance lock before ready', () => {
    const before = boot.calls.beforeReady;
    expect(before).toEqual(expect.arrayContaining(['app.enableSandbox', 'protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']));
    expect(before.indexOf('app.setPath')).toBeLessThan(before.indexOf('app.requestSingleInstanceLock'));
    expect(boot.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(boot.errorBoxes).toEqual([]);
  });

  it('opens its services in the data folder', () => {
    expect(boot.userData).toBe(boot.dataDir);
    expect(boot.dataFiles).toContain('gongwen.db');
  });

  it('serves the app over IPC from its main frame only, validating input', () => {
    expect(boot.calls.afterReady).toContain('ipcMain.handle');
    expect(boot.ipc).toEqual({ trusted: true, invalidInputCode: 'invalid_input', subframeRefused: true, foreignRefused: true });
  });

  it('builds the window isolated and sandboxed, with a preload that exists under out/preload and runs sandboxed', () => {
    expect(boot.window?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(boot.preload).toMatchObject({ exists: true, insideOut: true });
    // Sandboxed, the preload may require nothing but electron; it exposes exactly the contract, nested by
    // resource (gongwen.drafts.get), and a call sends its 'resource.verb' name over the invoke channel.
    expect(boot.preload.exposed).toEqual({ gongwen: [...apiMethods, 'onEvent'].sort() });
    expect(boot.preload.invoked).toEqual([[IPC_INVOKE_CHANNEL, 'drafts.get', { id: 'abcdefgh12' }]]);
    expect(boot.shown).toBe(true);
  });

  it('sets the Chinese menu and loads the app origin', () => {
    expect(boot.menu?.map((m) => m.label)).toEqual(expect.arrayContaining(['文件', '编辑', '视图']));
    expect(boot.menu?.find((m) => m.label === '文件')?.items).toEqual(expect.arrayContaining(['新建空白文档', '导出…']));
    expect(boot.loadedUrl).toBe('app://gongwen/index.html');
  });

  it('serves out/renderer with the CSP header and nothing outside it', () => {
    const [index, bare, ...escapes] = boot.protocol;
    expect(index).toMatchObject({ status: 200, isIndex: true, csp: CONTENT_SECURITY_POLICY });
    expect(bare).toMatchObject({ status: 200, isIndex: true });
    expect(escapes.length).toBeGreaterThanOrEqual(10);
    for (const probe of escapes) expect(probe, probe.url).toMatchObject({ status: 404, leaked: false });
  });

  it('cancels every request that is not its own, denies permissions, navigation and new windows', () => {
    expect(boot.requests).toEqual({
      'app://gongwen/assets/x.js': 'allowed',
      'https://example.com/': 'cancelled',
      'http://127.0.0.1:8080/': 'cancelled',
      'file:///etc/passwd': 'cancelled',
    });
    expect(boot.permission).toBe(false);
    expect(boot.navigation).toEqual({ willNavigatePrevented: true, windowOpen: 'deny' });
  });

  it('imports through the bundle\'s worker thread (out/main/worker.js): the same paragraphs, and a damaged file\'s Chinese message', async () => {
    expect(fs.existsSync(path.join(outDir, 'main', 'worker.js'))).toBe(true);
    const bytes = fs.readFileSync(sample);
    const expected = await importBytes('样稿.docx', bytes);
    const damaged = await importBytes('样稿.docx', bytes.subarray(0, Math.floor(bytes.length / 3))).catch((err: Error) => err);
    expect(damaged).toBeInstanceOf(Error);
    expect(boot.imports).toEqual([
      { ok: true, encoding: 'docx', plainText: expected.paragraphs.map((p) => p.text).join('\n') },
      { ok: false, error: { code: 'invalid_input', message: (damaged as Error).message } },
    ]);
    // The built worker script started on its own, as the pool in the bundle starts it.
    const pool = new WorkerPool({ size: 1, entry: { file: path.join(outDir, 'main', 'worker.js') } });
    try {
      expect(await pool.run('importBytes', { fileName: '样稿.docx', bytes })).toEqual(expected);

      // The library's jobs in the bundle's worker: SQLite and the library's migrations load there too.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-boot-lib-'));
      temps.push(dir);
      const dbFile = path.join(dir, 'library.db');
      new LibraryService(dbFile).close();
      const progress: unknown[] = [];
      const report = await pool.run('libraryImport', { dbFile, paths: [sample] }, { ownThread: true, onProgress: (p) => progress.push(p) });
      expect(report).toMatchObject({ status: 'done', filesImported: 1, failed: [] });
      expect(report.added).toBeGreaterThan(20);
      expect(progress.at(-1)).toMatchObject({ done: 1, total: 1, file: '' });
      fs.rmSync(`${dbFile}.checked`);
      expect(await pool.run('libraryOpen', { dbFile }, { ownThread: true })).toEqual({});
      expect(checkRecordMatches(dbFile)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('holds the first close until the renderer has flushed, then closes and quits', () => {
    expect(boot.close).toEqual({ firstPrevented: true, flushRequested: true, closedBeforeFlush: false, closedAfterFlush: true, quit: true });
  });

  it('a second instance quits at once and opens no window', () => {
    const second = probeBoot(outDir, { STAND_IN_SECOND_INSTANCE: '1' });
    expect(second.secondInstanceQuit).toBe(true);
    expect(second.calls.beforeReady).not.toContain('new BrowserWindow');
  });
});
