import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE, findHouseStyle } from './house-style';
import { checkHouseStyle } from './house-style-rules';

const strict = findHouseStyle('strict')!;
const sentence = findHouseStyle('sentence-headings')!;
const at = (text: string, style = strict, role: 'body' | 'heading3' = 'body') =>
  checkHouseStyle({ role, text }, style).map((f) => [f.rule, f.severity, f.text, f.suggestion]);

describe('house-style rules (单位规范)', () => {
  // 国务院政府工作报告 2021: 扎实做好“六稳”工作、全面落实“六保”任务 / 各地各部门“六稳”“六保”
  it('the default style flags none of the arguable forms', () => {
    expect(at('扎实做好“六稳”、“六保”工作', DEFAULT_HOUSE_STYLE)).toEqual([]);
    expect(at('1.指导思想。', DEFAULT_HOUSE_STYLE, 'heading3')).toEqual([]);
    expect(at('「放管服」改革', DEFAULT_HOUSE_STYLE)).toEqual([]);
  });

  it('国标从严: no 顿号 between quoted or titled items (GB/T 15834 4.5.3.5)', () => {
    expect(at('扎实做好“六稳”、“六保”工作')).toEqual([['punctuation/quoted-list-comma', 'info', '、', '']]);
    expect(at('认真学习《中国共产党章程》、《中国共产党纪律处分条例》')).toEqual([['punctuation/quoted-list-comma', 'info', '、', '']]);
    // Other words between the quoted items: the 顿号 stays (4.5.3.5).
    expect(at('“六稳”工作、“六保”任务')).toEqual([]);
  });

  it('标题带句号: a 顿号 between quoted items is kept', () => {
    expect(at('统筹做好“六稳”“六保”工作', sentence)).toEqual([['punctuation/quoted-list-comma', 'info', '”“', '”、“']]);
    expect(at('统筹做好“六稳”、“六保”工作', sentence)).toEqual([]);
  });

  it('the third-level point follows the style', () => {
    expect(at('1．指导思想。', strict, 'heading3')).toEqual([['punctuation/level3-point', 'info', '1．', '1.']]);
    expect(at('12.加强组织领导。', sentence, 'heading3')).toEqual([['punctuation/level3-point', 'info', '12.', '12．']]);
    expect(at('1.指导思想。', strict, 'heading3')).toEqual([]);
  });

  it('国标从严: corner quotes become “” (GB/T 15834 4.8)', () => {
    expect(at('深化「放管服」改革')).toEqual([
      ['punctuation/corner-quotes', 'info', '「', '“'],
      ['punctuation/corner-quotes', 'info', '」', '”'],
    ]);
  });
});
