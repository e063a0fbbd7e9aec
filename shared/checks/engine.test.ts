import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import type { DocParagraph } from '../document/roles';
import { checkDocument, checkParagraph, checkStructure, IncrementalChecker } from './engine';
import { RULE_CATALOGUE, ruleInfo } from './rule-catalogue';
import { CHECK_CATEGORIES } from './types';

const REPORT = [
  '区2026年工作要点',
  '区委、区政府：',
  '今年是“十五五”开局之年。截止目前，全区开展专项督查X次,发现问题的的整改到位。',
  '一、总体要求',
  '（一）压实安全生产责任。一是加强领导；三是强化考核。',
  '（二）加快项目建设',
  '（二）优化营商环境',
  '二、主要任务',
  '坚持“两个毫不动摇，全面贯彻党的十九届四中全会精神，全年完成736．21亿元。',
  'X府发[2026]3号',
  '在以习近平总书记为核心的党中央坚强领导下，巩固拓展脱贫攻坚成果。',
];

describe('checkDocument', () => {
  const paragraphs = detectRoles(REPORT);
  const result = checkDocument(paragraphs);

  it('detects the year and finds every category', () => {
    expect(result.year).toBe(2026);
    const categories = new Set(result.findings.map((f) => f.category));
    for (const category of CHECK_CATEGORIES) expect(categories, category).toContain(category);
  });

  it('gives each finding its rule’s catalogue severity and a clause', () => {
    for (const f of result.findings) {
      expect(ruleInfo(f.rule), f.rule).toBeDefined();
      expect(ruleInfo(f.rule)!.clause, f.rule).toMatch(/GB\/T (9704|15834|15835)|单位规范|规范表述/);
      if (f.category !== 'stale') expect(f.severity, f.rule).toBe(ruleInfo(f.rule)!.severity);
    }
  });

  it('keeps error for what is certainly wrong: placeholders, open pairs, impossible numbering', () => {
    const errors = Object.entries(RULE_CATALOGUE)
      .filter(([, info]) => info.severity === 'error')
      .map(([rule]) => rule);
    for (const rule of errors) expect(rule).toMatch(/^placeholder\/|^pairing\/unbalanced$|^numbering\/(skip|repeat|backward|enumeration)$/);
  });

  it('reports every finding with text equal to its slice, in document order', () => {
    for (const f of result.findings) {
      expect(paragraphs[f.paragraph]!.text.slice(f.start, f.end), f.rule).toBe(f.text);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const order = result.findings.map((f) => [f.paragraph, f.start] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('lets the year be overridden', () => {
    expect(checkDocument(paragraphs, { year: 2020 }).year).toBe(2020);
    const stale2020 = checkDocument(paragraphs, { year: 2020 }).findings.filter((f) => f.category === 'stale');
    expect(stale2020.map((f) => f.text)).toContain('“十五五”开局之年');
  });

  it('reports a 发文字号 once, not its brackets again as punctuation', () => {
    const docNumber = result.findings.filter((f) => f.paragraph === 9);
    expect(docNumber.map((f) => f.rule)).toEqual(['placeholder/redaction', 'format/doc-number']);
  });

  it('reports an unfilled 【XX】 once, not its XX again', () => {
    const { findings } = checkDocument([{ role: 'body', text: '全年完成【XX】项。' }]);
    expect(findings.map((f) => [f.rule, f.text])).toEqual([['placeholder/bracket', '【XX】']]);
  });

  it('checks nothing in blank paragraphs', () => {
    expect(checkDocument([{ role: 'body', text: '   ' }])).toEqual({ year: null, findings: [] });
  });
});

describe('incremental checking', () => {
  it('gives the same findings as a full check, edit after edit', () => {
    const checker = new IncrementalChecker();
    let paragraphs: DocParagraph[] = detectRoles(REPORT);
    expect(checker.check(paragraphs)).toEqual(checkDocument(paragraphs));

    // A keystroke in one paragraph.
    paragraphs = paragraphs.map((p, i) => (i === 4 ? { ...p, text: `${p.text}二是` } : p));
    expect(checker.check(paragraphs)).toEqual(checkDocument(paragraphs));

    // A paragraph inserted above: findings below move with their paragraphs.
    paragraphs = [paragraphs[0]!, { role: 'body', text: '新增的的段落。' }, ...paragraphs.slice(1)];
    expect(checker.check(paragraphs)).toEqual(checkDocument(paragraphs));

    // The title's year changes: every stale finding is recomputed.
    paragraphs = paragraphs.map((p, i) => (i === 0 ? { ...p, text: '区2020年工作要点' } : p));
    expect(checker.check(paragraphs)).toEqual(checkDocument(paragraphs));
  });

  it('combines checkParagraph and checkStructure into the full result', () => {
    const paragraphs = detectRoles(REPORT);
    const year = 2026;
    const combined = [...paragraphs.flatMap((p, i) => checkParagraph(p, i, { year })), ...checkStructure(paragraphs)];
    expect(combined.length).toBeGreaterThanOrEqual(checkDocument(paragraphs).findings.length);
    expect(checkParagraph(paragraphs[2]!, 2, { year }).every((f) => f.paragraph === 2)).toBe(true);
  });

  it('re-checks a 50,000-character report fast, and one edited paragraph much faster', () => {
    const body = '全区上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展，全年实现地区生产总值736.21亿元，增长5.2%。';
    const texts = ['区2026年工作要点', '区委、区政府：'];
    for (let i = 0; texts.join('').length < 50_000; i++) {
      texts.push(i % 10 === 0 ? `${'一二三四五六七八九十'[(i / 10) % 10]}、重点任务` : body.repeat(3));
    }
    const paragraphs = detectRoles(texts);
    for (let i = 0; i < 3; i++) checkDocument(paragraphs); // warm up
    const full = median(() => checkDocument(paragraphs));
    expect(full).toBeLessThan(50); // a few ms on a desktop; generous for slow CI machines

    const checker = new IncrementalChecker();
    checker.check(paragraphs);
    let n = 0;
    const keystroke = median(() => {
      const edited = paragraphs.slice();
      edited[5] = { ...edited[5]!, text: `${edited[5]!.text}${n++ % 10}` };
      checker.check(edited);
    });
    expect(keystroke).toBeLessThan(full);
    const one = median(() => checkParagraph(paragraphs[5]!, 5, { year: 2026 }));
    expect(one).toBeLessThan(2);
  });
});

function median(fn: () => void, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
