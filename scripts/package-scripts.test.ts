import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
  main: string;
};

/** The project files a script command names: relative paths with a file extension, outside node_modules. */
export function filesNamedBy(command: string): string[] {
  return command
    .split(/[\s=&|;]+/)
    .map((word) => word.replace(/^\.\//, '').replace(/^['"]|['"]$/g, ''))
    .filter((word) => /^[\w@.-]+(\/[\w@.-]+)*\.(mjs|cjs|js|ts|json|ya?ml)$/.test(word) && !word.startsWith('node_modules/'))
    .filter((word) => !word.startsWith('out/'));
}

describe('package.json names only files that are committed', () => {
  const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n'));

  it('reads file names out of script commands', () => {
    expect(filesNamedBy('node scripts/ensure-electron.mjs && electron-vite preview')).toEqual(['scripts/ensure-electron.mjs']);
    expect(filesNamedBy('node --import ./scripts/register-ts.mjs bench/run.ts')).toEqual(['scripts/register-ts.mjs', 'bench/run.ts']);
    expect(filesNamedBy('electron-builder --config electron-builder.yml')).toEqual(['electron-builder.yml']);
  });

  for (const [name, command] of Object.entries(pkg.scripts)) {
    it(`npm run ${name}`, () => {
      const missing = filesNamedBy(command).filter((file) => !tracked.has(file));
      expect(missing, `${name}: ${command}`).toEqual([]);
    });
  }

  it('bin entries', () => {
    expect(Object.values(pkg.bin).filter((file) => !tracked.has(file.replace(/^\.\//, '')))).toEqual([]);
  });
});
