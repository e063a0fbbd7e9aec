import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from './chinese-numerals';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [23, '二十三'],
    [90, '九十'],
    [99, '九十九'],
  ])('%i ↔ %s', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('round-trips every value a marker can take', () => {
    for (let v = 1; v <= 99; v++) expect(parseChineseNumeral(toChineseNumeral(v))).toBe(v);
  });

  it.each(['一十', '十十', '二二', '十一一', '', '零', '百'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it.each([0, 100, 1.5, -1])('refuses to write %d', (value) => {
    expect(() => toChineseNumeral(value)).toThrow(RangeError);
  });
});
