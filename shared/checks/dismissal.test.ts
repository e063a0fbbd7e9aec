import { describe, expect, it } from 'vitest';
import { checkDocument } from './engine';
import { dismissalKey, withoutDismissed } from './dismissal';
import type { DocParagraph } from '../document/roles';

const doc = (...texts: string[]): DocParagraph[] => texts.map((text) => ({ role: 'body', text }));

describe('dismissals', () => {
  it('hides a dismissed finding, and keeps it hidden when a paragraph is inserted above', () => {
    const before = doc('截止目前已完成任务。', '截止目前尚在推进。');
    const { findings } = checkDocument(before);
    const typos = findings.filter((f) => f.category === 'typo');
    expect(typos).toHaveLength(2);
    const dismissed = new Set([dismissalKey(typos[0]!, before[0]!.text)]);
    expect(withoutDismissed(findings, before.map((p) => p.text), dismissed).filter((f) => f.category === 'typo')).toHaveLength(1);

    const after = doc('新增一段。', ...before.map((p) => p.text));
    const again = checkDocument(after).findings;
    const visible = withoutDismissed(again, after.map((p) => p.text), dismissed).filter((f) => f.category === 'typo');
    expect(visible.map((f) => f.paragraph)).toEqual([2]);
  });

  it('brings the finding back when the words around it change', () => {
    const p = doc('截止目前已完成任务。');
    const f = checkDocument(p).findings.find((x) => x.category === 'typo')!;
    const key = dismissalKey(f, p[0]!.text);
    const changed = doc('截止目前全部完成。');
    const g = checkDocument(changed).findings.find((x) => x.category === 'typo')!;
    expect(dismissalKey(g, changed[0]!.text)).not.toBe(key);
  });
});
