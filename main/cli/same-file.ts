import { isSameFile } from '../fs/same-file';
import { CliUsageError } from './command';

/**
 * Refuses an output that is the input under another name (the same path, a symlink, `./` or `..`
 * detours, a hard link): writing it would replace the only copy of what is being read.
 */
export function refuseOutputOverInput(input: string, output: string): void {
  if (isSameFile(input, output)) throw new CliUsageError(`输出文件就是输入文件（${output}）：请用 -o 指定另一个文件名，原文件未被改动。`);
}
