import fs from 'node:fs';
import path from 'node:path';

/** The real path of a file that may not exist yet: its folder's real path and its own name. */
function realTarget(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync(resolved);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/**
 * Whether two names are one file: the same path, a symlink, `./` or `..` detours, a hard link. A
 * name that does not exist yet is the same as another only by its resolved path. The one home of
 * this test: the CLI's output-over-input refusal and the library backup's self-target refusal.
 */
export function isSameFile(a: string, b: string): boolean {
  const ra = realTarget(a);
  const rb = realTarget(b);
  if (ra === rb) return true;
  try {
    const [sa, sb] = [fs.statSync(ra), fs.statSync(rb)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist yet: not the same file
  }
}
