import { describe, expect, it } from 'vitest';
import { checkPairing } from './pairing';

const flagged = (text: string) => checkPairing(text).map((f) => [f.rule, f.text, f.start]);

describe('pairing check', () => {
  it('flags an opening mark without its closing one', () => {
    expect(flagged('坚持“两个毫不动摇，推动发展')).toEqual([['pairing/unbalanced', '“', 2]]);
    expect(flagged('学习《条例，深刻领会')).toEqual([['pairing/unbalanced', '《', 2]]);
    expect(flagged('着力强化“大抓落实”的工作作风、“为X创新发展提供坚强保证。')).toEqual([['pairing/unbalanced', '“', 16]]);
  });

  it('flags a closing mark without its opening one', () => {
    expect(flagged('两个毫不动摇”，推动发展')).toEqual([['pairing/unbalanced', '”', 6]]);
    expect(flagged('方案（试行））')).toEqual([['pairing/unbalanced', '）', 6]]);
  });

  it('accepts balanced and properly nested marks', () => {
    for (const text of [
      '做到“两个维护”，增强“四个意识”',
      '《关于〈条例〉的说明》',
      '他说：“要牢记‘两个务必’。”',
      '实施方案（试行)',
      '制定《X区关于推进“三治”并进的实施方案（试行）》',
      '一是加强领导；1）明确责任；2）压实任务',
      'China’s economy',
      '【打击倒卖】〔2026〕「引文」『引文』',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
  });

  it('flags a 书名号 inside a 书名号 and suggests the single one', () => {
    const [f] = checkPairing('《关于《条例》的说明》');
    expect(f).toMatchObject({ rule: 'pairing/nesting', text: '《条例》', suggestion: '〈条例〉', severity: 'warning' });
  });

  it('flags 〈〉 outside 《》 and a quotation inside a quotation', () => {
    expect(checkPairing('学习〈条例〉').map((f) => f.suggestion)).toEqual(['《条例》']);
    expect(checkPairing('他说：“要牢记“两个务必”。”').map((f) => f.suggestion)).toEqual(['‘两个务必’']);
  });

  it('flags crossed marks', () => {
    expect(flagged('“《条例”》')).toEqual([
      ['pairing/unbalanced', '《', 1],
      ['pairing/unbalanced', '》', 5],
    ]);
  });

  it('reports offsets that slice to the flagged text', () => {
    const text = '坚持“两个毫不动摇，学习《关于《条例》的说明》）';
    for (const f of checkPairing(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
