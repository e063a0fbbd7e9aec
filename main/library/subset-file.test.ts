import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-dir';
import { LibraryService } from './library-service';
import { MAX_SUBSET_BYTES, parseSubsetFile, SUBSET_FORMAT } from './subset-file';

const snippet = (over: Record<string, unknown> = {}) => ({ text: '坚持把招商引资作为经济工作的生命线。', year: 2025, tags: ['招商'], ...over });
const file = (snippets: unknown[]) => JSON.stringify({ format: SUBSET_FORMAT, version: 1, snippets });
const problem = (text: string) => {
  try {
    parseSubsetFile(text, '分享.json');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
};
/** No English from the validator: only the field name itself in Latin letters. */
const NO_ENGLISH = /\b(?:Invalid|expected|received|Too|small|big|input|option)\b/i;

describe('share-file validation messages (issue 15)', () => {
  it.each([
    [[snippet(), snippet(), snippet({ year: '2025' })], '第 3 条素材，字段 year）：年份应为数字'],
    [[snippet({ year: 1800 })], '第 1 条素材，字段 year）：年份不能小于 1949'],
    [[snippet({ year: 2025.5 })], '第 1 条素材，字段 year）：年份应为整数'],
    [[snippet(), snippet({ text: undefined })], '第 2 条素材，字段 text）：缺少内容'],
    [[snippet({ text: 42 })], '第 1 条素材，字段 text）：内容应为文本'],
    [[snippet({ tags: ['招商', 7] })], '第 1 条素材，字段 tags 第 2 项）：标签应为文本'],
    [[snippet({ favorite: 'yes' })], '第 1 条素材，字段 favorite）：收藏应为 true 或 false'],
    [[snippet({ kind: '杂项' })], '第 1 条素材，字段 kind）：类别只能是'],
    [[snippet({ source: '来'.repeat(300) })], '第 1 条素材，字段 source）：来源不能超过 260 个字'],
    [[snippet({ headingPath: '一、' })], '第 1 条素材，字段 headingPath）：所在标题应为列表'],
    [['只是一句话'], '第 1 条素材）：应为对象'],
  ])('names the snippet and the field in Chinese (%#)', (snippets, expected) => {
    const message = problem(file(snippets));
    expect(message).toContain(`“分享.json”不是有效的素材分享文件（${expected}`);
    expect(message).not.toMatch(NO_ENGLISH);
  });

  it('keeps the messages of the file itself', () => {
    expect(problem('{"format":"x","version":1,"snippets":[]}')).toBe('“分享.json”不是有效的素材分享文件（format）：不是公文写作台的素材分享文件');
    expect(problem(JSON.stringify({ format: SUBSET_FORMAT, version: 1 }))).toMatch(/（snippets）：缺少素材列表/);
    expect(problem(JSON.stringify({ format: SUBSET_FORMAT, version: 1, snippets: {} }))).toMatch(/（snippets）：素材列表应为列表/);
    expect(problem('[1]')).not.toMatch(NO_ENGLISH);
  });
});

describe('share-file size limit', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    temp = makeTempDir();
  });
  afterAll(() => temp.cleanup());

  it('refuses a file over the limit before reading it, naming the limit', async () => {
    const big = path.join(temp.dir, '大分享.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_SUBSET_BYTES + 5 * 1024 * 1024);
    const lib = new LibraryService(path.join(temp.dir, 'library.db'), () => new Date('2026-04-08T09:00:00Z'));
    try {
      await expect(lib.importSubset(big)).rejects.toThrow(
        `“大分享.json”有 ${((MAX_SUBSET_BYTES + 5 * 1024 * 1024) / 1024 / 1024).toFixed(0)} MB，超过素材分享文件的上限（${MAX_SUBSET_BYTES / 1024 / 1024} MB），不能导入。`,
      );
    } finally {
      lib.close();
    }
  });
});
