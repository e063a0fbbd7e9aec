/**
 * An office's own 提法 entries (<dataDir>/tifa.json, tifa.saveUser): the zod schema of one entry and
 * the reading of a whole file entry by entry, so one broken entry is reported (by its number and
 * field, in Chinese) while the others load.
 */
import { z } from 'zod';
import { TIFA_KINDS, type TifaEntry } from './data/tifa-types';
import { describeSchemaError, zhErrorMap } from '../schema-messages';

export const MAX_USER_TIFA_ENTRIES = 500;

/** Whether a pattern source compiles and cannot match the empty string (for the user-entry schema). */
export function patternProblem(source: string): string | null {
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch {
    return '正则表达式写法有误';
  }
  if (re.test('')) return '正则表达式不能匹配空文本';
  return null;
}


const year = z.number('年份应为数字').int('年份应为整数').min(1949, '年份不能早于1949年').max(2200, '年份不能晚于2200年');
const tifaDate = z.union(
  [year, z.object({ year, month: z.number().int().min(1, '月份应为1—12').max(12, '月份应为1—12') }).strict()],
  '日期应为年份（如 2023）或 {"year": 2023, "month": 1}',
);
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字`);

export const tifaSourceSchema = z
  .object({
    title: text('依据文件或会议名称', 200),
    issuer: text('发布机关', 100),
    date: z.string().regex(/^(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, '日期应写作 YYYY-MM-DD 或 YYYY-MM'),
    url: z.url('网址格式不正确').max(500, '网址不能超过 500 个字符').optional(),
  })
  .strict();

export const userTifaEntrySchema = z
  .object({
    wording: text('提法', 100),
    pattern: z
      .string()
      .max(500, '正则表达式不能超过 500 个字符')
      .superRefine((source, ctx) => {
        const problem = patternProblem(source);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    kind: z.enum(TIFA_KINDS, `类别只能是：${TIFA_KINDS.join('、')}`),
    validFrom: tifaDate,
    validUntil: tifaDate.optional(),
    replacement: text('替代提法', 200).optional(),
    action: text('处理建议', 200).optional(),
    suggestion: z.string().max(100, '直接替换文字不能超过 100 个字').optional(),
    severity: z.enum(['warning', 'info'], '级别只能是 warning 或 info').optional(),
    source: tifaSourceSchema,
    note: z.string().max(500, '说明不能超过 500 个字').optional(),
  })
  .strict()
  .refine((e) => e.validUntil === undefined || e.replacement !== undefined || e.action !== undefined, {
    message: '有截止时间的提法须填写替代提法（replacement）或处理建议（action）',
    path: ['replacement'],
  }) satisfies z.ZodType<TifaEntry>;

export const userTifaEntriesSchema = z.array(userTifaEntrySchema).max(MAX_USER_TIFA_ENTRIES, `自定义提法不能超过 ${MAX_USER_TIFA_ENTRIES} 条`);

export interface UserTifaProblem {
  /** 0-based index in the file's entries; null for the file as a whole. */
  index: number | null;
  /** Chinese, naming the field. */
  message: string;
}

export interface ParsedUserTifa {
  entries: TifaEntry[];
  problems: UserTifaProblem[];
}

/** A tifa.json value ({"entries": [...]}): every valid entry, and a problem for each broken one. */
export function parseUserTifaFile(value: unknown): ParsedUserTifa {
  const list = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) return { entries: [], problems: [{ index: null, message: '文件应为 {"entries": [...]} 格式' }] };
  const entries: TifaEntry[] = [];
  const problems: UserTifaProblem[] = [];
  list.slice(0, MAX_USER_TIFA_ENTRIES).forEach((raw, index) => {
    const parsed = userTifaEntrySchema.safeParse(raw, { error: zhErrorMap });
    if (parsed.success) entries.push(parsed.data);
    else problems.push({ index, message: `第 ${index + 1} 条${wordingOf(raw)}：${describeSchemaError(parsed.error)}` });
  });
  if (list.length > MAX_USER_TIFA_ENTRIES) {
    problems.push({ index: null, message: `自定义提法超过 ${MAX_USER_TIFA_ENTRIES} 条，其余未读取` });
  }
  return { entries, problems };
}

function wordingOf(raw: unknown): string {
  const w = typeof raw === 'object' && raw !== null ? (raw as { wording?: unknown }).wording : undefined;
  return typeof w === 'string' && w.trim() ? `（“${w.trim().slice(0, 20)}”）` : '';
}
