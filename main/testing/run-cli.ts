import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root (where bin/gongwen.js is). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin script in a child process, as a user would, with its own data folder. */
export function runGongwen(dataDir: string, args: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, ['bin/gongwen.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_DATA_DIR: dataDir },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
