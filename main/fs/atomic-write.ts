import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ServiceError } from '../errors';

/** The file-system calls writeFileAtomic makes: tests inject failures (a file Word holds open, a read-only disk). */
export interface AtomicWriteFs {
  openSync(file: string, flags: string): number;
  writeFileSync(fd: number, data: string | Uint8Array): void;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: boolean }): void;
}

export const nodeFs: AtomicWriteFs = {
  openSync: (file, flags) => fs.openSync(file, flags),
  writeFileSync: (fd, data) => fs.writeFileSync(fd, data),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (file, options) => fs.rmSync(file, options),
};

/**
 * Writes a file so that readers see either the old file or the complete new one, never half of it:
 * a temp file in the same folder, fsync, then rename over the target. On failure the old file is
 * untouched and the temp file removed; the error says in Chinese what the user can do.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, ops: AtomicWriteFs = nodeFs): void {
  refuseReadOnly(target);
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    fd = ops.openSync(temp, 'wx');
    ops.writeFileSync(fd, data);
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = undefined;
    ops.renameSync(temp, target);
  } catch (err) {
    try {
      if (fd !== undefined) ops.closeSync(fd);
      ops.rmSync(temp, { force: true });
    } catch {
      // the original error is the one to report
    }
    throw describeWriteError(err, target);
  }
}

/**
 * A temp file beside the target (same folder, so rename is atomic). A short name: one built from the
 * target's name would pass the 255-byte limit for a legal long Chinese file name (ENAMETOOLONG)
 * although the target itself fits.
 */
function tempPathFor(target: string): string {
  return path.join(path.dirname(path.resolve(target)), `.gongwen-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The same promise as writeFileAtomic for a file that another writer produces (SQLite's online
 * backup writes its own file): `produce` writes the temp path, then it is fsynced and renamed over
 * the target. On failure the temp file and any journal SQLite left beside it are removed and the
 * target is untouched.
 */
export async function writeFileAtomicWith(target: string, produce: (tempPath: string) => Promise<void> | void): Promise<void> {
  refuseReadOnly(target);
  const temp = tempPathFor(target);
  try {
    await produce(temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (err) {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    if (err instanceof ServiceError) throw err;
    throw describeWriteError(err, target);
  }
}

/**
 * A file marked read-only (no write bit; Windows' read-only attribute shows the same way) is one the
 * user protected: rename would replace it anyway, and as a new, writable file. Refuse instead.
 */
function refuseReadOnly(target: string): void {
  let mode: number;
  try {
    mode = fs.statSync(target).mode;
  } catch {
    return; // no such file yet (or unreadable: the write itself will say why)
  }
  if ((mode & 0o222) === 0) {
    throw new ServiceError('io', `无法写入“${path.basename(target)}”：“${path.basename(target)}”是只读文件。请另存为新文件，或先取消其只读属性。原文件未被改动。`);
  }
}

/** A Chinese message for a failed write, naming the file and what to do about it. */
export function describeWriteError(err: unknown, target: string): ServiceError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const name = path.basename(target);
  const folder = path.dirname(path.resolve(target));
  switch (code) {
    // Windows reports a file another program holds open (Word, WPS) as EBUSY or EPERM.
    case 'EBUSY':
    case 'EPERM':
      return new ServiceError('io', `无法写入“${name}”：文件可能正在 Word 或 WPS 中打开，请关闭该文件后重试。原文件未被改动。`);
    case 'EACCES':
      return new ServiceError('io', `无法写入“${name}”：没有写入权限，文件夹“${folder}”可能是只读的。请换一个位置保存。原文件未被改动。`);
    case 'EROFS':
      return new ServiceError('io', `无法写入“${name}”：目标位置是只读的（如光盘或写保护的 U 盘）。请换一个位置保存。`);
    case 'ENOENT':
      return new ServiceError('io', `无法写入“${name}”：目标文件夹不存在。`);
    case 'ENOTDIR':
      return new ServiceError('io', `无法写入“${name}”：路径“${folder}”不是文件夹。`);
    case 'ENOSPC':
      return new ServiceError('io', `无法写入“${name}”：磁盘空间不足。原文件未被改动。`);
    case 'EISDIR':
      return new ServiceError('io', `无法写入“${name}”：这是一个文件夹。`);
    default:
      return new ServiceError('io', `无法写入“${name}”：${err instanceof Error ? err.message : String(err)}`);
  }
}
