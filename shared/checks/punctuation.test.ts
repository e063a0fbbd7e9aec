import { describe, expect, it } from 'vitest';
import type { DocParagraph, ParagraphRole } from '../document/roles';
import { checkPunctuation } from './punctuation';

const p = (text: string, role: ParagraphRole = 'body'): DocParagraph => ({ role, text });
const flagged = (text: string, role: ParagraphRole = 'body') =>
  checkPunctuation(p(text, role)).map((f) => [f.text, f.suggestion ?? null]);

describe('punctuation check', () => {
  it('flags half-width marks in Chinese text with the full-width suggestion (sample 001)', () => {
    expect(flagged('各项事业全面发展,群众获得感不断提升')).toEqual([[',', '，']]);
    expect(flagged('营商环境需要进一步优化;部分党员干部不敢担当')).toEqual([[';', '；']]);
    expect(flagged('会议要求:一是提高认识')).toEqual([[':', '：']]);
    expect(flagged('你准备好了吗?我们出发!')).toEqual([['?', '？'], ['!', '！']]);
    expect(flagged('发展, 群众')).toEqual([[', ', '，']]);
  });

  it('treats half-width parentheses as a pair', () => {
    expect(flagged('《条例》(2020年修订)规定')).toEqual([['(', '（'], [')', '）']]);
    expect(flagged('第(1)项')).toEqual([['(', '（'], [')', '）']]);
    expect(flagged('应用程序接口API(Application Programming Interface)是')).toEqual([]);
  });

  it('flags half-width quotes next to Chinese, alternating open and close', () => {
    expect(flagged('坚持"两个毫不动摇"不放松')).toEqual([['"', '“'], ['"', '”']]);
  });

  it('flags a half-width full stop after Chinese text', () => {
    expect(flagged('圆满完成全年任务.')).toEqual([['.', '。']]);
  });

  it('leaves numbers, units, Latin and addresses alone', () => {
    for (const text of [
      '优良天数比例达98.5%，PM2.5平均浓度为38微克/立方米',
      '会议于10:30开始，办理1.2万件，总额1,000万元',
      '详见https://www.gov.cn/zhengce/index.htm?id=1，或发送邮件至office@example.gov.cn',
      'The meeting starts at 10:30, right?',
      '1．强化统筹安排，明确责任目标。',
      '(一)加强领导',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('flags full-width digits and letters', () => {
    expect(flagged('２０２６年完成ＧＤＰ目标')).toEqual([
      ['２０２６', '2026'],
      ['ＧＤＰ', 'GDP'],
    ]);
    expect(flagged('ＰＭ２．５浓度')).toEqual([['ＰＭ２．５', 'PM2.5']]);
    expect(flagged('ＸＸ街道')).toEqual([]); // a redaction: the placeholder check reports it
  });

  it('flags a full-width decimal point inside numbers, not a heading marker (sample 002)', () => {
    expect(flagged('全区实现国内生产总值736．21亿元，增长1．5％')).toEqual([
      ['736．21', '736.21'],
      ['1．5', '1.5'],
    ]);
    expect(flagged('1．12亿元用于保障')).toEqual([['1．12', '1.12']]);
    expect(flagged('2．科学开展疫情监测处置。坚持外防输入。', 'heading3')).toEqual([]);
  });

  it('flags doubled marks', () => {
    expect(flagged('完成任务。。下一步')).toEqual([['。。', '。']]);
    expect(flagged('发展，，群众')).toEqual([['，，', '，']]);
    expect(flagged('发展，。')).toEqual([['，。', null]]);
    expect(flagged('正在研究……')).toEqual([]);
  });

  it('flags closing punctuation on an own-line heading, not on a run-in heading (sample 004)', () => {
    // 。 alone is house style, judged against the other headings of the document (heading-stops.ts).
    expect(flagged('（一）指导思想。', 'heading2')).toEqual([]);
    expect(flagged('一、主要做法：', 'heading1')).toEqual([['：', '']]);
    expect(flagged('（一）压实安全生产责任。街道党工委召开专题会议。', 'heading2')).toEqual([]);
    expect(flagged('一、', 'heading1')).toEqual([]);
    expect(flagged('一、总体要求,', 'heading1')).toEqual([[',', '']]); // deleted, not made full-width
    expect(flagged('一、总体要求。。', 'heading1')).toEqual([['。。', '。']]);
    expect(flagged('在坚持和完善党和国家监督体系方面。')).toEqual([]); // body text
  });

  it('reports offsets that slice to the flagged text, as warnings', () => {
    const text = '发展,群众;优化:完成736．21亿元。。２０２６年"两个维护"(试行)';
    const findings = checkPunctuation(p(text));
    expect(findings.length).toBeGreaterThan(6);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.severity).toBe('warning');
      expect(f.category).toBe('punctuation');
    }
  });
});
