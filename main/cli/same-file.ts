import fs from 'node:fs';
import path from 'node:path';
import { CliUsageError } from './command';

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
 * Refuses an output that is the input under another name (the same path, a symlink, `./` or `..`
 * detours, a hard link): writing it would replace the only copy of what is being read.
 */
export function refuseOutputOverInput(input: string, output: string): void {
  const a = realTarget(input);
  const b = realTarget(output);
  let same = a === b;
  if (!same) {
    try {
      const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
      same = sa.dev === sb.dev && sa.ino === sb.ino;
    } catch {
      // the output does not exist yet: not the same file
    }
  }
  if (same) throw new CliUsageError(`输出文件就是输入文件（${output}）：请用 -o 指定另一个文件名，原文件未被改动。`);
}
