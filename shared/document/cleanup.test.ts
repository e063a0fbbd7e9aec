import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanupParagraphs, restoreRemoved } from './cleanup';
import { CLEANUP_PATTERNS } from './cleanup-patterns';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
const sampleLines = (prefix: string): string[] => {
  const file = fs.readdirSync(samplesDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  return fs.readFileSync(samplesDir + file, 'utf8').split('\n');
};

interface Expected {
  line: number; // 0-based index in the file's lines
  text: string;
  patternId: string;
  kind: 'line' | 'inline';
  start?: number;
}

// Every fragment cleanup removes from the five samples, written out literally.
const EXPECTED: Record<string, Expected[]> = {
  '000': [],
  '001': [],
  '002': [
    { line: 0, kind: 'line', patternId: 'watermark-no-sharing', text: '仅供学习 禁止外传 用后删除' },
    { line: 1, kind: 'line', patternId: 'site-signature', text: '酷乐文行' },
    { line: 2, kind: 'line', patternId: 'member-notice', text: '【会员资料仅供内部交流使用，严禁外传及用于商业用途，违者后果自负】' },
    { line: 5, kind: 'line', patternId: 'qq-contact', text: '酷乐文行整理，其他任何途径获取的资料均不完整，获得完整版资料咨询唯一指定QQ206157060' },
    { line: 40, kind: 'line', patternId: 'qq-contact', text: '酷乐文行整理，其他任何途径获取的资料均不完整，获得完整版资料咨询唯一指定QQ206157060' },
    { line: 41, kind: 'line', patternId: 'site-signature', text: '酷乐文行' },
    { line: 42, kind: 'line', patternId: 'site-slogan', text: '自建平台、实时分享' },
    { line: 43, kind: 'line', patternId: 'site-slogan', text: '根据实际需求和形式任务不断迭代' },
    { line: 44, kind: 'line', patternId: 'subscription-ad', text: '现在订阅立享成立以来所有权益和资料 ' },
    { line: 45, kind: 'line', patternId: 'anti-resale', text: '【打击倒卖活动】' },
    { line: 46, kind: 'line', patternId: 'anti-resale', text: '举报倒卖会员资料的人，举报成功免费赠送一年会员材料！' },
    { line: 47, kind: 'line', patternId: 'member-group', text: '会员群：                      免费QQ群：         ' },
  ],
  '003': [{ line: 0, kind: 'line', patternId: 'contribution-notice', text: '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！' }],
  '004': [
    { line: 3, kind: 'inline', patternId: 'paid-marker', text: '##paidbegin##', start: 0 },
    { line: 8, kind: 'inline', patternId: 'material-ad', text: '【更多公文素材，微信：dada wk01】', start: 667 },
    { line: 15, kind: 'inline', patternId: 'material-ad', text: '【更多公文素材，微信：d adawk01】', start: 25 },
    { line: 24, kind: 'line', patternId: 'site-slogan', text: '公文写作门户网站，请认准七点零-  ##paidend##' },
  ],
};

describe('cleanup of the five samples', () => {
  for (const [sample, expected] of Object.entries(EXPECTED)) {
    it(`removes exactly the watermarks and ads of sample ${sample}`, () => {
      const lines = sampleLines(sample);
      const result = cleanupParagraphs(lines);
      expect(result.removed.map((r) => ({ line: r.paragraphIndex, kind: r.kind, patternId: r.patternId, text: r.text, start: r.start }))).toEqual(
        expected.map((e) => ({ ...e, start: e.start })),
      );
      for (const r of result.removed) {
        expect(r.reason).toBe(CLEANUP_PATTERNS.find((p) => p.id === r.patternId)!.reason);
        if (r.kind === 'inline') expect(lines[r.paragraphIndex]!.slice(r.start, r.start! + r.text.length)).toBe(r.text);
      }
    });

    it(`leaves every other character of sample ${sample} untouched`, () => {
      const lines = sampleLines(sample);
      const result = cleanupParagraphs(lines);
      const removedLines = new Set(expected.filter((e) => e.kind === 'line').map((e) => e.line));
      const kept = lines
        .map((text, i) => ({ text, i }))
        .filter(({ text, i }) => text.trim() !== '' && !removedLines.has(i))
        .map(({ text, i }) =>
          expected.filter((e) => e.kind === 'inline' && e.line === i).reduce((t, e) => t.replace(e.text, ''), text),
        );
      expect(result.paragraphs).toEqual(kept);
      expect(result.sourceIndex.map((i) => lines[i]!.trim() !== '')).not.toContain(false);
    });

    it(`restores sample ${sample} exactly (一键恢复)`, () => {
      const lines = sampleLines(sample);
      const restored = restoreRemoved(cleanupParagraphs(lines));
      expect(restored.map((r) => r.text)).toEqual(lines.filter((l) => l.trim() !== ''));
    });
  }
});

describe('cleanupParagraphs', () => {
  it('drops blank paragraphs without reporting them', () => {
    const result = cleanupParagraphs(['', '  ', '正文。', '\u3000']);
    expect(result).toEqual({ paragraphs: ['正文。'], sourceIndex: [2], removed: [] });
  });

  it('removes a paragraph that is nothing but ad fragments as a whole line', () => {
    const result = cleanupParagraphs(['##paidbegin##', '正文。', ' ##paidend## ']);
    expect(result.paragraphs).toEqual(['正文。']);
    expect(result.removed).toEqual([
      { text: '##paidbegin##', reason: '网站付费内容标记', patternId: 'paid-marker', paragraphIndex: 0, kind: 'line' },
      { text: ' ##paidend## ', reason: '网站付费内容标记', patternId: 'paid-marker', paragraphIndex: 2, kind: 'line' },
    ]);
    expect(restoreRemoved(result).map((r) => r.text)).toEqual(['##paidbegin##', '正文。', ' ##paidend## ']);
  });

  it('removes several inline fragments from one paragraph and restores any subset', () => {
    const line = '##paidbegin##会议要求：一是统一思想。【更多公文素材，微信：abc123】二是狠抓落实。##paidend##';
    const result = cleanupParagraphs([line]);
    expect(result.paragraphs).toEqual(['会议要求：一是统一思想。二是狠抓落实。']);
    expect(result.removed.map((r) => [r.text, r.start])).toEqual([
      ['##paidbegin##', 0],
      ['【更多公文素材，微信：abc123】', line.indexOf('【')],
      ['##paidend##', line.indexOf('##paidend##')],
    ]);
    expect(restoreRemoved(result)[0]!.text).toBe(line);
    expect(restoreRemoved(result, (r) => r.patternId === 'material-ad')[0]!.text).toBe('会议要求：一是统一思想。【更多公文素材，微信：abc123】二是狠抓落实。');
    expect(restoreRemoved(result, () => false)[0]!.text).toBe('会议要求：一是统一思想。二是狠抓落实。');
  });

  it('reports where each paragraph came from when restoring', () => {
    const result = cleanupParagraphs(['酷乐文行', '', '正文一。', '正文二。']);
    expect(restoreRemoved(result)).toEqual([
      { text: '酷乐文行', sourceIndex: 0, cleanedIndex: null },
      { text: '正文一。', sourceIndex: 2, cleanedIndex: 0 },
      { text: '正文二。', sourceIndex: 3, cleanedIndex: 1 },
    ]);
  });

  it.each([
    // Real report text that mentions the same words must survive.
    '建立党员QQ群X个、微信群X个，及时发布防控信息。',
    '联系人：XXX，电话：XXXXXXXX，QQ：123456789。',
    '各单位要严格执行保密制度，涉密文件仅供内部使用，严禁外传。',
    '举报电话：12345，举报邮箱：XXX@XX.gov.cn。',
    '【主要做法】',
    '现在，全区上下正以更加昂扬的斗志投入工作。',
    '会员单位：X区商会、X区企业家协会。',
    '本文件自印发之日起施行。',
    '打击倒卖文物犯罪活动取得明显成效。',
    `酷乐文行${'，'.repeat(100)}`, // over the length cap: never a whole-line removal
  ])('keeps real text: %s', (text) => {
    expect(cleanupParagraphs([text])).toEqual({ paragraphs: [text], sourceIndex: [0], removed: [] });
  });
});

describe('cleanup patterns', () => {
  it('have unique ids, Chinese reasons and the regex flags their kind needs', () => {
    expect(new Set(CLEANUP_PATTERNS.map((p) => p.id)).size).toBe(CLEANUP_PATTERNS.length);
    for (const p of CLEANUP_PATTERNS) {
      expect(p.reason).toMatch(/[\u4e00-\u9fff]/);
      // Line patterns are tested with .test(): a global flag would make them stateful.
      expect(p.pattern.global).toBe(p.kind === 'inline');
      if (p.kind === 'inline') expect(p.maxLength).toBeUndefined();
    }
  });
});
