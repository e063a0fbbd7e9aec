// A recording stand-in for the `electron` module, so the built main bundle (out/main/index.js) can be
// started in plain Node: every call the bundle makes is logged in order, and the probe drives the
// events a real start would fire (ready, ready-to-show, requests to app://, IPC calls, close).
// Only what main/ uses is implemented; anything else throws, so a new Electron call cannot go unseen.
import { EventEmitter } from 'node:events';
import os from 'node:os';

/** Every call, in order: [name, ...arguments]. */
export const log = [];
const record = (name, ...args) => log.push([name, ...args]);

let resolveReady;
const ready = new Promise((resolve) => (resolveReady = resolve));
let isReady = false;

class Emitter extends EventEmitter {}

export const app = new (class extends Emitter {
  isPackaged = true;
  quitCalls = 0;
  exitCode = null;
  setPath(name, value) {
    record('app.setPath', name, value);
  }
  getPath(name) {
    return name === 'documents' ? os.tmpdir() : os.tmpdir();
  }
  enableSandbox() {
    if (isReady) throw new Error('app.enableSandbox() must be called before ready');
    record('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return process.env['STAND_IN_SECOND_INSTANCE'] !== '1';
  }
  whenReady() {
    record('app.whenReady');
    return ready;
  }
  quit() {
    record('app.quit');
    this.quitCalls++;
  }
  exit(code) {
    record('app.exit', code);
    this.exitCode = code;
  }
  /** The probe's "Electron is ready". */
  becomeReady() {
    isReady = true;
    record('ready');
    resolveReady();
  }
})();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (isReady) throw new Error('protocol.registerSchemesAsPrivileged() must be called before ready');
    record('protocol.registerSchemesAsPrivileged', schemes);
  },
};

export const protocolHandlers = new Map();
export const sessionState = { beforeRequest: null, permissionRequest: null, permissionCheck: null };
const defaultSession = new (class extends Emitter {
  protocol = {
    handle(scheme, handler) {
      record('session.protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
  };
  webRequest = {
    onBeforeRequest(listener) {
      record('session.webRequest.onBeforeRequest');
      sessionState.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler');
    sessionState.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler');
    sessionState.permissionCheck = handler;
  }
})();
export const session = {
  get defaultSession() {
    if (!isReady) throw new Error('session.defaultSession is only available after ready');
    return defaultSession;
  },
};

export const ipcHandlers = new Map();
export const ipcMain = {
  handle(channel, handler) {
    record('ipcMain.handle', channel);
    ipcHandlers.set(channel, handler);
  },
};

class WebContents extends Emitter {
  sent = [];
  windowOpenHandler = null;
  mainFrame = { url: '' };
  send(channel, payload) {
    record('webContents.send', channel, payload);
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  printToPDF() {
    return Promise.resolve(new Uint8Array());
  }
}

export class BrowserWindow extends Emitter {
  static instances = [];
  constructor(options) {
    super();
    if (!isReady) throw new Error('BrowserWindow cannot be created before ready');
    record('new BrowserWindow', options);
    this.options = options;
    this.webContents = new WebContents();
    this.destroyed = false;
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    record('win.loadURL', url);
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show() {
    record('win.show');
  }
  maximize() {
    record('win.maximize');
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: 1280, height: 720 };
  }
  close() {
    if (this.destroyed) return;
    record('win.close');
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    record(prevented ? 'win.close prevented' : 'win.closed');
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.instances.every((w) => w.destroyed)) app.emit('window-all-closed');
  }
}

export const Menu = {
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate');
    return { template };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', menu.template);
  },
};

export const dialog = {
  showErrorBox(title, message) {
    record('dialog.showErrorBox', title, message);
  },
  showSaveDialog() {
    return Promise.resolve({ canceled: true });
  },
  showOpenDialog() {
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
};

export const screen = {
  getAllDisplays() {
    return [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }];
  },
};

export default { app, protocol, session, ipcMain, BrowserWindow, Menu, dialog, screen };
