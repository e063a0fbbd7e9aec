// Starts the built app bundle against the stand-in `electron` and prints, as one JSON object, what a
// real start did: the calls before and after ready, the window's options, what the app:// handler
// serves for a set of URLs, the IPC and request policies, and how closing waits for the flush.
// Usage: node --import ./register.mjs boot-probe.mjs OUT_DIR   (GONGWEN_DATA_DIR set by the caller)
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcHandlers, log, protocolHandlers, sessionState } from 'electron';

const outDir = path.resolve(process.argv[2]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const result = { calls: {}, protocol: [], requests: {}, ipc: {}, navigation: {}, close: {}, preload: {} };

await import(pathToFileURL(path.join(outDir, 'main', 'index.js')).href);
result.calls.beforeReady = log.map(([name]) => name);
result.secondInstanceQuit = app.quitCalls > 0;

if (!result.secondInstanceQuit) {
  app.becomeReady();
  await settle();
  result.calls.afterReady = log.map(([name]) => name).slice(result.calls.beforeReady.length);
  result.userData = log.find(([name]) => name === 'app.setPath')?.[2];
  result.errorBoxes = log.filter(([name]) => name === 'dialog.showErrorBox').map(([, title, message]) => `${title}: ${message}`);
  result.privilegedSchemes = log.find(([name]) => name === 'protocol.registerSchemesAsPrivileged')?.[1];
  result.menu = (log.find(([name]) => name === 'Menu.setApplicationMenu')?.[1] ?? []).map((item) => ({
    label: item.label,
    items: (item.submenu ?? []).filter((s) => s.label).map((s) => s.label),
  }));

  const win = BrowserWindow.instances[0];
  result.window = win ? { webPreferences: win.options.webPreferences, title: win.options.title } : null;
  result.loadedUrl = log.find(([name]) => name === 'win.loadURL')?.[1];
  if (win) {
    win.emit('ready-to-show');
    result.shown = log.some(([name]) => name === 'win.show');
    const preload = win.options.webPreferences?.preload;
    result.preload.path = preload;
    result.preload.exists = Boolean(preload && fs.existsSync(preload));
    result.preload.insideOut = Boolean(preload && path.resolve(preload).startsWith(path.join(outDir, 'preload') + path.sep));
    if (result.preload.exists) Object.assign(result.preload, runSandboxedPreload(preload));
  }

  // What app:// serves.
  const handler = protocolHandlers.get('app');
  const rendererDir = path.join(outDir, 'renderer');
  const indexHtml = fs.readFileSync(path.join(rendererDir, 'index.html'));
  for (const url of [
    'app://gongwen/index.html',
    'app://gongwen/',
    'app://gongwen/../main/index.js',
    'app://gongwen/%2e%2e/main/index.js',
    'app://gongwen/%2E%2E/%2E%2E/package.json',
    'app://gongwen/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
    'app://gongwen/..%5c..%5cmain%5cindex.js',
    `app://gongwen/${encodeURIComponent(path.join(outDir, 'main', 'index.js'))}`,
    `app://gongwen/${path.join(outDir, 'main', 'index.js')}`,
    'app://gongwen//etc/passwd',
    'app://gongwen/%2fetc%2fpasswd',
    'app://gongwen/assets/..%2f..%2fpreload%2fpreload.cjs',
    'app://other/index.html',
  ]) {
    if (!handler) break;
    const response = await handler({ url, method: 'GET', headers: new Headers() });
    const body = Buffer.from(await response.arrayBuffer());
    result.protocol.push({
      url,
      status: response.status,
      csp: response.headers.get('content-security-policy'),
      isIndex: body.equals(indexHtml),
      // Whether anything outside out/renderer leaked: the body equals a file of out/main or out/preload.
      leaked: [path.join(outDir, 'main', 'index.js'), path.join(outDir, 'preload', 'preload.cjs'), '/etc/passwd']
        .filter((file) => fs.existsSync(file))
        .some((file) => body.length > 0 && body.equals(fs.readFileSync(file))),
    });
  }

  // Outgoing requests: only the app's own origin.
  const decide = (url) =>
    new Promise((resolve) => sessionState.beforeRequest?.({ url }, (answer) => resolve(answer.cancel === true)));
  for (const url of ['app://gongwen/assets/x.js', 'https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd']) {
    result.requests[url] = sessionState.beforeRequest ? ((await decide(url)) ? 'cancelled' : 'allowed') : 'no policy';
  }
  result.permission = await new Promise((resolve) => sessionState.permissionRequest?.({}, 'media', resolve) ?? resolve('no handler'));

  // Navigation and new windows.
  if (win) {
    let prevented = false;
    win.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com/');
    result.navigation.willNavigatePrevented = prevented;
    result.navigation.windowOpen = win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })?.action ?? 'no handler';
  }

  // IPC: the app's main frame is served; any other sender is refused.
  const invoke = ipcHandlers.get('gongwen:invoke');
  if (invoke && win) {
    const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const listed = await invoke(trusted, 'drafts.list', {});
    result.ipc.trusted = listed.ok;
    const bad = await invoke(trusted, 'drafts.get', { id: 'x'.repeat(5000) });
    result.ipc.invalidInputCode = bad.ok ? null : bad.error.code;
    const iframe = { sender: win.webContents, senderFrame: { url: 'app://gongwen/index.html' } };
    const refused = await invoke(iframe, 'drafts.list', {});
    result.ipc.subframeRefused = !refused.ok;
    const foreign = { sender: win.webContents, senderFrame: { url: 'https://example.com/' } };
    Object.assign(foreign, { sender: { mainFrame: foreign.senderFrame } });
    result.ipc.foreignRefused = !(await invoke(foreign, 'drafts.list', {})).ok;
    // An import through the bundle's worker thread (out/main/worker.js): a file, then the same file damaged.
    const importFile = process.env.STAND_IN_IMPORT_FILE;
    if (importFile) {
      const bytes = fs.readFileSync(importFile);
      const fileName = path.basename(importFile);
      const summary = (r) => (r.ok ? { ok: true, encoding: r.value.encoding, plainText: r.value.draft.plainText } : { ok: false, error: r.error });
      result.imports = [
        summary(await invoke(trusted, 'drafts.import', { fileName, dataBase64: bytes.toString('base64') })),
        summary(await invoke(trusted, 'drafts.import', { fileName, dataBase64: bytes.subarray(0, Math.floor(bytes.length / 3)).toString('base64') })),
      ];
    }
  }
  result.dataFiles = result.userData && fs.existsSync(result.userData) ? fs.readdirSync(result.userData).sort() : [];

  // Closing: the first close is held until the renderer has flushed its edits.
  if (win && invoke) {
    win.close();
    result.close.firstPrevented = log.at(-1)?.[0] === 'win.close prevented';
    result.close.flushRequested = win.webContents.sent.some((m) => m.payload?.type === 'flushRequest');
    result.close.closedBeforeFlush = win.destroyed;
    await invoke({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, 'app.flushComplete', {});
    await settle();
    result.close.closedAfterFlush = win.destroyed;
    result.close.quit = app.quitCalls > 0;
  }
}

process.stdout.write(JSON.stringify(result));
process.exit(0);

/**
 * Runs the preload the way a sandboxed renderer does: a CommonJS script whose `require` knows only
 * `electron` (the sandbox offers no Node modules), and returns what it exposed to the page.
 */
function runSandboxedPreload(file) {
  // Each function by its path ('drafts.get', 'onEvent'); an object is listed as its functions, anything else as "name:type".
  const exposedNames = (api, prefix = '') =>
    Object.entries(api)
      .flatMap(([key, value]) =>
        typeof value === 'function' ? [prefix + key] : value && typeof value === 'object' ? exposedNames(value, `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}`],
      )
      .sort();
  const exposed = {};
  const apis = {};
  const invoked = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => ((apis[key] = api), (exposed[key] = exposedNames(api))) },
    ipcRenderer: { invoke: (...args) => (invoked.push(args), Promise.resolve()), on: () => {}, removeListener: () => {} },
  };
  const sandboxRequire = (name) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  try {
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console }, { filename: file });
    // What one nested call sends over IPC.
    void apis.gongwen?.drafts?.get?.({ id: 'abcdefgh12' });
    return { exposed, invoked };
  } catch (err) {
    return { exposed: { error: String(err) } };
  }
}
