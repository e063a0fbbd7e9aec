import { describe, expect, it } from 'vitest';
import { jaccard, normaliseForIdentity, TrigramMatcher, trigrams, trigramSimilarity } from './similarity';

describe('text identity', () => {
  it('treats full- and half-width punctuation, digits and spaces as the same text', () => {
    expect(normaliseForIdentity('发展,群众 获得感；ＧＤＰ增长２％')).toBe(normaliseForIdentity('发展，群众获得感;gdp增长2%'));
  });

  it('measures trigram Jaccard similarity', () => {
    expect(trigrams('营商环境').size).toBe(2);
    // 营商环 and 商环境 shared, 环境建 and 境建设 not: 2 / 4.
    expect(jaccard(trigrams('营商环境'), trigrams('营商环境建设'))).toBe(0.5);
    expect(jaccard(trigrams('营商'), trigrams('营商'))).toBe(1);
    expect(jaccard(trigrams(''), trigrams(''))).toBe(1);
    expect(jaccard(trigrams('aba'), trigrams('bab'))).toBe(0);
    const base =
      '坚持把优化营商环境作为根本性、长期性、战略性任务，作为发展的命门之穴。落实全省优化营商环境大会精神，深化“放管服”改革，' +
      '推行“一网通办”，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至80个工作日以内，市场主体活力持续增强。';
    expect(trigramSimilarity(base, base.replace('全省', '全市'))).toBeGreaterThan(0.94);
    // Each changed character breaks up to three trigrams: two edits in a 110-character paragraph already fall below 0.9.
    expect(trigramSimilarity(base, base.replace('1个工作日', '2个工作日').replace('80个', '60个'))).toBeLessThan(0.9);
    expect(trigramSimilarity(base, '完善就业服务体系，推进医疗和养老服务。')).toBeLessThan(0.1);
  });

  it('counts a repeated window once, and a window with a character beyond the BMP like any other', () => {
    // 𠮷 (U+20BB7) is one code point: 𠮷野家 is one window, kept beside the numbered ones.
    expect(trigrams('吉野家吉野家').size).toBe(3);
    expect(trigrams('𠮷野家𠮷野家').size).toBe(3);
    expect(jaccard(trigrams('𠮷野家的牛肉饭'), trigrams('𠮷野家的牛肉饭'))).toBe(1);
    // 𠮷野家, 野家的, 家的牛, 的牛肉, 牛肉饭 against 吉野家, 野家的, …: the first window differs.
    expect(jaccard(trigrams('𠮷野家的牛肉饭'), trigrams('吉野家的牛肉饭'))).toBeCloseTo(4 / 6);
  });

  it('gives the same similarity as the plain definition over sets of window strings', () => {
    const reference = (x: string, y: string) => {
      const windows = (t: string) => {
        const c = [...t];
        return new Set(c.length < 3 ? (c.length ? [c.join('')] : []) : c.slice(2).map((_, i) => c[i]! + c[i + 1]! + c[i + 2]!));
      };
      const a = windows(x);
      const b = windows(y);
      if (a.size === 0 && b.size === 0) return 1;
      const shared = [...a].filter((t) => b.has(t)).length;
      return shared / (a.size + b.size - shared);
    };
    const alphabet = [...'党建工作营商环境发展2024年，。𠮷𡈽ab'];
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const text = () => Array.from({ length: Math.floor(rnd() * 40) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const x = text();
      const y = rnd() < 0.5 ? text() : x.slice(0, Math.floor(rnd() * x.length)) + text();
      expect(jaccard(trigrams(x), trigrams(y))).toBeCloseTo(reference(x, y), 12);
    }
  });

  it('gives, through TrigramMatcher, exactly the number jaccard gives, one matcher against many texts', () => {
    // Short alphabets make repeated windows (counted once) and long texts make the reused table grow.
    const alphabets = [[...'党建工作营商环境发展2024年，。𠮷𡈽ab'], [...'一二三'], [...'环境发展𠮷']];
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const text = (alphabet: string[], most: number) => Array.from({ length: Math.floor(rnd() * most) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    let compared = 0;
    for (let round = 0; round < 60; round++) {
      const alphabet = alphabets[round % alphabets.length]!;
      const x = text(alphabet, 200);
      const set = trigrams(x);
      const matcher = new TrigramMatcher(set);
      for (let k = 0; k < 40; k++) {
        const cut = Math.floor(rnd() * x.length);
        const y = rnd() < 0.3 ? text(alphabet, k === 7 ? 3000 : 200) : x.slice(0, cut) + text(alphabet, 10) + x.slice(cut + Math.floor(rnd() * 5));
        expect(matcher.similarity(y)).toBe(jaccard(set, trigrams(y)));
        compared++;
      }
    }
    expect(compared).toBe(2400);
    expect(new TrigramMatcher(trigrams('')).similarity('')).toBe(1);
    expect(new TrigramMatcher(trigrams('营商')).similarity('营商')).toBe(1);
    expect(new TrigramMatcher(trigrams('营商环境')).similarity('营商环境建设')).toBe(0.5);
  });
});
