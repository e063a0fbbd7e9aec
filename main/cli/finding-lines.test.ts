import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/checks';
import { findingLines, shortenQuotes } from './finding-lines';

const finding = (paragraph: number, start: number, message = '说明'): Finding => ({
  category: 'pairing',
  severity: 'error',
  rule: 'pairing/unbalanced',
  paragraph,
  start,
  end: start + 1,
  text: 'x',
  message,
});

describe('finding lines for the CLI', () => {
  it('counts columns in characters, a surrogate pair as one', () => {
    expect(findingLines('a.txt', [{ role: 'body', text: '𠀀甲乙' }], [finding(0, 2)])).toBe('a.txt:1:2 error pairing 说明\n');
    expect(findingLines('a.txt', [{ role: 'body', text: '甲乙丙' }], [finding(0, 2)])).toBe('a.txt:1:3 error pairing 说明\n');
  });

  it('prints in document order with the same columns however the findings arrive', () => {
    const paragraphs = [
      { role: 'body' as const, text: '𠀀一二三四五' },
      { role: 'body' as const, text: '甲乙丙' },
    ];
    const lines = findingLines('a.txt', paragraphs, [finding(1, 2), finding(0, 5), finding(0, 2)]);
    expect(lines).toBe(['a.txt:1:2 error pairing 说明', 'a.txt:1:5 error pairing 说明', 'a.txt:2:3 error pairing 说明', ''].join('\n'));
  });

  it('one walk of a paragraph for many findings: 200,000 in a 200,000-character paragraph', () => {
    const text = '（'.repeat(200_000);
    const findings = Array.from({ length: 200_000 }, (_, i) => finding(0, 199_999 - i));
    const lines = findingLines('a.txt', [{ role: 'body', text }], findings).split('\n');
    expect(lines[0]).toBe('a.txt:1:1 error pairing 说明');
    expect(lines[199_999]).toBe('a.txt:1:200000 error pairing 说明');
  });

  it('shortens a long quoted run with …… and keeps short quotes whole', () => {
    expect(shortenQuotes('“过度”应为“过渡”')).toBe('“过度”应为“过渡”');
    const long = `重复的文字“${'一是'.repeat(100_000)}”`;
    const short = shortenQuotes(long);
    expect(short).toBe(`重复的文字“${'一是'.repeat(5)}一……是${'一是'.repeat(5)}”`);
    expect(short.length).toBeLessThan(40);
  });
});
