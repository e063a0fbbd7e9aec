/**
 * The five real reports in fixtures/samples: every mistake their README lists is found, and nothing
 * at error level is a false alarm (their errors are the redaction marks X, XX, 7X … and one unclosed
 * quotation mark in 004).
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
  rule: string;
  text: string;
  suggestion?: string;
  /** Text right around the finding, to pin it to the README's example. */
  around?: string;
}

function expectFound(paragraphs: DocParagraph[], findings: Finding[], expected: Expected): void {
  const hit = findings.find(
    (f) =>
      f.rule === expected.rule &&
      f.text === expected.text &&
      (expected.suggestion === undefined || f.suggestion === expected.suggestion) &&
      (expected.around === undefined ||
        paragraphs[f.paragraph]!.text.slice(Math.max(0, f.start - 8), f.end + 8).includes(expected.around)),
  );
  expect(hit, JSON.stringify(expected)).toBeDefined();
}

/** A redaction mark: X runs, alone or inside a number (7X, X7, X.X). */
const REDACTION = /^[0-9.．]*[XＸ]+(?:[0-9.．]*[XＸ]*)*$/;

const SAMPLES = ['000', '001', '002', '003', '004'] as const;
const loaded = new Map(SAMPLES.map((s) => [s, loadSample(s)]));
const results = new Map(SAMPLES.map((s) => [s, checkDocument(loaded.get(s)!)]));

describe('the five samples', () => {
  it('finds the mistakes listed for 000: 过度, 确是, 的的', () => {
    const p = loaded.get('000')!;
    const { findings } = results.get('000')!;
    expectFound(p, findings, { rule: 'typo/table', text: '过度', suggestion: '过渡', around: '管理模式过度' });
    expectFound(p, findings, { rule: 'typo/table', text: '确是', suggestion: '确实', around: '确是做到' });
    expectFound(p, findings, { rule: 'repetition/char', text: '的的', suggestion: '的', around: '的的新X' });
    expectFound(p, findings, { rule: 'typo/table', text: '凝集', suggestion: '凝聚', around: '凝集智慧' });
  });

  it('finds the mistakes listed for 001: half-width comma and semicolon, the 7X placeholder', () => {
    const p = loaded.get('001')!;
    const { findings } = results.get('001')!;
    expectFound(p, findings, { rule: 'punctuation/half-width', text: ',', suggestion: '，', around: '发展,群众' });
    expectFound(p, findings, { rule: 'punctuation/half-width', text: ';', suggestion: '；', around: '优化;部分' });
    expectFound(p, findings, { rule: 'placeholder/redaction', text: '7X', around: '7X周年' });
  });

  it('finds the mistakes listed for 002: full-width decimal points', () => {
    const p = loaded.get('002')!;
    const { findings } = results.get('002')!;
    expectFound(p, findings, { rule: 'punctuation/full-width-point', text: '736．21', suggestion: '736.21' });
    expectFound(p, findings, { rule: 'punctuation/full-width-point', text: '1．12', suggestion: '1.12' });
    // The 1． 2． heading markers are markers, not decimals.
    expect(findings.filter((f) => f.rule === 'punctuation/full-width-point').every((f) => f.start > 0)).toBe(true);
  });

  it('finds 对对 in 003, and its 十三五 wording stale when reused in 2026', () => {
    const p = loaded.get('003')!;
    expectFound(p, results.get('003')!.findings, { rule: 'repetition/char', text: '对对', around: '加强对对X' });
    expect(results.get('003')!.year).toBe(2020);
    expect(results.get('003')!.findings.filter((f) => f.category === 'stale')).toEqual([]);
    const reused = checkDocument(p, { year: 2026 }).findings;
    expectFound(p, reused, { rule: 'stale/plan-year', text: '“十三五”规划收官之年' });
  });

  it('finds the mistakes of 004: half-width commas, 和和, the heading ending with 。, an unclosed quote', () => {
    const p = loaded.get('004')!;
    const { findings } = results.get('004')!;
    expectFound(p, findings, { rule: 'punctuation/half-width', text: ',', around: '重大意义,党的' });
    expect(findings.filter((f) => f.rule === 'punctuation/half-width').length).toBeGreaterThanOrEqual(20);
    expectFound(p, findings, { rule: 'repetition/char', text: '和和', around: '监督和和X' });
    expectFound(p, findings, { rule: 'punctuation/heading-end', text: '。', around: '监督体系方面。' });
    expectFound(p, findings, { rule: 'pairing/unbalanced', text: '“', around: '、“为X' });
    expectFound(p, findings, { rule: 'typo/table', text: '做为', suggestion: '作为' });
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
