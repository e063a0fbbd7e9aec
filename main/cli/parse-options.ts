import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { CliUsageError } from './command';

/** parseArgs with Chinese errors and an exact number of positional arguments (or at least `min`). */
export function parseOptions<T extends ParseArgsOptionsConfig>(args: string[], options: T, positionalCount: number | { min: number }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    throw new CliUsageError(unknown ? `未知的选项：${unknown[1]}` : `参数不正确：${message}`);
  }
  if (typeof positionalCount !== 'number') {
    if (parsed.positionals.length < positionalCount.min) throw new CliUsageError('缺少参数。');
  } else if (parsed.positionals.length !== positionalCount) {
    throw new CliUsageError(
      parsed.positionals.length < positionalCount ? '缺少参数。' : `多余的参数：${parsed.positionals.slice(positionalCount).join(' ')}`,
    );
  }
  return parsed;
}
