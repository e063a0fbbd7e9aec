import { describe, expect, it } from 'vitest';
import { formatMarker, parseNumbering } from './numbering';

describe('parseNumbering', () => {
  it.each([
    // text, level, marker, value, form, canonical
    ['一、加强学习', 1, '一、', 1, 'canonical', '一、'],
    ['十二、其他事项', 1, '十二、', 12, 'canonical', '十二、'],
    ['二十三、附则', 1, '二十三、', 23, 'canonical', '二十三、'],
    ['一.加强学习', 1, '一.', 1, 'wrong', '一、'],
    ['三．加强学习', 1, '三．', 3, 'wrong', '三、'],
    ['一，加强学习', 1, '一，', 1, 'wrong', '一、'],
    ['（一）压实安全生产责任。街道党工委', 2, '（一）', 1, 'canonical', '（一）'],
    ['（十一）其他', 2, '（十一）', 11, 'canonical', '（十一）'],
    ['(一)压实责任', 2, '(一)', 1, 'wrong', '（一）'],
    ['（一）、压实责任', 2, '（一）、', 1, 'wrong', '（一）'],
    ['(一)、压实责任', 2, '(一)、', 1, 'wrong', '（一）'],
    ['（一.压实责任', 2, '（一.', 1, 'wrong', '（一）'],
    ['（二)压实责任', 2, '（二)', 2, 'wrong', '（二）'],
    ['1．强化统筹安排', 3, '1．', 1, 'canonical', '1．'],
    ['1.强化统筹安排', 3, '1.', 1, 'canonical', '1.'],
    ['12．强化统筹安排', 3, '12．', 12, 'canonical', '12．'],
    ['1、强化统筹安排', 3, '1、', 1, 'wrong', '1．'],
    ['1,强化统筹安排', 3, '1,', 1, 'wrong', '1.'],
    ['１．强化统筹安排', 3, '１．', 1, 'wrong', '1．'],
    ['（1）完善制度', 4, '（1）', 1, 'canonical', '（1）'],
    ['（10）完善制度', 4, '（10）', 10, 'canonical', '（10）'],
    ['(1)完善制度', 4, '(1)', 1, 'wrong', '（1）'],
    ['（1）、完善制度', 4, '（1）、', 1, 'wrong', '（1）'],
    ['（１）完善制度', 4, '（１）', 1, 'wrong', '（1）'],
  ] as const)('%s → level %i %s', (text, level, marker, value, form, canonicalMarker) => {
    expect(parseNumbering(text)).toEqual({ level, marker, value, form, canonicalMarker, offset: 0 });
  });

  it('parses a marker typed alone (live typing)', () => {
    expect(parseNumbering('一、')?.level).toBe(1);
    expect(parseNumbering('（一）')?.level).toBe(2);
    expect(parseNumbering('1．')?.level).toBe(3);
    expect(parseNumbering('（1）')?.level).toBe(4);
  });

  it('skips indentation and reports where the marker starts', () => {
    expect(parseNumbering('\u3000\u3000二、进一步认清形势')).toMatchObject({ level: 1, marker: '二、', offset: 2 });
    expect(parseNumbering('  （三）加快转变')).toMatchObject({ level: 2, offset: 2 });
  });

  it.each([
    ['一是精心打造城市新商圈。二是……', 'an 一是 enumeration'],
    ['二是竭力助推经济转型升级', 'an 二是 enumeration'],
    ['2020年是全面建成小康社会之年', 'a year'],
    ['1．12亿元用于疫情防控', 'a decimal with a full-width point'],
    ['1.5万人次参加', 'a decimal'],
    ['1、2月份完成投资', 'a range of months'],
    ['736．21亿元', 'a decimal'],
    ['0．试验', 'zero'],
    ['（2020年）', 'a year in parentheses'],
    ['（2019—2023年）', 'a year range'],
    ['(1.5)倍', 'a decimal in parentheses'],
    ['一、二、三等奖各X名', 'a list of numerals'],
    ['一、二季度经济运行平稳', 'quarters'],
    ['一十、', 'a malformed numeral'],
    ['第一，坚持学习', '第一'],
    ['首先，坚持学习', 'no marker'],
    ['区委办：', 'no marker'],
    ['', 'empty text'],
    ['1234．', 'four digits'],
  ])('%s is not a marker (%s)', (text) => {
    expect(parseNumbering(text)).toBeNull();
  });
});

describe('formatMarker', () => {
  it('writes the canonical form of each level', () => {
    expect(formatMarker(1, 3)).toBe('三、');
    expect(formatMarker(1, 21)).toBe('二十一、');
    expect(formatMarker(2, 10)).toBe('（十）');
    expect(formatMarker(3, 2)).toBe('2．');
    expect(formatMarker(3, 2, { point: '.' })).toBe('2.');
    expect(formatMarker(4, 7)).toBe('（7）');
  });

  it('agrees with parseNumbering for every level and value', () => {
    for (const level of [1, 2, 3, 4] as const) {
      for (let value = 1; value <= 99; value++) {
        const marker = formatMarker(level, value);
        expect(parseNumbering(`${marker}标题`)).toMatchObject({ level, value, marker, form: 'canonical' });
      }
    }
  });

  it('refuses values no marker has', () => {
    expect(() => formatMarker(3, 0)).toThrow(RangeError);
    expect(() => formatMarker(4, 1000)).toThrow(RangeError);
    expect(formatMarker(3, 130)).toBe('130．'); // a 通报 lists 130 items
    expect(() => formatMarker(1, 100)).toThrow(RangeError);
  });
});
