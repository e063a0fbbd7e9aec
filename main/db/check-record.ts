/**
 * A record that a database file passed integrity_check, or was closed cleanly by the app that
 * checked it, and has not changed since: `<file>.checked`, holding the file's size, change time,
 * inode and a hash of its first page. The snippet library skips its integrity_check (seconds at
 * 100,000 paragraphs) while the file matches; any change made outside the app, a crash (the -wal file
 * is left), a copied or restored file or a moved-aside one does not match and gets the full check.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

const recordOf = (file: string) => `${file}.checked`;

/** The file as it stands: undefined when it is missing or a -wal file with content lies beside it. */
function fingerprint(file: string): string | undefined {
  try {
    const wal = `${file}-wal`;
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) return undefined;
    const stat = fs.statSync(file, { bigint: true });
    const fd = fs.openSync(file, 'r');
    try {
      const page = Buffer.alloc(4096);
      const n = fs.readSync(fd, page, 0, page.length, 0);
      const hash = createHash('sha256').update(page.subarray(0, n)).digest('hex');
      return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs, hash].join(':');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

export function checkRecordMatches(file: string): boolean {
  const now = fingerprint(file);
  if (now === undefined) return false;
  try {
    return fs.readFileSync(recordOf(file), 'utf8').trim() === now;
  } catch {
    return false;
  }
}

/** Records the file as it is now (call after the last connection closed cleanly); never throws. */
export function writeCheckRecord(file: string): void {
  const now = fingerprint(file);
  try {
    if (now === undefined) clearCheckRecord(file);
    else fs.writeFileSync(recordOf(file), `${now}\n`);
  } catch {
    // A read-only folder: the next open checks the file in full, as without a record.
  }
}

export function clearCheckRecord(file: string): void {
  try {
    fs.rmSync(recordOf(file), { force: true });
  } catch {
    // nothing to clear, or the folder cannot be written
  }
}
