/**
 * The file a part of the library is shared in (素材分享文件): plain UTF-8 JSON, so it can be read,
 * mailed and checked by eye, and carries only what another writer's library needs.
 *
 * {
 *   "format": "gongwen-library-subset",
 *   "version": 1,
 *   "exportedAt": "2026-04-08T09:00:00.000Z",
 *   "snippets": [
 *     { "text": "…", "headingPath": ["三、…"], "kind": "党建", "kindReason": "…", "source": "2025年工作总结.docx",
 *       "year": 2025, "tags": ["党建"], "favorite": false }
 *   ]
 * }
 *
 * Importing it goes through the same duplicate handling as a document import; the tags come along
 * (and are added to a snippet the library already has). Use counts and history stay behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { libraryTagSchema, MAX_LIBRARY_TAGS, MAX_SNIPPET_TEXT_CHARS } from '../../shared/api/library';
import { SECTION_KINDS } from '../../shared/library/section-kinds';
import type { LibrarySnippet } from '../../shared/library/types';
import { ServiceError } from '../errors';

export const SUBSET_FORMAT = 'gongwen-library-subset';
export const SUBSET_VERSION = 1;
/** A shared file larger than this is refused before it is parsed. */
export const MAX_SUBSET_BYTES = 50 * 1024 * 1024;

const subsetSnippetSchema = z.object({
  text: z.string().trim().min(1, '素材内容为空').max(MAX_SNIPPET_TEXT_CHARS, `素材不能超过 ${MAX_SNIPPET_TEXT_CHARS} 个字`),
  headingPath: z.array(z.string().max(300)).max(10).default([]),
  kind: z.enum(SECTION_KINDS).default('其他'),
  kindReason: z.string().max(300).default(''),
  source: z.string().trim().max(260).default(''),
  year: z.number().int().min(1949).max(2200).nullable().default(null),
  tags: z.array(libraryTagSchema).max(MAX_LIBRARY_TAGS).default([]),
  favorite: z.boolean().default(false),
});

export const subsetFileSchema = z.object({
  format: z.literal(SUBSET_FORMAT, { error: '不是公文写作台的素材分享文件' }),
  version: z.number().int().min(1).max(SUBSET_VERSION, { error: '该素材文件来自更新版本的公文写作台，请先升级' }),
  exportedAt: z.string().optional(),
  snippets: z.array(subsetSnippetSchema).max(200_000),
});

export type SubsetFile = z.output<typeof subsetFileSchema>;
export type SubsetSnippet = SubsetFile['snippets'][number];

export function subsetFileOf(snippets: readonly LibrarySnippet[], exportedAt: Date): SubsetFile {
  return {
    format: SUBSET_FORMAT,
    version: SUBSET_VERSION,
    exportedAt: exportedAt.toISOString(),
    snippets: snippets.map((s) => ({
      text: s.text,
      headingPath: s.headingPath,
      kind: s.kind,
      kindReason: s.kindReason,
      source: s.source,
      year: s.year,
      tags: s.tags,
      favorite: s.favorite,
    })),
  };
}

/** What each field is called in a message. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  format: '格式标识',
  version: '版本',
  exportedAt: '导出时间',
  snippets: '素材列表',
  text: '内容',
  headingPath: '所在标题',
  kind: '类别',
  kindReason: '分类依据',
  source: '来源',
  year: '年份',
  tags: '标签',
  favorite: '收藏',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象',
};

/** The place of an issue: 第 3 条素材，字段 year (snippets are counted from 1, as people count). */
function issuePlace(path: readonly PropertyKey[]): { where: string; label: string } {
  if (path[0] === 'snippets' && typeof path[1] === 'number') {
    const field = path[2];
    const item = typeof path[3] === 'number' ? ` 第 ${path[3] + 1} 项` : '';
    if (field === undefined) return { where: `第 ${path[1] + 1} 条素材`, label: '' };
    return { where: `第 ${path[1] + 1} 条素材，字段 ${String(field)}${item}`, label: FIELD_LABELS[String(field)] ?? '' };
  }
  const field = path.length ? String(path[0]) : '';
  return { where: path.map(String).join('.'), label: FIELD_LABELS[field] ?? '' };
}

/** The schema's own messages are Chinese with no Latin letters; zod's defaults are English (and may quote Chinese values). */
const isOwnMessage = (message: string) => /\p{Script=Han}/u.test(message) && !/[A-Za-z]/.test(message);

/** One zod issue in Chinese: the schema's own Chinese message when it has one, else one from its code. */
function issueMessage(issue: z.core.$ZodIssue, label: string): string {
  if (isOwnMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && label) return `缺少${label}`;
      // A non-integer number fails z.number().int() as a type issue expecting 'int'.
      const type = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `${label}应为${/^[A-Za-z]/.test(type) ? ' ' : ''}${type}`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `${label}不能超过 ${issue.maximum} 个字`;
      if (issue.origin === 'array') return `${label}不能超过 ${issue.maximum} 项`;
      return `${label}不能大于 ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return `${label}不能少于 ${issue.minimum} 个字`;
      if (issue.origin === 'array') return `${label}不能少于 ${issue.minimum} 项`;
      return `${label}不能小于 ${issue.minimum}`;
    case 'invalid_value':
      return `${label}只能是 ${issue.values.map(String).join('、')} 之一`;
    default:
      return `${label}的格式不对`;
  }
}

/** Parses and validates a shared file's text; throws an Error with a Chinese message. */
export function parseSubsetFile(text: string, fileName: string): SubsetFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`“${fileName}”不是有效的素材分享文件（不是 JSON 格式）。`);
  }
  // reportInput: a missing field (input undefined) is told apart from one of the wrong type.
  const parsed = subsetFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { where, label } = issuePlace(issue.path);
    throw new Error(`“${fileName}”不是有效的素材分享文件${where ? `（${where}）` : ''}：${issueMessage(issue, label)}`);
  }
  return parsed.data;
}

/**
 * Reads and checks a share file: refused over MAX_SUBSET_BYTES before it is read, then parsed and
 * validated. Pure file work, so it runs in the worker thread (main/work/); ServiceErrors in Chinese.
 */
export function readSubsetFile(file: string): SubsetFile {
  const name = path.basename(file);
  let text: string;
  try {
    const size = fs.statSync(file).size;
    const tooLarge = subsetSizeProblem(size, name);
    if (tooLarge) throw new ServiceError('invalid_input', tooLarge);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('io', `无法读取“${name}”：${(err as NodeJS.ErrnoException).code ?? String(err)}。`);
  }
  try {
    return parseSubsetFile(text, name);
  } catch (err) {
    throw new ServiceError('invalid_input', (err as Error).message);
  }
}

/** A share file over MAX_SUBSET_BYTES is refused before it is read (checked with stat). */
export function subsetSizeProblem(size: number, fileName: string): string | null {
  if (size <= MAX_SUBSET_BYTES) return null;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  return `“${fileName}”有 ${mb(size)} MB，超过素材分享文件的上限（${mb(MAX_SUBSET_BYTES)} MB），不能导入。一次分享的素材通常不到 1 MB，可请对方按标签分几次导出。`;
}
