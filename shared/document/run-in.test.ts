import { describe, expect, it } from 'vitest';
import { RUN_IN_HEADING_MAX_CHARS, splitRunInHeading } from './run-in';

describe('splitRunInHeading', () => {
  it('splits at the first 。 followed by more text', () => {
    expect(splitRunInHeading('（一）压实安全生产责任。街道党工委高度重视。')).toEqual({
      headingPart: '（一）压实安全生产责任。',
      rest: '街道党工委高度重视。',
    });
    expect(splitRunInHeading('1．强化统筹安排，明确责任目标。充分发挥……')).toEqual({
      headingPart: '1．强化统筹安排，明确责任目标。',
      rest: '充分发挥……',
    });
  });

  it('returns an own-line heading whole', () => {
    expect(splitRunInHeading('一、加强学习，统一思想')).toEqual({ headingPart: '一、加强学习，统一思想', rest: '' });
    // A closing 。 with nothing after it (a punctuation finding, still a heading: sample 004).
    expect(splitRunInHeading('（九）在坚持和完善党和国家监督体系方面。')).toEqual({
      headingPart: '（九）在坚持和完善党和国家监督体系方面。',
      rest: '',
    });
    expect(splitRunInHeading('（九）方面。  ')).toEqual({ headingPart: '（九）方面。  ', rest: '' });
  });

  it('ignores a 。 inside quotes, 书名号 and brackets', () => {
    expect(splitRunInHeading('2．巩固“不忘初心。牢记使命”主题教育成果。把不忘初心……')).toEqual({
      headingPart: '2．巩固“不忘初心。牢记使命”主题教育成果。',
      rest: '把不忘初心……',
    });
    expect(splitRunInHeading('（二）学习《决定。》精神。会议要求……').headingPart).toBe('（二）学习《决定。》精神。');
    expect(splitRunInHeading('（二）落实要求（见附件。）到位。会议要求……').headingPart).toBe('（二）落实要求（见附件。）到位。');
  });

  it('falls back to the first 。 when quotes never close', () => {
    expect(splitRunInHeading('（三）坚持“两个毫不动摇。推动发展……')).toEqual({
      headingPart: '（三）坚持“两个毫不动摇。',
      rest: '推动发展……',
    });
  });

  it('keeps the text whole: headingPart + rest is the paragraph', () => {
    for (const text of ['（一）压实责任。  后文', '一、标题', '1、全区完成投资X亿元。', '']) {
      const { headingPart, rest } = splitRunInHeading(text);
      expect(headingPart + rest).toBe(text);
    }
  });

  it(`treats a first sentence over ${RUN_IN_HEADING_MAX_CHARS} characters as body text with a number`, () => {
    const long = `1、${'全区完成固定资产投资X亿元同比增长'.repeat(4)}。其中工业投资X亿元。`;
    expect(splitRunInHeading(long)).toEqual({ headingPart: '', rest: long });
    // Sample 001's longest run-in heading (56 characters) is still a heading.
    const sample = '（二）以庆祝新中国成立70周年和开展“不忘初心、牢记使命”主题教育为契机，充分激发党员干部干事创业热情和积极性。机关、企业……';
    expect(splitRunInHeading(sample).headingPart).toHaveLength(56);
  });

  it('treats a long numbered sentence on its own line as body, a long unpunctuated heading as heading', () => {
    const sentence = `1、${'全区完成固定资产投资X亿元'.repeat(6)}。`;
    expect(splitRunInHeading(sentence).headingPart).toBe('');
    const heading = `三、${'落实以人民为中心的发展思想'.repeat(6)}`; // 80 characters, no closing punctuation
    expect(splitRunInHeading(heading).headingPart).toBe(heading);
    const tooLong = `三、${'落实以人民为中心的发展思想'.repeat(8)}`;
    expect(splitRunInHeading(tooLong).headingPart).toBe('');
  });
});
