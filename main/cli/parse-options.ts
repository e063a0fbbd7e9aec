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

/** --year as an integer in the range the calendar tables make sense for. */
export function parseYear(value: string | undefined, flag = '--year'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]{4}$/.test(value)) throw new CliUsageError(`${flag} 应为四位数字的年份，例如 ${flag} 2026（收到：${value}）。`);
  const year = Number(value);
  if (year < 1900 || year > 2199) throw new CliUsageError(`${flag} 超出范围（1900—2199）：${value}`);
  return year;
}
