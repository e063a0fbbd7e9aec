/**
 * Chinese messages for zod validation of files a writer edits (templates, the 提法 table): zod's own
 * messages in Chinese, and an error described by the field it is about.
 */
import { z } from 'zod';

const zhLocale = z.locales.zhCN().localeError;
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '数组（[…]）',
  object: '对象（{…}）',
};

/**
 * A Chinese error map for zod's own messages (wrong types, missing keys, unknown keys), to pass as
 * `{ error }` to parse: "缺少此项", "应为文字", then zod's zh-CN locale for the rest.
 */
export const zhErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return '缺少此项';
    return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  return zhLocale(issue);
};

/** The path of an issue as a writer reads it: fields[0].name, body[12].text. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** "字段 fields[0].name：字段名只能……" for the first few issues, joined with "；". */
export function describeSchemaError(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? `字段 ${issuePath(issue.path)}：` : '';
    return `${where}${issue.message}`;
  });
  const more = error.issues.length > max ? `（另有 ${error.issues.length - max} 处问题）` : '';
  return `${parts.join('；')}${more}`;
}

