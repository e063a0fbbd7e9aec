import { describe, expect, it } from 'vitest';
import { highlightRanges, queryTerms, searchMode } from './query';

describe('library queries', () => {
  it('splits a query into distinct terms at spaces (also ideographic), dropping quotes', () => {
    expect(queryTerms('  营商环境　党建 "主题教育" 党建 ')).toEqual(['营商环境', '党建', '主题教育']);
    expect(queryTerms('')).toEqual([]);
  });

  it('routes 1–2 character queries to LIKE, longer ones to the trigram index, empty ones to browsing', () => {
    expect(searchMode(queryTerms('党建'))).toBe('like');
    expect(searchMode(queryTerms('X'))).toBe('like');
    expect(searchMode(queryTerms('营商环境'))).toBe('fts');
    expect(searchMode(queryTerms('营商环境 党建'))).toBe('fts');
    expect(searchMode([])).toBe('browse');
  });

  it('gives merged highlight ranges whose slices are the terms (ASCII case-insensitive)', () => {
    const text = '推进党建引领，党建工作与GDP增长、gdp核算并重。';
    const ranges = highlightRanges(text, ['党建', 'GDP']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['党建', '党建', 'GDP', 'gdp']);
    const overlap = highlightRanges('营商环境优化', ['营商', '商环境']);
    expect(overlap).toEqual([{ start: 0, end: 4 }]);
  });

  it('counts offsets in UTF-16 units, as the editor does, past characters outside the BMP', () => {
    const text = '𠀋党建';
    expect(highlightRanges(text, ['党建'])).toEqual([{ start: 2, end: 4 }]);
  });
});
