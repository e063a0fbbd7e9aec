#!/usr/bin/env node
// Run by `npm start` and `npm run dev` before electron-vite starts the app. Electron 45 downloads its
// binary on first use, not at install time (so `npm install` works on a machine that cannot reach
// Electron's downloads). This script makes that first download happen up front, with a clear message
// when it fails, instead of a stack trace from deep inside electron-vite. It also checks that
// better-sqlite3 has a native binary for this platform, the other thing the app needs to start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a check found: ok, or the Chinese and English lines to print. */
export function electronStatus(electronDir, env = process.env) {
  const pkgFile = path.join(electronDir, 'package.json');
  if (!fs.existsSync(pkgFile)) {
    return { ok: false, reason: 'missing-package' };
  }
  const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  const pathFile = path.join(electronDir, 'path.txt');
  const versionFile = path.join(electronDir, 'dist', 'version');
  // electron-vite's variable for a binary installed elsewhere (an intranet PC with an Electron unpacked by hand).
  const execPath = env['ELECTRON_EXEC_PATH'];
  if (execPath) {
    return fs.existsSync(execPath)
      ? { ok: true, version, binary: execPath }
      : { ok: false, reason: 'exec-path-missing', version, binary: execPath };
  }
  if (!fs.existsSync(pathFile) || !fs.existsSync(versionFile)) return { ok: false, reason: 'not-downloaded', version };
  if (fs.readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') !== version) {
    return { ok: false, reason: 'other-version', version };
  }
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? { ok: true, version, binary } : { ok: false, reason: 'not-downloaded', version };
}

/** Whether better-sqlite3 can load in Electron: a Node-API prebuild for this platform, or a local build. */
export function sqliteBinaryFor(sqliteDir, platform = process.platform, arch = process.arch) {
  const candidates = [
    path.join(sqliteDir, 'prebuilds', `${platform}-${arch}.node`),
    path.join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'),
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

/**
 * Makes sure Electron's binary is there, downloading it with Electron's own installer if not.
 * Returns the process exit code; messages go to the given streams.
 */
export function ensureElectron({ root, out = process.stdout, err = process.stderr, run = spawnSync }) {
  const require = createRequire(path.join(root, 'package.json'));
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    err.write('公文写作台：找不到 Electron。请先在项目目录运行 npm install。\n(Electron is not installed: run npm install first.)\n');
    return 1;
  }
  let sqliteDir;
  try {
    sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  } catch {
    err.write('公文写作台：找不到 better-sqlite3。请先在项目目录运行 npm install。\n(better-sqlite3 is not installed: run npm install first.)\n');
    return 1;
  }
  if (!sqliteBinaryFor(sqliteDir)) {
    err.write(
      `公文写作台：better-sqlite3 没有适用于 ${process.platform}-${process.arch} 的二进制文件，数据库无法打开。\n` +
        `(better-sqlite3 has no binary for ${process.platform}-${process.arch}; run npm rebuild better-sqlite3 with a C++ toolchain.)\n`,
    );
    return 1;
  }

  const before = electronStatus(electronDir);
  if (before.ok) return 0;
  if (before.reason === 'exec-path-missing') {
    err.write(`公文写作台：ELECTRON_EXEC_PATH 指向的 Electron 不存在：${before.binary}\n(ELECTRON_EXEC_PATH names no Electron binary.)\n`);
    return 1;
  }
  out.write(`公文写作台：首次启动，正在下载 Electron ${before.version ?? ''} 运行文件（约 100 MB，只需一次）……\n`);
  const result = run(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', cwd: root });
  const after = electronStatus(electronDir);
  if (result.status === 0 && after.ok) {
    out.write('公文写作台：Electron 已就绪。\n');
    return 0;
  }
  err.write(
    [
      '公文写作台：无法下载 Electron 运行文件，程序没有启动。',
      '  · 首次运行 npm start 需要联网（以后不再需要）；',
      '  · 如果网络无法访问 Electron 的下载地址，可把环境变量 ELECTRON_MIRROR 设为可用的镜像地址后重试；',
      '  · 内网电脑请直接安装打包好的安装程序（npm run dist 在联网的电脑上生成）。',
      "(Electron's binary could not be downloaded. The first `npm start` needs internet access; set ELECTRON_MIRROR to a reachable mirror, or install a packaged build.)",
      '',
    ].join('\n'),
  );
  return 1;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  process.exitCode = ensureElectron({ root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') });
}
