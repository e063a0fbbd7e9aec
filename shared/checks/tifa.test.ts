import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanupParagraphs } from '../document/cleanup';
import { detectRoles } from '../document/detect-roles';
import { ANNIVERSARIES, CENTRAL_COMMITTEES } from './data/calendar';
import { BUILT_IN_TIFA } from './data/tifa';
import { TIFA_KINDS, tifaYear, type TifaEntry } from './data/tifa-types';
import { checkDocument, IncrementalChecker } from './engine';
import { parseChineseCount } from './stale';
import { checkTifa } from './tifa';
import { anchorsOf, compileTifaTable, entrySource } from './tifa-table';

const at = (year: number | null, text: string) => checkTifa(text, { year }).map((f) => [f.severity, f.text]);

describe('the 提法 table', () => {
  it('has at least 150 entries of every kind, each with a dated source', () => {
    expect(BUILT_IN_TIFA.length).toBeGreaterThanOrEqual(150);
    for (const kind of TIFA_KINDS) expect(BUILT_IN_TIFA.some((e) => e.kind === kind), kind).toBe(true);
    for (const e of BUILT_IN_TIFA) {
      expect(e.source.title, e.wording).not.toBe('');
      expect(e.source.date, e.wording).toMatch(/^(?:19|20)\d\d-\d\d(?:-\d\d)?$/);
      if (e.validUntil !== undefined) {
        expect(tifaYear(e.validUntil), e.wording).toBeGreaterThanOrEqual(tifaYear(e.validFrom));
        expect(e.replacement ?? e.action, `${e.wording}: replacement or action`).toBeTruthy();
      }
    }
  });

  it('compiles every pattern, none matching empty text; a wording without pattern matches itself', () => {
    for (const e of BUILT_IN_TIFA) {
      expect(new RegExp(entrySource(e)).test(''), e.wording).toBe(false);
      if (!e.pattern) expect(new RegExp(entrySource(e)).test(e.wording), e.wording).toBe(true);
    }
  });

  it('gives every built-in pattern a literal anchor, so one pass of plain strings finds the candidates', () => {
    expect(anchorsOf('(?:决战决胜|打赢)脱贫攻坚战?(?!战)')).toEqual([{ text: '脱贫攻坚', before: 6 }]);
    expect(anchorsOf('(?<=坚持)[“"]?动态清零[”"]?|疫情常态化防控')).toEqual([
      { text: '动态清零', before: 1 },
      { text: '疫情常态化防控', before: 0 },
    ]);
    expect(anchorsOf('[“"]?不忘初心[、，,]?\\s*牢记使命')).toEqual([{ text: '不忘初心', before: 1 }]);
    expect(anchorsOf('(?<![动物])疫情(?!防控)')).toEqual([{ text: '疫情', before: 0 }]);
    expect(anchorsOf('x*ab')).toEqual([{ text: 'ab', before: 24 }]);
    expect(anchorsOf('(?:a|b)c?')).toBeNull();
    for (const e of BUILT_IN_TIFA.filter((x) => !x.delegate)) expect(anchorsOf(entrySource(e)), e.wording).not.toBeNull();
  });

  it('dates the plenum entries by the calendar and the anniversary entries by its event years', () => {
    const plenums = BUILT_IN_TIFA.filter((e) => e.delegate === 'stale/past-committee');
    expect(plenums.length).toBe(CENTRAL_COMMITTEES.flatMap((c) => c.plenums).filter((p) => p.year >= 2012).length);
    for (const e of BUILT_IN_TIFA.filter((x) => x.delegate === 'stale/anniversary')) {
      const a = ANNIVERSARIES.find((x) => x.names.some((n) => e.wording.startsWith(n)));
      const name = a!.names.find((n) => e.wording.startsWith(n))!;
      const count = parseChineseCount(e.wording.slice(name.length).replace(/周年$/, ''));
      expect(a!.year + count!, e.wording).toBe(e.validFrom);
      expect(e.source.date.slice(0, 4), e.wording).toBe(String(e.validFrom));
    }
  });
});

describe('stale/tifa', () => {
  it('flags 双战双赢 in 2026 and not in 2020', () => {
    const text = '为奋力实现疫情防控和经济社会发展“双战双赢”提供坚强政治保障。';
    expect(at(2026, text)).toEqual([['warning', '疫情防控和经济社会发展“双战双赢”']]);
    expect(at(2020, text)).toEqual([]);
    const [f] = checkTifa(text, { year: 2026 });
    expect(f!.message).toContain('乙类乙管');
    expect(f!.message).toContain('2026年的文稿不宜');
    expect(f!.suggestion).toBeUndefined();
  });

  it('leaves a look back alone', () => {
    expect(at(2026, '回顾“十三五”时期，全区经济社会发展取得了显著成就。')).toEqual([]);
    expect(at(2026, '脱贫攻坚战取得全面胜利后，我们接续推进乡村全面振兴。')).toEqual([]);
    expect(at(2026, '打赢脱贫攻坚战后，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。')).toEqual([]);
    expect(at(2026, '2020年，我们坚持“外防输入、内防反弹”，取得了疫情防控重大战略成果。')).toEqual([]);
    expect(at(2026, '巩固扫黑除恶专项斗争成果，推进常态化扫黑除恶斗争。')).toEqual([]);
  });

  it('flags the campaigns and tasks of earlier years as current ones', () => {
    expect(at(2026, '全面落实“十三五”规划确定的目标任务')).toEqual([['warning', '十三五']]);
    expect(at(2026, '全面落实“十四五”规划')).toEqual([['warning', '十四五']]);
    expect(checkTifa('全面落实“十四五”规划', { year: 2026 })[0]!.suggestion).toBe('十五五');
    expect(at(2024, '全面落实“十四五”规划')).toEqual([]);
    expect(at(2026, '坚持外防输入、内防反弹，坚持动态清零不动摇')).toEqual([
      ['warning', '外防输入、内防反弹'],
      ['warning', '动态清零'],
    ]);
    expect(at(2026, '扎实做好“六稳”工作，全面落实“六保”任务')).toEqual([
      ['warning', '“六稳”工作'],
      ['warning', '“六保”任务'],
    ]);
    expect(at(2021, '扎实做好“六稳”工作，全面落实“六保”任务')).toEqual([]);
    expect(at(2026, '聚力落实脱贫攻坚重大政治任务')).toEqual([['warning', '脱贫攻坚重大政治任务']]);
    expect(at(2021, '巩固拓展“不忘初心、牢记使命”主题教育成果')).toEqual([['warning', '“不忘初心、牢记使命”主题教育']]);
    expect(at(2020, '巩固拓展“不忘初心、牢记使命”主题教育成果')).toEqual([]);
    expect(at(2026, '把不忘初心、牢记使命作为加强党的建设的永恒课题')).toEqual([]);
    expect(at(2026, '深入开展扫黑除恶专项斗争')).toEqual([['warning', '扫黑除恶专项斗争']]);
    expect(at(2026, '按照环境保护部的要求')).toEqual([['warning', '环境保护部']]);
    expect(at(2026, '根据《环境保护部关于加强规划环境影响评价的通知》，原环境保护部')).toEqual([]);
  });

  it('keeps bare 疫情 at info, and leaves animal outbreaks alone', () => {
    expect(at(2026, '做好疫情防控工作')).toEqual([['info', '疫情防控']]);
    expect(at(2026, '防范非洲猪瘟疫情和重大动物疫情')).toEqual([]);
    expect(at(2022, '做好疫情防控工作')).toEqual([]);
  });

  it('reports nothing without a year, and uses an office table', () => {
    expect(at(null, '“双战双赢”')).toEqual([]);
    const own: TifaEntry = {
      wording: '三个年',
      pattern: '[“"]?三个年[”"]?活动',
      kind: '工作提法',
      validFrom: 2022,
      validUntil: 2023,
      action: '本单位2022—2023年开展，已结束',
      source: { title: '关于开展“三个年”活动的通知', issuer: '某市委', date: '2022-02-10' },
    };
    const table = compileTifaTable(BUILT_IN_TIFA, [own]);
    expect(checkTifa('深入开展“三个年”活动', { year: 2026, table }).map((f) => f.text)).toEqual(['“三个年”活动']);
    expect(checkTifa('深入开展“三个年”活动', { year: 2026 })).toEqual([]);
  });

  it('the incremental checker starts afresh when the table changes', () => {
    const doc = [{ role: 'body' as const, text: '深入开展“三个年”活动。' }];
    const checker = new IncrementalChecker();
    expect(checker.check(doc, { year: 2026 }).findings).toEqual([]);
    const own: TifaEntry = {
      wording: '“三个年”活动',
      kind: '工作提法',
      validFrom: 2022,
      validUntil: 2023,
      action: '已结束',
      source: { title: '关于开展“三个年”活动的通知', issuer: '某市委', date: '2022-02-10' },
    };
    const tifa = compileTifaTable(BUILT_IN_TIFA, [own]);
    expect(checker.check(doc, { year: 2026, tifa }).findings.map((f) => f.rule)).toEqual(['stale/tifa']);
  });
});

describe('sample 002 (a 2020 主体责任 report) reused in 2026', () => {
  const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
  const file = fs.readdirSync(samplesDir).find((f) => f.startsWith('002'))!;
  const paragraphs = detectRoles(cleanupParagraphs(fs.readFileSync(samplesDir + file, 'utf8').split('\n')).paragraphs);
  const staleIn = (year: number) => checkDocument(paragraphs, { year }).findings.filter((f) => f.category === 'stale');
  const found = (year: number, paragraphStart: string, text: string) => {
    const p = paragraphs.findIndex((x) => x.text.startsWith(paragraphStart));
    expect(p, paragraphStart).toBeGreaterThanOrEqual(0);
    return staleIn(year).some((f) => f.paragraph === p && f.text === text);
  };
  const EXPECTED: ReadonlyArray<[string, string]> = [
    ['今年以来，XX区委坚持', '疫情防控和经济社会发展“双战双赢”'],
    ['今年以来，XX区委坚持', '十九届二中、三中、四中、五中全会'],
    ['2．科学开展疫情监测处置', '“外防输入、内防扩散”'],
    ['4．保证生产生活平稳有序', '“六稳”工作'],
    ['4．保证生产生活平稳有序', '“六保”任务'],
    ['4．保证生产生活平稳有序', '疫情防控'],
    ['2．巩固“不忘初心、牢记使命”主题教育成果', '“不忘初心、牢记使命”主题教育'],
    ['区委坚持将党的建设与经济社会发展', '“双战双赢”'],
    ['1．把统筹协调作为重要前提', '脱贫攻坚重大政治任务'],
    ['接下来，区委将持续', '“不忘初心、牢记使命”主题教育'],
    ['一是思想引领、理论武装', '“六稳”“六保”'],
  ];

  it('flags 疫情, 六稳/六保, 双战双赢, 脱贫攻坚, 十九届 and the 主题教育 as current in 2026', () => {
    for (const [p, text] of EXPECTED) expect(found(2026, p, text), `${p} ${text}`).toBe(true);
  });

  it('flags none of them in its own year', () => {
    for (const [p, text] of EXPECTED) expect(found(2020, p, text), `${p} ${text}`).toBe(false);
    expect(staleIn(2020)).toEqual([]);
  });
});
