import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../shared/checks/engine';
import type { DocParagraph } from '../../../shared/document/roles';
import { dismissalKey } from '../../../shared/checks/dismissal';
import { currentPlaceholderTargets, nextPlaceholder, placeholderTargets } from './placeholder-nav';

const paragraphs: DocParagraph[] = [
  { role: 'body', text: '开展专项督查X次，覆盖XX个社区。' },
  { role: 'body', text: '没有占位符的段落。' },
  { role: 'body', text: '投入资金XXX万元。' },
];
const targets = placeholderTargets(checkDocument(paragraphs).findings);

describe('F8 placeholder navigation', () => {
  it('finds the placeholders of the document in order', () => {
    expect(targets.map((f) => [f.paragraph, f.text])).toEqual([
      [0, 'X'],
      [0, 'XX'],
      [2, 'XXX'],
    ]);
  });

  it('walks every placeholder once forward from the start, then wraps', () => {
    let caret = { paragraph: 0, start: 0, end: 0 };
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const f = nextPlaceholder(targets, caret, 'next')!;
      seen.push(`${f.paragraph}:${f.start}`);
      caret = { paragraph: f.paragraph, start: f.start, end: f.end };
    }
    expect(seen).toEqual(['0:6', '0:11', '2:4', '0:6']);
  });

  it('walks backward from a selected placeholder and wraps to the last one', () => {
    const [first, second, third] = targets;
    expect(nextPlaceholder(targets, { paragraph: 0, start: second!.start, end: second!.end }, 'previous')).toBe(first);
    expect(nextPlaceholder(targets, { paragraph: 0, start: first!.start, end: first!.end }, 'previous')).toBe(third);
  });

  it('starts from the caret, not from the top', () => {
    expect(nextPlaceholder(targets, { paragraph: 1, start: 3, end: 3 }, 'next')).toBe(targets[2]);
    expect(nextPlaceholder(targets, { paragraph: 1, start: 3, end: 3 }, 'previous')).toBe(targets[1]);
    expect(nextPlaceholder([], null, 'next')).toBeNull();
  });

  it('takes the placeholders of the current text: the same targets as the full checker, minus dismissed ones', () => {
    const texts = ['会议区委请{{单位名称}}于{{报送日期}}前报送XX份材料。', '【简述主要做法】', '完成（  ）项。'];
    const full = placeholderTargets(checkDocument(texts.map((text) => ({ role: 'body' as const, text }))).findings);
    const current = currentPlaceholderTargets(texts, new Set());
    expect(current).toEqual(full);
    expect(current.map((f) => f.text)).toEqual(['{{单位名称}}', '{{报送日期}}', 'XX', '【简述主要做法】', '（  ）']);
    const ignored = new Set([dismissalKey(current[2]!, texts[0]!)]);
    expect(currentPlaceholderTargets(texts, ignored).map((f) => f.text)).not.toContain('XX');
  });
});
