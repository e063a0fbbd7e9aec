/**
 * What every resource of the API contract shares: the result and error shapes, the `returns` helper
 * that pairs an input schema with a result type, and the draft id, year and title schemas.
 */
import { z } from 'zod';
import { MAX_TITLE_CHARS } from '../limits';

/** export_gate: the document has error-level findings (unfilled placeholders above all) and `force` was not set.
 *  canceled: the writer stopped a long operation (an import); nothing of it was kept. */
export type ApiErrorCode = 'invalid_input' | 'not_found' | 'io' | 'unsupported' | 'export_gate' | 'canceled' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** A message in Chinese, fit to show the user as it is. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** `returns<Output>()(inputSchema)`: the output type exists only at the type level. */
export function returns<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as O });
}

export const empty = z.object({}).strict();

export const draftIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '草稿编号格式不正确');
export const yearSchema = z.number().int().min(1949).max(2200);
export const titleSchema = z.string().trim().max(MAX_TITLE_CHARS, `标题不能超过 ${MAX_TITLE_CHARS} 个字符`);
export const byDraftId = z.object({ id: draftIdSchema }).strict();
