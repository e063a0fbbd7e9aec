/**
 * Issue 12's fixture: sample 002, the 2020 主体责任 report of a district, rolled over to 2026.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../checks/engine';
import { cleanupParagraphs } from '../document/cleanup';
import { detectRoles } from '../document/detect-roles';
import type { DocParagraph } from '../document/roles';
import { acceptEdit, checklistItems, isOpen } from './checklist';
import { applyTextEdits } from './edits';
import { findFigures } from './figures';
import { planRollover, proposedEdits, rolloverAcceptingAll, RolloverYearUnknown } from './rollover';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));

function sample(prefix: string): DocParagraph[] {
  const file = fs.readdirSync(samplesDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  return detectRoles(cleanupParagraphs(fs.readFileSync(samplesDir + file, 'utf8').split('\n')).paragraphs);
}

const report2020 = sample('002');

describe('rollover of sample 002 (2020) to 2026', () => {
  const plan = planRollover(report2020, 2026);

  it('reads the report year from the title', () => {
    expect(plan.years).toEqual({ from: 2020, to: 2026 });
    expect(report2020[0]!.text).toBe('X区委2020年落实全面从严治党主体责任情况报告');
  });

  it('lists every time reference by kind, with its proposal and reason', () => {
    const byKind = (kind: string) => plan.references.filter((r) => r.kind === kind).map((r) => r.text);
    expect(byKind('own-year')).toEqual(['2020年', '2020年', '2020', '2020年', '2020', '2020年', '2020年']);
    expect(byKind('prior-year')).toEqual(['2019年', '2019年']);
    expect(byKind('period')).toEqual(['2020年—2021年', '2000至2002年']);
    expect(byKind('cited')).toEqual(['2020年', '2019年', '2019—2023年', '2020—2024年', '2020年', '2020年']);
    expect(byKind('historical')).toEqual(['二〇三五年']);
    expect(byKind('relative')).toEqual(['今年以来', '明年', '去年', '今年以来', '今年以来']);
    for (const r of plan.references) {
      expect(report2020[r.paragraph]!.text.slice(r.start, r.end)).toBe(r.text);
      expect(r.reason.length).toBeGreaterThan(5);
      expect(r.action === 'replace').toBe(r.replacement !== undefined);
    }
    const prior = plan.references.find((r) => r.kind === 'prior-year')!;
    expect(prior.replacement).toBe('2025年');
    expect(report2020[prior.paragraph]!.text.slice(prior.start, prior.start + 8)).toBe('2019年度处级');
  });

  it('accepting all leaves no 2020 report year, but periods and cited titles keep theirs', () => {
    const result = rolloverAcceptingAll(report2020, 2026);
    expect(result.paragraphs[0]!.text).toBe('X区委2026年落实全面从严治党主体责任情况报告');
    const all = result.paragraphs.map((p) => p.text).join('\n');
    // Every 2020 left is inside 《》 or a period.
    const outside = all.replace(/《[^》]*》/g, '').replace(/[（(]2020年?—20[0-9]{2}年[）)]/g, '');
    expect(outside).not.toMatch(/2020/);
    expect(all).toContain('审计工作规划（2020—2024年）》');
    expect(all).toContain('细化《X区落实〈X市2020年落实全面从严治党主体责任任务安排〉分工方案》');
    expect(all).toContain('的工作方案（2020年—2021年）');
    expect(all).toContain('组织开展2025年度处级单位');
    expect(all).toContain('“2026活力X·哪吒体育嘉年华”');
    expect(result.paragraphs.length).toBe(report2020.length);
  });

  it('marks every figure 待更新, and the checker stops at each as a placeholder', () => {
    const result = rolloverAcceptingAll(report2020, 2026);
    const figures = result.paragraphs.flatMap((p) => findFigures(p.text));
    expect(figures.length).toBe(177);
    const findings = checkDocument(result.paragraphs, { year: 2026, pendingFigures: new Set(result.pendingFigures) }).findings;
    const pending = findings.filter((f) => f.rule === 'placeholder/figure');
    expect(pending.length).toBe(figures.length);
    expect(pending.every((f) => f.severity === 'error')).toBe(true);
    expect(pending.map((f) => f.text)).toContain('4500万元');
    expect(pending.map((f) => f.text)).toContain('97．65％');
  });

  it('a figure the writer edits is no longer pending; one beside an edited year still is', () => {
    const result = rolloverAcceptingAll(report2020, 2026);
    const pending = new Set(result.pendingFigures);
    const i = result.paragraphs.findIndex((p) => p.text.includes('4500万元'));
    const edited = result.paragraphs.map((p, j) => (j === i ? { ...p, text: p.text.replace('4500万元', '5200万元') } : p));
    const texts = checkDocument(edited, { year: 2026, pendingFigures: pending }).findings.filter((f) => f.rule === 'placeholder/figure').map((f) => f.text);
    expect(texts).not.toContain('5200万元');
    expect(texts).not.toContain('4500万元');
    // The keys leave digits out of the context, so the year checklist's own edits keep figures pending.
    const yearFirst = [{ role: 'body' as const, text: '2020年完成投资5亿元。' }];
    const keys = new Set(rolloverAcceptingAll(yearFirst, 2026, 2020).pendingFigures);
    expect(checkDocument(yearFirst, { year: 2020, pendingFigures: keys }).findings.map((f) => f.text)).toContain('5亿元');
  });

  it('flags for 2026 what 2020 spoke of as current: 疫情, 六稳/六保, 双战双赢, 脱贫攻坚, 十九届, 不忘初心 主题教育, 十三五; not what is looked back on', () => {
    const result = rolloverAcceptingAll(report2020, 2026);
    const stale = checkDocument(result.paragraphs, { year: 2026 }).findings.filter((f) => f.category === 'stale');
    const flagged = stale.map((f) => f.text).join('｜');
    for (const wording of ['疫情', '六稳', '六保', '双战双赢', '脱贫攻坚', '十九届', '“不忘初心、牢记使命”主题教育']) expect(flagged).toContain(wording);
    expect(stale.filter((f) => f.text.includes('疫情')).length).toBeGreaterThanOrEqual(25);
    // The same report in its own year flags none of it.
    const own = checkDocument(report2020, { year: 2020 }).findings.filter((f) => f.category === 'stale').map((f) => f.text).join('｜');
    for (const wording of ['疫情', '六稳', '双战双赢', '脱贫攻坚', '不忘初心']) expect(own).not.toContain(wording);
    // 十三五 (not in the sample) as current work, and in retrospect.
    const sentence = (text: string) => checkDocument([{ role: 'body', text }], { year: 2026 }).findings.filter((f) => f.category === 'stale');
    expect(sentence('扎实推进“十三五”规划重点项目建设。').length).toBeGreaterThan(0);
    expect(sentence('回顾“十三五”时期，我们打赢了脱贫攻坚战，取得了决定性成就。')).toEqual([]);
    expect(sentence('五年来，我们统筹疫情防控和经济社会发展，经受住了考验。')).toEqual([]);
    // 一年来 in this year's report is this year: still the present.
    expect(sentence('一年来，我们统筹疫情防控和经济社会发展').length).toBeGreaterThan(0);
  });

  it('a report whose year cannot be told asks for it', () => {
    expect(() => planRollover([{ role: 'body', text: '全年完成任务。' }], 2026)).toThrow(RolloverYearUnknown);
    expect(planRollover([{ role: 'body', text: '2023年完成任务。' }], 2026, 2023).references[0]!.replacement).toBe('2026年');
  });
});

describe('time references', () => {
  const plan = (text: string, from = 2020, to = 2026) => planRollover([{ role: 'body', text }], to, from).references;
  const apply = (text: string, from = 2020, to = 2026) =>
    applyTextEdits([{ role: 'body', text }], proposedEdits(plan(text, from, to)))[0]!.text;

  it('moves the years around the report year with it, in the way they are written', () => {
    expect(apply('二〇二〇年十二月三十日')).toBe('二〇二六年十二月三十日');
    expect(apply('二○二○年十二月')).toBe('二○二六年十二月');
    expect(apply('２０２０年工作要点')).toBe('２０２６年工作要点');
    expect(apply('总结2020年工作，部署2021年任务')).toBe('总结2026年工作，部署2027年任务');
  });

  it('keeps periods, cited titles and history', () => {
    expect(apply('实施《“十四五”规划（2021—2025年）》')).toBe('实施《“十四五”规划（2021—2025年）》');
    expect(apply('2016-2020年累计完成')).toBe('2016-2020年累计完成');
    expect(apply('1978年改革开放以来')).toBe('1978年改革开放以来');
    expect(apply('贯彻《2020年工作要点》')).toBe('贯彻《2020年工作要点》');
  });

  it('flags relative phrases for review without changing them', () => {
    const refs = plan('今年以来，全区生产总值比去年同期增长5%。');
    expect(refs.map((r) => [r.kind, r.action, r.text])).toEqual([
      ['relative', 'review', '今年以来'],
      ['relative', 'review', '去年同期'],
    ]);
  });

  it('does not take 过去年份 or 以上年份 for 去年 or 上年', () => {
    expect(plan('过去年份的数据和60岁以上年龄段人员')).toEqual([]);
  });

  it('does not take counts or codes for years', () => {
    expect(plan('开展线上活动2000余场，受益2019人，编号12020号')).toEqual([]);
  });
});

describe('the checklist as the writer works through it', () => {
  const base = report2020;
  const plan = planRollover(base, 2026);
  const items = (live: readonly DocParagraph[], kept: ReadonlySet<string> = new Set()) => checklistItems(base, plan.references, live, kept);

  it('finds every reference in the untouched text, pending', () => {
    const all = items(base);
    expect(all.every((i) => i.state === 'pending' && i.at !== null)).toBe(true);
    expect(all.filter(isOpen).length).toBe(plan.references.filter((r) => r.action !== 'keep').length);
  });

  it('reads acceptance, rewriting and undo from the text; 不改 from the kept set', () => {
    const edits = items(base).map((i) => acceptEdit(i)).filter((e) => e !== null);
    const accepted = applyTextEdits(base, edits);
    const after = items(accepted);
    for (const item of after) {
      expect(item.state).toBe(item.reference.action === 'replace' ? 'accepted' : 'pending');
    }
    // A paragraph inserted above: still found.
    const shifted = [{ role: 'body' as const, text: '新增的一段。' }, ...accepted];
    expect(items(shifted).filter((i) => i.state === 'accepted').length).toBe(edits.length);
    // The writer rewrites the title by hand.
    const rewritten = accepted.map((p, i) => (i === 0 ? { ...p, text: 'X区委落实全面从严治党主体责任情况报告' } : p));
    expect(items(rewritten)[0]!.state).toBe('rewritten');
    // Undo: the original text again.
    expect(items(base).every((i) => i.state === 'pending')).toBe(true);
    const first = plan.references.find((r) => r.kind === 'relative')!;
    expect(items(base, new Set([first.id])).find((i) => i.reference.id === first.id)!.state).toBe('kept');
  });
});
