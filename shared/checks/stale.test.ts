import { describe, expect, it } from 'vitest';
import { checkStale, parseChineseCount } from './stale';

const at = (year: number | null, text: string) => checkStale(text, { year }).map((f) => [f.rule, f.severity, f.text]);

describe('stale wording', () => {
  it('needs a document year', () => {
    expect(at(null, '全面贯彻党的十九届四中全会精神')).toEqual([]);
  });

  it('flags a past Central Committee’s plenums presented as guidance', () => {
    expect(at(2026, '全面贯彻党的十九届四中全会精神')).toEqual([['stale/past-committee', 'warning', '十九届四中全会']]);
    expect(at(2026, '党的十九届三中、四中、五中、六中全会精神')).toEqual([
      ['stale/past-committee', 'warning', '十九届三中、四中、五中、六中全会'],
    ]);
    expect(at(2026, '贯彻党的十九大和十九届二中三中四中全会精神')).toEqual([
      ['stale/past-congress', 'warning', '党的十九大'],
      ['stale/past-committee', 'warning', '十九届二中三中四中全会'],
    ]);
  });

  it('accepts the current terms and the plenums of their own time', () => {
    expect(at(2026, '深入贯彻党的二十大和二十届二中、三中、四中全会精神，编制“十五五”规划')).toEqual([]);
    expect(at(2020, '全面贯彻党的十九大和十九届二中三中四中全会精神')).toEqual([]);
    expect(at(2022, '学习贯彻党的十九届六中全会精神')).toEqual([]);
    expect(at(2026, '党的十八大以来，学习十九届六中全会通过的历史决议')).toEqual([]);
  });

  it('flags a plenum held after the document year', () => {
    expect(at(2024, '学习二十届四中全会精神')).toEqual([['stale/future-event', 'info', '二十届四中全会']]);
  });

  it('flags 收官 and 开局 of a five-year plan in the wrong year (sample 003 reused in 2026)', () => {
    const text = '今年是全面建成小康社会和“十三五”规划收官之年。';
    expect(at(2020, text)).toEqual([]);
    expect(at(2026, text)).toEqual([['stale/plan-year', 'warning', '“十三五”规划收官之年']]);
    expect(at(2026, '确保“十三五”规划圆满收官')).toEqual([['stale/plan-year', 'warning', '“十三五”']]);
    expect(at(2021, '“十四五”开局之年')).toEqual([]);
    expect(at(2026, '“十四五”开局之年')).toEqual([['stale/plan-year', 'warning', '“十四五”开局之年']]);
    expect(at(2026, '今年是“十五五”开局之年')).toEqual([]);
    // 全面落实“十四五”规划 in 2026 is the 提法 table's (tifa.test.ts).
    expect(at(2026, '全面落实“十四五”规划')).toEqual([]);
  });

  it('flags anniversaries whose number does not match the year', () => {
    expect(at(2019, '庆祝新中国成立70周年')).toEqual([]);
    expect(at(2026, '庆祝新中国成立70周年')).toEqual([['stale/anniversary', 'warning', '新中国成立70周年']]);
    expect(checkStale('庆祝新中国成立70周年', { year: 2026 })[0]!.suggestion).toBe('新中国成立77周年');
    expect(at(2021, '庆祝中国共产党成立100周年')).toEqual([]);
    expect(at(2021, '庆祝建党百年')).toEqual([]);
    expect(at(2026, '纪念建党一百周年')).toEqual([['stale/anniversary', 'warning', '建党一百周年']]);
    // Looking forward to next year's anniversary is right.
    expect(at(2020, '喜迎建党100周年')).toEqual([]);
    expect(at(2018, '纪念建党100周年')).toEqual([['stale/anniversary', 'warning', '建党100周年']]);
    expect(at(2026, '纪念改革开放48周年，建军99周年')).toEqual([]);
    // A citation of a past speech is right in any year.
    expect(at(2026, '习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话')).toEqual([]);
    // A redacted number is the placeholder check's.
    expect(at(2026, '新中国成立7X周年')).toEqual([]);
  });

  // Government work reports look back: a stale finding needs the wording to speak of the present.
  it('leaves events mentioned in retrospect alone', () => {
    // 2020年国务院政府工作报告 (reviewing 2019).
    expect(at(2020, '我们隆重庆祝中华人民共和国成立七十周年，极大激发了全国各族人民的爱国热情。')).toEqual([]);
    // 广东省2026年政府工作报告: 刚刚过去的一年，是“十四五”收官之年。
    expect(at(2026, '刚刚过去的一年，是“十四五”收官之年。')).toEqual([]);
    expect(at(2026, '回顾“十四五”时期，我们全面落实“十四五”规划，圆满完成各项目标任务。')).toEqual([]);
    expect(at(2024, '过去五年，我们深入学习贯彻党的十九大和十九届历次全会精神，取得了新的成绩。')).toEqual([]);
    expect(at(2026, '“十四五”期间，新中国成立75周年等重大活动保障有力。')).toEqual([]);
    // The present tense still counts, even beside a past clause.
    expect(at(2026, '过去一年成绩显著，今年是“十四五”收官之年。')).toEqual([['stale/plan-year', 'warning', '“十四五”收官之年']]);
    expect(at(2026, '当前，要深入贯彻党的十九届四中全会精神。')).toEqual([['stale/past-committee', 'warning', '十九届四中全会']]);
    // A directive to carry out guidance speaks of the present, whatever the sentence looked back on.
    expect(at(2023, '执法能力和水平有了较大提高，要深入贯彻党的十九大精神，但执法中不严格的问题仍然存在。')).toEqual([
      ['stale/past-congress', 'warning', '党的十九大'],
    ]);
    expect(at(2023, '过去一年，我们深入贯彻党的十九大精神，取得了新的成绩。')).toEqual([]);
  });

  it('flags 今年 next to an explicit other year', () => {
    expect(at(2026, '今年是2020年')).toEqual([['stale/relative-year', 'warning', '2020年']]);
    expect(checkStale('今年是2020年', { year: 2026 })[0]!.suggestion).toBe('2026年');
    expect(at(2026, '今年是2026年，去年2025年')).toEqual([]);
    expect(at(2026, '今年为2015年以来降水最多的一年')).toEqual([]);
  });

  it('reports offsets that slice to the flagged text', () => {
    const text = '今年是2020年，是“十三五”规划收官之年，全面贯彻党的十九届四中全会精神，庆祝新中国成立70周年。';
    const findings = checkStale(text, { year: 2026 });
    expect(findings).toHaveLength(4);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.category).toBe('stale');
    }
  });

  it('parses anniversary counts', () => {
    expect(['70', '七十', '一百', '百', '一百零五', '九十九'].map(parseChineseCount)).toEqual([70, 70, 100, 100, 105, 99]);
    expect(parseChineseCount('X')).toBeNull();
  });
});
