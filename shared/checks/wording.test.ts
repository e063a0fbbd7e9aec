import { describe, expect, it } from 'vitest';
import { WORDING_NORMS } from './data/wording-norms';
import { checkWording } from './wording';

const at = (text: string) => checkWording(text).map((f) => [f.text, f.suggestion]);

describe('norm/wording', () => {
  it('fires on each entry’s example and on none of its counterexamples', () => {
    for (const n of WORDING_NORMS) {
      const found = checkWording(n.example);
      expect(found.length, n.example).toBe(1);
      expect(found[0]!.suggestion, n.example).toBe(n.right);
      expect(found[0]!.message, n.example).toContain(n.source.title);
      for (const c of n.counterExamples) expect(checkWording(c), c).toEqual([]);
    }
  });

  it('keeps the quotes right when it rewrites 一带一路战略', () => {
    expect(at('积极融入“一带一路”战略')).toEqual([['一带一路”战略', '一带一路”倡议']]);
    expect(at('积极融入一带一路战略')).toEqual([['一带一路战略', '“一带一路”倡议']]);
  });

  it('flags 四个意识 and 四个自信 out of their order, not in it', () => {
    expect(at('增强政治意识、大局意识、核心意识、看齐意识')).toEqual([]);
    expect(at('增强政治意识、核心意识、大局意识、看齐意识')).toEqual([
      ['政治意识、核心意识、大局意识、看齐意识', '政治意识、大局意识、核心意识、看齐意识'],
    ]);
    expect(at('坚定道路自信、理论自信、制度自信、文化自信')).toEqual([]);
    expect(at('坚定理论自信、道路自信、制度自信和文化自信')).toEqual([
      ['理论自信、道路自信、制度自信和文化自信', '道路自信、理论自信、制度自信、文化自信'],
    ]);
  });

  it('leaves the right formulations of a real report alone', () => {
    const text =
      '坚持以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义，在以习近平同志为核心的党中央坚强领导下，高质量共建“一带一路”。';
    expect(checkWording(text)).toEqual([]);
  });
});
