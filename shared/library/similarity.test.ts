import { describe, expect, it } from 'vitest';
import { jaccard, normaliseForIdentity, trigrams, trigramSimilarity } from './similarity';

describe('text identity', () => {
  it('treats full- and half-width punctuation, digits and spaces as the same text', () => {
    expect(normaliseForIdentity('发展,群众 获得感；ＧＤＰ增长２％')).toBe(normaliseForIdentity('发展，群众获得感;gdp增长2%'));
  });

  it('measures trigram Jaccard similarity', () => {
    expect(trigrams('营商环境')).toEqual(new Set(['营商环', '商环境']));
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    const base =
      '坚持把优化营商环境作为根本性、长期性、战略性任务，作为发展的命门之穴。落实全省优化营商环境大会精神，深化“放管服”改革，' +
      '推行“一网通办”，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至80个工作日以内，市场主体活力持续增强。';
    expect(trigramSimilarity(base, base.replace('全省', '全市'))).toBeGreaterThan(0.94);
    // Each changed character breaks up to three trigrams: two edits in a 110-character paragraph already fall below 0.9.
    expect(trigramSimilarity(base, base.replace('1个工作日', '2个工作日').replace('80个', '60个'))).toBeLessThan(0.9);
    expect(trigramSimilarity(base, '完善就业服务体系，推进医疗和养老服务。')).toBeLessThan(0.1);
  });
});
