import type { spawnSync } from 'node:child_process';

export type ElectronStatus =
  | { ok: true; version: string; binary: string }
  | { ok: false; reason: 'missing-package' | 'not-downloaded' | 'other-version' | 'exec-path-missing'; version?: string; binary?: string };

export function electronStatus(electronDir: string, env?: Record<string, string | undefined>): ElectronStatus;
export function sqliteBinaryFor(sqliteDir: string, platform?: string, arch?: string): string | null;
export function ensureElectron(options: {
  root: string;
  out?: { write(text: string): unknown };
  err?: { write(text: string): unknown };
  run?: typeof spawnSync;
}): 0 | 1;
