import type { CompiledTifa, UserTifaProblem } from '../../shared/checks';
import type { Services } from '../services';

/** Exit codes shared by every subcommand. */
export const EXIT_OK = 0;
/** The document has error-level findings, or a gate refused. */
export const EXIT_FINDINGS = 1;
/** Bad input or usage. */
export const EXIT_USAGE = 2;

/** A usage or input problem: printed in Chinese on stderr, exit code 2. */
export class CliUsageError extends Error {}

export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Opens the app's services on the data folder (--data-dir, GONGWEN_DATA_DIR or the app's own). */
  services(): Services;
  /** The 提法 table with the office's own entries from the data folder (no database opened), and the
   *  problems of its file; the built-in table alone when absent (tests). */
  tifa?(): { table: CompiledTifa; problems: UserTifaProblem[] };
}

export interface CliCommand {
  /** e.g. "drafts list" */
  name: string;
  summary: string;
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number> | number;
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
