import { describe, expect, it } from 'vitest';
import { normaliseParagraph, splitLines } from './paragraph-text';

describe('paragraph text', () => {
  it('splits at line feeds, form feeds and vertical tabs', () => {
    expect(splitLines('一\n二\f三\v四')).toEqual(['一', '二', '三', '四']);
  });

  it('trims indentation and strips control characters but keeps inner spaces and tabs', () => {
    expect(normaliseParagraph('\u3000\u3000扛稳责任  固强补弱\u3000 ')).toBe('扛稳责任  固强补弱');
    expect(normaliseParagraph('\ufeff项目\t金额\u0000\u0007\u0085')).toBe('项目\t金额');
  });
});
