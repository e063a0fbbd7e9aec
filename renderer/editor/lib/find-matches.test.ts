import { describe, expect, it } from 'vitest';
import { findMatches } from './find-matches';

describe('findMatches', () => {
  it('finds non-overlapping occurrences per paragraph with offsets', () => {
    const paragraphs = [
      { key: 'a', text: '区委区委区委' },
      { key: 'b', text: '没有' },
      { key: 'c', text: '学习贯彻区委全会' },
    ];
    expect(findMatches(paragraphs, '区委')).toEqual([
      { key: 'a', start: 0, end: 2 },
      { key: 'a', start: 2, end: 4 },
      { key: 'a', start: 4, end: 6 },
      { key: 'c', start: 4, end: 6 },
    ]);
    expect(findMatches([{ key: 'a', text: 'XXX' }], 'XX')).toEqual([{ key: 'a', start: 0, end: 2 }]);
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches([{ key: 'a', text: 'abc' }], '')).toEqual([]);
  });
});
