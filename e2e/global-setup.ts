import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the real renderer bundle once (electron-vite, the same build the app ships). */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { cwd: root, stdio: 'pipe' });
}
