/**
 * The office's own 提法 entries, <dataDir>/tifa.json ({"entries": [...]}): read as a bounded regular
 * file, written atomically. A broken entry is reported by number and field while the others load; a
 * file that cannot be read or parsed at all is reported and the built-in table stands alone.
 */
import path from 'node:path';
import { BUILT_IN_TIFA, compileTifaTable, parseUserTifaFile, type CompiledTifa, type TifaEntry, type UserTifaProblem } from '../../shared/checks';
import { describeWriteError, nodeFs, writeFileAtomic, type AtomicWriteFs } from '../fs/atomic-write';
import { BoundedReadError, readRegularFileBounded } from '../fs/read-bounded';

export const TIFA_FILE = 'tifa.json';
export const MAX_TIFA_FILE_BYTES = 2 * 1024 * 1024;

export interface UserTifaState {
  entries: TifaEntry[];
  problems: UserTifaProblem[];
}

export class TifaStore {
  readonly file: string;
  private cached: { state: UserTifaState; table: CompiledTifa } | null = null;

  constructor(dataDir: string, private readonly fs: AtomicWriteFs = nodeFs) {
    this.file = path.join(dataDir, TIFA_FILE);
  }

  /** The user's entries and the problems of the file (none when there is no file). */
  readUser(): UserTifaState {
    return this.load().state;
  }

  /** Built-in and user entries compiled; the same object until the entries are saved again, so the
   *  checker's cache (compared by identity) survives repeated reads. */
  table(): CompiledTifa {
    return this.load().table;
  }

  /** Replaces the user entries (already validated by the API's schema). */
  saveUser(entries: TifaEntry[]): UserTifaState {
    try {
      writeFileAtomic(this.file, `${JSON.stringify({ entries }, null, 2)}\n`, this.fs);
    } catch (err) {
      throw describeWriteError(err, this.file);
    }
    this.cached = null;
    return this.readUser();
  }

  private load(): { state: UserTifaState; table: CompiledTifa } {
    if (!this.cached) {
      const state = readUserFile(this.file);
      this.cached = { state, table: compileTifaTable(BUILT_IN_TIFA, state.entries) };
    }
    return this.cached;
  }
}

function readUserFile(file: string): UserTifaState {
  const name = path.basename(file);
  const whole = (message: string): UserTifaState => ({ entries: [], problems: [{ index: null, message: `自定义提法文件“${name}”${message}` }] });
  let text: string;
  try {
    text = readRegularFileBounded(file, MAX_TIFA_FILE_BYTES).toString('utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [] };
    return whole(err instanceof BoundedReadError ? `${err.message}。` : `无法读取：${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return whole(`不是有效的 JSON，未载入：${(err as Error).message}`);
  }
  const parsed = parseUserTifaFile(data);
  return { entries: parsed.entries, problems: parsed.problems.map((p) => ({ ...p, message: `自定义提法文件“${name}”${p.message}` })) };
}
