import { describe, expect, it } from 'vitest';
import { countWords } from './word-count';

describe('countWords (字数 as Word counts it)', () => {
  it('counts each Chinese character and Chinese punctuation mark', () => {
    expect(countWords('你好，世界。')).toBe(6);
    expect(countWords('“四个意识”')).toBe(6);
    expect(countWords('《准则》《条例》')).toBe(8);
  });

  it('counts a run of Latin letters or digits as one', () => {
    expect(countWords('2026年')).toBe(2);
    expect(countWords('PM2.5浓度')).toBe(3);
    expect(countWords('完成GDP 5.2%')).toBe(4);
    expect(countWords('736.21亿元')).toBe(3);
  });

  it('ignores spaces, ideographic spaces and line breaks', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \u3000\n')).toBe(0);
    expect(countWords('扛稳责任  固强补弱\n砥砺奋进')).toBe(12);
  });

  it('treats half-width punctuation between Chinese words as a run of its own', () => {
    expect(countWords('发展,群众')).toBe(5);
  });
});

describe('countWords edge cases', () => {
  it('counts an ideograph outside the BMP once (surrogate pair)', () => {
    expect(countWords('𠀋字')).toBe(2);
  });
  it('counts full-width digits as East Asian characters', () => {
    expect(countWords('２０２６')).toBe(4);
  });
});
