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

/** Parses and validates a shared file's text; throws an Error with a Chinese message. */
export function parseSubsetFile(text: string, fileName: string): SubsetFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`“${fileName}”不是有效的素材分享文件（不是 JSON 格式）。`);
  }
  const parsed = subsetFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `（${issue.path.join('.')}）` : '';
    throw new Error(`“${fileName}”不是有效的素材分享文件${where}：${issue?.message ?? ''}`);
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
    if (size > MAX_SUBSET_BYTES) throw new ServiceError('invalid_input', `“${name}”过大，不是素材分享文件。`);
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
