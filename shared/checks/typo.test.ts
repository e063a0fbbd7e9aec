import { describe, expect, it } from 'vitest';
import { TYPO_ENTRIES } from './data/typos';
import { checkTypos } from './typo';

const flagged = (text: string) => checkTypos(text).map((f) => [f.text, f.suggestion]);
const guarded = TYPO_ENTRIES.filter((e) => e.after || e.notAfter || e.before || e.notBefore);
/** Guarded entries that need their own context to fire carry an example; the 帐/份 groups fire anywhere
 *  but before the characters of their shared guard. */
const withExample = TYPO_ENTRIES.filter((e) => e.example !== undefined);

describe('typo table', () => {
  it('holds hundreds of entries, each a real change', () => {
    expect(TYPO_ENTRIES.length).toBeGreaterThanOrEqual(300);
    for (const e of TYPO_ENTRIES) {
      expect(e.wrong, e.wrong).not.toBe(e.right);
      expect(e.wrong.length, e.wrong).toBeGreaterThanOrEqual(2);
    }
    // A wrong form appears twice only with different guards (过度 → 过渡 in two contexts).
    const plainWrongs = TYPO_ENTRIES.filter((e) => !guarded.includes(e)).map((e) => e.wrong);
    expect(new Set(plainWrongs).size).toBe(plainWrongs.length);
  });

  it('never flags the right form it suggests', () => {
    for (const e of TYPO_ENTRIES) {
      expect(checkTypos(`要${e.right}。`), e.right).toEqual([]);
    }
  });

  it('finds every entry without an example of its own in neutral text', () => {
    for (const e of TYPO_ENTRIES.filter((x) => !withExample.includes(x))) {
      expect(flagged(`要${e.wrong}。`), e.wrong).toEqual([[e.wrong, e.right]]);
    }
  });

  it('finds every entry with an example in it, and not in its counterexamples', () => {
    for (const e of guarded.filter((x) => x.after || x.before)) {
      expect(e.example, `${e.wrong} needs an example`).toBeDefined();
    }
    for (const e of withExample) {
      expect(flagged(e.example!), e.example).toContainEqual([e.wrong, e.right]);
      for (const counter of e.counterExamples ?? []) {
        expect(flagged(counter).filter(([w]) => w === e.wrong), counter).toEqual([]);
      }
    }
  });
});

describe('typo check', () => {
  it('keeps 帐 for tents and 份 before 额/数', () => {
    expect(flagged('搭建帐篷，入帐篷休息，对帐子消毒')).toEqual([]);
    expect(flagged('超过份额，全部份额，报名份数')).toEqual([]);
    expect(flagged('建立工作台帐，部份地区')).toEqual([
      ['台帐', '台账'],
      ['部份', '部分'],
    ]);
  });

  it('finds the mistakes of sample 000', () => {
    expect(flagged('逐步向城市社区环境管理模式过度，逐步完善长效机制')).toEqual([['过度', '过渡']]);
    expect(flagged('要及时足额发放困难群众低保金，确是做到应保尽保')).toEqual([['确是', '确实']]);
    expect(flagged('进一步统一思想行动，凝集智慧力量')).toEqual([['凝集', '凝聚']]);
  });

  it('is context-aware where a form is right elsewhere', () => {
    expect(flagged('截止目前已完成')).toEqual([['截止', '截至']]);
    expect(flagged('报名截止日期为6月30日')).toEqual([]);
    expect(flagged('平稳过度到新体制，防止过度开发、过度包装')).toEqual([['过度', '过渡']]);
    expect(flagged('为全区发展做出了重要贡献')).toEqual([['做出', '作出']]);
    expect(flagged('做出一桌好菜')).toEqual([]);
    expect(flagged('坚持以经济建设为中心')).toEqual([]);
    expect(flagged('把一线岗位做为干部成长锻炼的平台')).toEqual([['做为', '作为']]);
  });

  it('leaves standard variants alone', () => {
    expect(flagged('制定方案，制订计划，其它事项，兢兢业业，精减人员，驰而不息')).toEqual([]);
  });

  it('catalogue examples', () => {
    expect(flagged('按装电梯，一如继往，默守成规，再接再励，贯切落实，布署工作，既使困难')).toEqual([
      ['按装', '安装'],
      ['一如继往', '一如既往'],
      ['默守成规', '墨守成规'],
      ['再接再励', '再接再厉'],
      ['贯切', '贯彻'],
      ['布署', '部署'],
      ['既使', '即使'],
    ]);
  });

  it('reports offsets that slice to the flagged text, as warnings', () => {
    const text = '截止目前，按装电梯X部，向新模式过度，确是做到，建立帐户台帐';
    const findings = checkTypos(text);
    expect(findings).toHaveLength(6);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f).toMatchObject({ category: 'typo', severity: 'warning', rule: 'typo/table' });
    }
  });
});

describe('typos with zero-width characters inside (issue 15)', () => {
  const ZW = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'].map((c) => [c.charCodeAt(0).toString(16).toUpperCase(), c] as const);

  it.each(ZW)('finds 凝集 split by U+%s and reports the span with it, suggesting the right form', (_code, zw) => {
    const text = `进一步统一思想行动，凝${zw}集智慧力量。`;
    const [finding, ...rest] = checkTypos(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'typo/table', start: 10, end: 13, text: `凝${zw}集`, suggestion: '凝聚' });
    expect(finding!.message).toContain('“凝集”应为“凝聚”');
    expect(finding!.message).toContain('零宽字符');
    // Applying the suggestion removes the hidden character with the typo.
    expect(text.slice(0, finding!.start) + finding!.suggestion + text.slice(finding!.end)).toBe('进一步统一思想行动，凝聚智慧力量。');
  });

  it('maps offsets after earlier zero-width characters and across several in one word', () => {
    const text = '\uFEFF各级党组织要\u200B切实履行职责，做到按步\u200B\u200D就班推进。';
    expect(checkTypos(text).map((f) => [f.rule, f.start, f.end, f.text, f.suggestion])).toEqual([
      ['typo/zero-width', 0, 1, '\uFEFF', ''],
      ['typo/zero-width', 7, 8, '\u200B', ''],
      ['typo/table', 17, 23, '按步\u200B\u200D就班', '按部就班'],
    ]);
  });

  it('reports a zero-width character inside a typo once, as the typo', () => {
    expect(checkTypos('要凝\u200B集共识。').map((f) => f.rule)).toEqual(['typo/table']);
  });

  it('reports a stray zero-width run next to Chinese as its own finding, to be deleted', () => {
    const text = '全面从严治党\u200B\u200B向纵深推进，凝聚共识。';
    expect(checkTypos(text)).toEqual([
      expect.objectContaining({ rule: 'typo/zero-width', severity: 'warning', start: 6, end: 8, suggestion: '' }),
    ]);
    expect(checkTypos(text)[0]!.message).toContain('U+200B 等 2 个');
    // Guards still see the text without it: 血细胞凝集 is a biology term, only the stray character is reported.
    expect(checkTypos('血细胞凝\u200B集反应。').map((f) => [f.rule, f.start, f.end])).toEqual([['typo/zero-width', 4, 5]]);
  });

  it('leaves zero-width joiners in Latin text and emoji alone', () => {
    expect(checkTypos('见 https://example.org/a\u200Bb 与 👨\u200D👩 。')).toEqual([]);
  });
});
