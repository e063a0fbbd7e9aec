import { describe, expect, it } from 'vitest';
import { parseUserTifaFile } from './tifa-schema';

const good = {
  wording: '“三个年”活动',
  kind: '工作提法',
  validFrom: 2022,
  validUntil: { year: 2023, month: 12 },
  action: '本单位2022—2023年开展，已结束',
  source: { title: '关于开展“三个年”活动的通知', issuer: '某市委', date: '2022-02-10' },
};

describe('user 提法 entries', () => {
  it('loads the valid entries and names each broken one by number and field, in Chinese', () => {
    const { entries, problems } = parseUserTifaFile({
      entries: [good, { ...good, wording: '', kind: '口号' }, { ...good, pattern: '(' }, { ...good, validUntil: 2023, action: undefined }],
    });
    expect(entries.map((e) => e.wording)).toEqual(['“三个年”活动']);
    expect(problems.map((p) => p.index)).toEqual([1, 2, 3]);
    expect(problems[0]!.message).toMatch(/^第 2 条：.*wording.*请填写提法/);
    expect(problems[0]!.message).toContain('kind');
    expect(problems[1]!.message).toContain('正则表达式写法有误');
    expect(problems[2]!.message).toContain('替代提法');
  });

  it('refuses a file that is not {"entries": [...]} and a pattern matching empty text', () => {
    expect(parseUserTifaFile([good]).problems[0]!.message).toContain('entries');
    expect(parseUserTifaFile({ entries: [{ ...good, pattern: 'a*' }] }).problems[0]!.message).toContain('空文本');
  });
});
