import fs from 'node:fs';

/** Why a file was not read: not a regular file, or larger than allowed. */
export class BoundedReadError extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'BoundedReadError';
  }
}

/**
 * Reads a regular file of at most maxBytes. A FIFO, a device (/dev/zero) or a folder, also behind a
 * symlink, is refused before it is opened (opening a FIFO blocks for ever; /dev/zero never ends), and
 * the read itself stops at maxBytes + 1 so a file that grows after the check cannot exhaust memory.
 */
export function readRegularFileBounded(file: string, maxBytes: number): Buffer {
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new BoundedReadError('not-a-file', '不是普通文件（可能是文件夹、设备或管道），未读取');
  if (stat.size > maxBytes) throw new BoundedReadError('too-large', `超过 ${formatBytes(maxBytes)}，未读取`);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    // Sized by stat, grown if the file grew since (up to maxBytes + 1, which is already a refusal).
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw new BoundedReadError('too-large', `超过 ${formatBytes(maxBytes)}，未读取`);
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}
