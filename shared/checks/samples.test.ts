/**
 * The five real reports in fixtures/samples: every mistake their README lists is found at its exact
 * paragraph and offset (paragraphs numbered as `gongwen convert` numbers them), and nothing at error
 * level is a false alarm (their errors are the redaction marks X, XX, 7X … and one unclosed quotation
 * mark in 004). Every finding outside the placeholders was reviewed by hand and is pinned in REVIEWED.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanupParagraphs } from '../document/cleanup';
import { detectRoles } from '../document/detect-roles';
import type { DocParagraph } from '../document/roles';
import { checkDocument } from './engine';
import type { Finding } from './types';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));

function loadSample(prefix: string): DocParagraph[] {
  const file = fs.readdirSync(samplesDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const lines = fs.readFileSync(samplesDir + file, 'utf8').split('\n');
  // As the importer does: site ads and watermarks out, then roles.
  return detectRoles(cleanupParagraphs(lines).paragraphs);
}

interface Expected {
  /** Where the README's mistake is: paragraph index (as `gongwen convert` numbers them) and offset. */
  paragraph: number;
  start: number;
  rule: string;
  text: string;
  suggestion?: string;
  /** Text right around the finding, to pin it to the README's example. */
  around?: string;
}

function expectFound(paragraphs: DocParagraph[], findings: Finding[], expected: Expected): void {
  const hit = findings.find((f) => f.paragraph === expected.paragraph && f.start === expected.start && f.rule === expected.rule);
  expect(hit, JSON.stringify(expected)).toBeDefined();
  expect(hit!.text).toBe(expected.text);
  expect(hit!.end).toBe(expected.start + expected.text.length);
  expect(paragraphs[hit!.paragraph]!.text.slice(hit!.start, hit!.end)).toBe(expected.text);
  if (expected.suggestion !== undefined) expect(hit!.suggestion).toBe(expected.suggestion);
  if (expected.around !== undefined) {
    const text = paragraphs[hit!.paragraph]!.text;
    expect(text.slice(Math.max(0, hit!.start - 10), hit!.end + 10)).toContain(expected.around);
  }
}

/** A redaction mark: X runs, alone or inside a number (7X, X7, X.X). */
const REDACTION = /^[0-9.．]*[XＸ]+(?:[0-9.．]*[XＸ]*)*$/;

const SAMPLES = ['000', '001', '002', '003', '004'] as const;
type Sample = (typeof SAMPLES)[number];
const loaded = new Map(SAMPLES.map((s) => [s, loadSample(s)]));
const results = new Map(SAMPLES.map((s) => [s, checkDocument(loaded.get(s)!)]));

/**
 * Every finding outside the placeholder category, reviewed by hand against the text: [paragraph,
 * start, rule, text, suggestion]. All are real mistakes. A rule change that adds or loses one fails
 * here, so the new finding gets the same review.
 */
type Row = [paragraph: number, start: number, rule: string, text: string, suggestion?: string];
const comma = (paragraph: number, start: number): Row => [paragraph, start, 'punctuation/half-width', ',', '，'];
const point = (paragraph: number, start: number, text: string): Row => [paragraph, start, 'punctuation/full-width-point', text, text.replace('．', '.')];
const REVIEWED: Readonly<Record<Sample, Row[]>> = {
  '000': [
    [1, 63, 'typo/table', '凝集', '凝聚'], // 凝集智慧力量
    [1, 212, 'typo/table', '做出', '作出'], // 做出应有的贡献
    [3, 234, 'typo/table', '做出', '作出'], // 做出新贡献
    [5, 344, 'repetition/char', '的的', '的'], // 创业激情的的新X
    [10, 70, 'typo/table', '过度', '过渡'], // 向城市社区环境管理模式过度
    [12, 126, 'typo/table', '确是', '确实'], // 确是做到应保尽保
  ],
  '001': [
    comma(4, 347), // 全面发展,群众获得感
    comma(14, 225), // 达到X%,比去年
    comma(19, 222), // 社会保障水平,持续
    comma(19, 255), // 达到X%,建成
    comma(20, 175), // “一岗双责”,全力
    comma(32, 77), // “四种形态”,共处置
    [32, 227, 'typo/table', '按受', '接受'], // 按受警示教育X人
    [33, 206, 'punctuation/half-width', ';', '；'], // 进一步优化;部分党员干部
  ],
  '002': [
    point(11, 267, '6．02'),
    point(12, 37, '1．12'),
    point(19, 522, '5．21'),
    point(22, 266, '97．65'),
    point(22, 278, '98．53'),
    point(22, 290, '99．89'),
    point(23, 29, '736．21'),
    point(23, 40, '1．5'),
    point(23, 53, '120．63'),
    point(23, 64, '7．7'),
    point(23, 85, '41．14'),
    point(23, 97, '86．16'),
    point(23, 313, '46．19'),
    point(23, 334, '15．33'),
    point(23, 380, '96．26'),
    point(23, 1050, '18．5'),
    point(24, 184, '0．7'),
    point(24, 654, '3．6'),
    point(24, 1774, '48．3'),
  ],
  '003': [[5, 269, 'repetition/char', '对对', '对']], // 加强对对X等背街小巷
  '004': [
    ...[90, 185, 222, 247, 257, 340, 386, 416, 451, 474, 501, 517, 526, 535, 564, 578, 627, 637, 661, 684, 704, 711, 743, 761, 804, 815, 835].map(
      (start) => comma(3, start),
    ),
    [3, 857, 'pairing/unbalanced', '“'], // 、“为X创新发展……提供坚强保证。 never closed
    [6, 618, 'typo/table', '做为', '作为'],
    [14, 169, 'repetition/word', '先后先后', '先后'],
    [21, 19, 'punctuation/heading-end', '。', ''], // （九）在坚持和完善党和国家监督体系方面。
    [22, 57, 'repetition/char', '和和', '和'], // 执纪监督和和X个
  ],
};

/** The X redactions each sample carries (all error level, all real placeholders). */
const PLACEHOLDERS: Readonly<Record<Sample, number>> = { '000': 37, '001': 159, '002': 71, '003': 25, '004': 101 };

describe('the five samples', () => {
  it('finds the mistakes listed for 000: 过度, 确是, 的的', () => {
    const p = loaded.get('000')!;
    const { findings } = results.get('000')!;
    expectFound(p, findings, { paragraph: 10, start: 70, rule: 'typo/table', text: '过度', suggestion: '过渡', around: '管理模式过度，' });
    expectFound(p, findings, { paragraph: 12, start: 126, rule: 'typo/table', text: '确是', suggestion: '确实', around: '确是做到' });
    expectFound(p, findings, { paragraph: 5, start: 344, rule: 'repetition/char', text: '的的', suggestion: '的', around: '的的新X' });
    expectFound(p, findings, { paragraph: 1, start: 63, rule: 'typo/table', text: '凝集', suggestion: '凝聚', around: '凝集智慧' });
  });

  it('finds the mistakes listed for 001: half-width commas and semicolon, the 7X placeholder', () => {
    const p = loaded.get('001')!;
    const { findings } = results.get('001')!;
    expectFound(p, findings, { paragraph: 4, start: 347, rule: 'punctuation/half-width', text: ',', suggestion: '，', around: '发展,群众' });
    expectFound(p, findings, { paragraph: 33, start: 206, rule: 'punctuation/half-width', text: ';', suggestion: '；', around: '优化;部分' });
    expectFound(p, findings, { paragraph: 4, start: 23, rule: 'placeholder/redaction', text: '7X', around: '成立7X周年' });
    expect(findings.find((f) => f.paragraph === 4 && f.start === 23)!.severity).toBe('error');
    // Every half-width , and ; in the file is one of these.
    const halfWidth = findings.filter((f) => f.rule === 'punctuation/half-width').map((f) => f.text);
    expect(halfWidth.join('')).toBe(',,,,,,;');
    expect(halfWidth.length).toBe(p.reduce((n, para) => n + (para.text.match(/[,;]/g)?.length ?? 0), 0));
  });

  it('finds the mistakes listed for 002: full-width decimal points such as 736．21', () => {
    const p = loaded.get('002')!;
    const { findings } = results.get('002')!;
    expectFound(p, findings, { paragraph: 23, start: 29, rule: 'punctuation/full-width-point', text: '736．21', suggestion: '736.21', around: '国内生产总值736．21亿元' });
    expectFound(p, findings, { paragraph: 12, start: 37, rule: 'punctuation/full-width-point', text: '1．12', suggestion: '1.12', around: '资金1．12亿元' });
    // The 1． 2． heading markers are markers, not decimals: every other ． sits inside a number.
    const points = findings.filter((f) => f.rule === 'punctuation/full-width-point');
    expect(points.every((f) => f.start > 0)).toBe(true);
    const decimals = p.reduce((n, para) => n + (para.text.match(/[0-9]．[0-9]/g)?.length ?? 0), 0);
    expect(points.length).toBe(decimals);
    expect(p.filter((para) => /^[0-9]．[^0-9]/.test(para.text)).length).toBe(19); // the 1．2．3． headings
  });

  it('finds 对对 in 003, and its 十三五 wording stale when reused in 2026', () => {
    const p = loaded.get('003')!;
    expectFound(p, results.get('003')!.findings, { paragraph: 5, start: 269, rule: 'repetition/char', text: '对对', suggestion: '对', around: '加强对对X' });
    expect(results.get('003')!.year).toBe(2020);
    expect(results.get('003')!.findings.filter((f) => f.category === 'stale')).toEqual([]);
    const reused = checkDocument(p, { year: 2026 }).findings;
    expectFound(p, reused, { paragraph: 1, start: 12, rule: 'stale/plan-year', text: '“十三五”规划收官之年' });
  });

  it('finds the mistakes of 004: half-width commas, 和和, the heading ending with 。, an unclosed quote', () => {
    const p = loaded.get('004')!;
    const { findings } = results.get('004')!;
    expectFound(p, findings, { paragraph: 3, start: 90, rule: 'punctuation/half-width', text: ',', suggestion: '，', around: '重大意义,党的' });
    const commas = findings.filter((f) => f.rule === 'punctuation/half-width');
    expect(commas.length).toBe(p.reduce((n, para) => n + (para.text.match(/,/g)?.length ?? 0), 0));
    expect(commas.length).toBe(27);
    expectFound(p, findings, { paragraph: 22, start: 57, rule: 'repetition/char', text: '和和', suggestion: '和', around: '监督和和X' });
    expectFound(p, findings, { paragraph: 21, start: 19, rule: 'punctuation/heading-end', text: '。', suggestion: '', around: '监督体系方面。' });
    expectFound(p, findings, { paragraph: 3, start: 857, rule: 'pairing/unbalanced', text: '“', around: '、“为X' });
    expectFound(p, findings, { paragraph: 6, start: 618, rule: 'typo/table', text: '做为', suggestion: '作为' });
  });

  it('reports exactly the reviewed findings besides the placeholders', () => {
    for (const s of SAMPLES) {
      const rows = results
        .get(s)!
        .findings.filter((f) => f.category !== 'placeholder')
        .map((f): Row => (f.suggestion === undefined ? [f.paragraph, f.start, f.rule, f.text] : [f.paragraph, f.start, f.rule, f.text, f.suggestion]));
      expect(rows, s).toEqual(REVIEWED[s]);
    }
  });

  it('flags every X redaction, and only those, as placeholders', () => {
    for (const s of SAMPLES) {
      const placeholders = results.get(s)!.findings.filter((f) => f.category === 'placeholder');
      expect(placeholders.length, s).toBe(PLACEHOLDERS[s]);
      for (const f of placeholders) expect(f.text, `${s} ${f.paragraph}:${f.start}`).toMatch(REDACTION);
      // Every X in the text (all are redactions in these reports) is inside one of them.
      const xs = loaded.get(s)!.reduce((n, para) => n + (para.text.match(/X/g)?.length ?? 0), 0);
      expect(placeholders.reduce((n, f) => n + (f.text.match(/X/g)?.length ?? 0), 0), s).toBe(xs);
    }
  });

  it('reads the year from 002 and 003 and finds none in 000, 001 and 004', () => {
    // 002 and 003 name 2020 in their titles. 000 has no title and no date line; 001's title is a
    // slogan and its year is redacted ("X年是具有重要意义的一年"); 004's title names the plenum, not a
    // year. That 十九届四中全会 胜利召开 or 新中国成立7X周年 point to 2019 is an inference about content,
    // not a date the document states, so the stale rules stay off (the writer can give --year).
    expect(SAMPLES.map((s) => results.get(s)!.year)).toEqual([null, null, 2020, 2020, null]);
  });

  it('raises no false alarm at error level', () => {
    const errors = SAMPLES.flatMap((s) =>
      results
        .get(s)!
        .findings.filter((f) => f.severity === 'error' && !(f.rule === 'placeholder/redaction' && REDACTION.test(f.text)))
        .map((f) => `${s} ${f.rule} ${f.text}`),
    );
    expect(errors).toEqual(['004 pairing/unbalanced “']);
  });

  it('finds no numbering problem in their headings and enumerations', () => {
    for (const s of SAMPLES) {
      expect(results.get(s)!.findings.filter((f) => f.category === 'numbering'), s).toEqual([]);
    }
  });

  it('summary by category and severity (printed for review)', () => {
    const rows = SAMPLES.map((s) => {
      const counts: Record<string, number> = {};
      for (const f of results.get(s)!.findings) counts[`${f.category}/${f.severity}`] = (counts[`${f.category}/${f.severity}`] ?? 0) + 1;
      return `${s} (year ${results.get(s)!.year ?? '—'}): ${Object.entries(counts)
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`;
    });
    console.info(`Findings in the samples:\n${rows.join('\n')}`);
    for (const s of SAMPLES) {
      for (const f of results.get(s)!.findings) expect(loaded.get(s)![f.paragraph]!.text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
