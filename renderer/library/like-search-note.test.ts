import { describe, expect, it } from 'vitest';
import { likeSearchNote } from './like-search-note';

const hits = (n: number) => ({ results: Array.from({ length: n }) as never[] });

describe('the note under a 1–2 character library search', () => {
  it('does not say the list was cut when every match is listed', () => {
    expect(likeSearchNote({ total: 13, totalIsLowerBound: false, ...hits(13) })).toBe('一两个字的词按逐条匹配查找；输入三个字以上可全文检索。');
  });

  it('says so when fewer are listed than matched', () => {
    expect(likeSearchNote({ total: 230, totalIsLowerBound: false, ...hits(50) })).toBe(
      '一两个字的词按逐条匹配查找，只列出前 50 条；输入三个字以上可全文检索。',
    );
  });

  it('says the scan stopped at its cap of recent matches', () => {
    expect(likeSearchNote({ total: 1000, totalIsLowerBound: true, ...hits(50) })).toBe(
      '一两个字的词按逐条匹配查找，只比对了最近的 1000 条匹配，只列出前 50 条；输入三个字以上可全文检索。',
    );
  });
});
