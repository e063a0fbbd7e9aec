import { describe, expect, it } from 'vitest';
import { firstFillIn } from './fill-in';

describe('firstFillIn', () => {
  it('finds the first unfilled field or prompt, whichever comes first', () => {
    expect(firstFillIn(['和平区2026年工作要点', '', '今年是【写明定位】的一年，{{上级精神}}……'])).toEqual({ paragraph: 2, start: 3, end: 9 });
    expect(firstFillIn(['{{单位名称}}关于……的报告'])).toEqual({ paragraph: 0, start: 0, end: 8 });
  });

  it('skips fill-in marks and finds nothing in a draft without blanks', () => {
    expect(firstFillIn(['待补充事项：【待补充】', '全年开展检查120次。'])).toBeNull();
  });
});
