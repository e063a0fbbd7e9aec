import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronStatus, ensureElectron } from './ensure-electron.mjs';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A project folder with stand-ins for the two packages the script looks at. */
function fakeProject(installScript: string, options: { sqliteBinary?: boolean } = {}): { root: string; electronDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ensure-electron-'));
  temps.push(root);
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"fake","private":true}');
  const electronDir = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(electronDir, { recursive: true });
  fs.writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  fs.writeFileSync(path.join(electronDir, 'install.js'), installScript);
  const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(sqliteDir, 'prebuilds'), { recursive: true });
  fs.writeFileSync(path.join(sqliteDir, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '13.2.0' }));
  if (options.sqliteBinary !== false) fs.writeFileSync(path.join(sqliteDir, 'prebuilds', `${process.platform}-${process.arch}.node`), '');
  return { root, electronDir };
}

/** What Electron's own install.js leaves behind after a successful download. */
const SUCCESSFUL_INSTALL = `
const fs = require('fs'); const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v45.4.1');
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

function sink() {
  const chunks: string[] = [];
  return { write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

describe('scripts/ensure-electron.mjs (run by npm start and npm run dev)', () => {
  it('downloads Electron with its own installer on first start, then starts without downloading', () => {
    const { root, electronDir } = fakeProject(SUCCESSFUL_INSTALL);
    expect(electronStatus(electronDir)).toMatchObject({ ok: false, reason: 'not-downloaded' });
    const out = sink();
    expect(ensureElectron({ root, out, err: sink() })).toBe(0);
    expect(out.text()).toContain('正在下载 Electron 45.4.1');
    expect(electronStatus(electronDir)).toMatchObject({ ok: true, version: '45.4.1' });

    let ran = false;
    expect(ensureElectron({ root, out: sink(), err: sink(), run: (() => ((ran = true), { status: 0 })) as never })).toBe(0);
    expect(ran).toBe(false);
  });

  it('says in Chinese what to do when the download fails (no internet), and fails', () => {
    const { root } = fakeProject("console.error('getaddrinfo ENOTFOUND'); process.exit(1);");
    const err = sink();
    expect(ensureElectron({ root, out: sink(), err })).toBe(1);
    expect(err.text()).toContain('无法下载 Electron 运行文件');
    expect(err.text()).toContain('ELECTRON_MIRROR');
  });

  it('treats a binary of another version as missing', () => {
    const { root, electronDir } = fakeProject(SUCCESSFUL_INSTALL);
    fs.mkdirSync(path.join(electronDir, 'dist'));
    fs.writeFileSync(path.join(electronDir, 'dist', 'version'), 'v44.0.0');
    fs.writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    fs.writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    expect(electronStatus(electronDir)).toMatchObject({ ok: false, reason: 'other-version' });
    expect(ensureElectron({ root, out: sink(), err: sink() })).toBe(0);
  });

  it('uses a binary named by ELECTRON_EXEC_PATH (the variable electron-vite reads) instead of downloading', () => {
    const { electronDir } = fakeProject('process.exit(1);');
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-electron-dist-'));
    temps.push(dist);
    const binary = path.join(dist, 'electron');
    expect(electronStatus(electronDir, { ELECTRON_EXEC_PATH: binary })).toMatchObject({ ok: false, reason: 'exec-path-missing' });
    fs.writeFileSync(binary, '');
    expect(electronStatus(electronDir, { ELECTRON_EXEC_PATH: binary })).toMatchObject({ ok: true, binary });
  });

  it('stops with a message when better-sqlite3 has no binary for this platform', () => {
    const { root } = fakeProject(SUCCESSFUL_INSTALL, { sqliteBinary: false });
    const err = sink();
    expect(ensureElectron({ root, out: sink(), err })).toBe(1);
    expect(err.text()).toContain('better-sqlite3 没有适用于');
  });

  it('finds both packages in this project as installed by npm install', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const err = sink();
    // Exit 0 if Electron is already downloaded; otherwise the stand-in "download" fails and the
    // message says so: either way the script got past its package and binary look-ups.
    const code = ensureElectron({ root, out: sink(), err, run: (() => ({ status: 1 })) as never });
    if (code === 1) expect(err.text()).toContain('无法下载 Electron 运行文件');
    expect(err.text()).not.toContain('npm install');
  });
});
