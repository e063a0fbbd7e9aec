import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ServiceError } from '../errors';

/**
 * Writes a file so that readers see either the old file or the complete new one, never half of it:
 * a temp file in the same folder, fsync, then rename over the target. On failure the old file is
 * untouched and the temp file removed; the error says in Chinese what the user can do.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw describeWriteError(err, target);
  }
}

export function describeWriteError(err: unknown, target: string): ServiceError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const name = path.basename(target);
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return new ServiceError('io', `无法写入“${name}”：文件可能正在 Word/WPS 中打开，或文件夹没有写入权限。请关闭该文件或换一个位置后重试。`);
    case 'EROFS':
      return new ServiceError('io', `无法写入“${name}”：目标位置是只读的。`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ServiceError('io', `无法写入“${name}”：目标文件夹不存在。`);
    case 'ENOSPC':
      return new ServiceError('io', `无法写入“${name}”：磁盘空间不足。`);
    case 'EISDIR':
      return new ServiceError('io', `无法写入“${name}”：这是一个文件夹。`);
    default:
      return new ServiceError('io', `无法写入“${name}”：${err instanceof Error ? err.message : String(err)}`);
  }
}
