import { expect } from 'vitest';
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

/**
 * Every case must be refused as bad input or usage, as the CLI conventions say: exit code 2, nothing on
 * stdout, and on stderr a Chinese message (prefixed "gongwen：") that matches the case's pattern.
 */
export function expectUsageErrors(run: (...args: string[]) => CliRun, cases: ReadonlyArray<readonly [readonly string[], RegExp]>): void {
  for (const [args, message] of cases) {
    const r = run(...args);
    const label = args.join(' ');
    expect(r.code, label).toBe(2);
    expect(r.stderr, label).toMatch(message);
    expect(r.stderr, label).toMatch(/^gongwen：[\s\S]*[\u4e00-\u9fff]/);
    expect(r.stdout, label).toBe('');
  }
}
