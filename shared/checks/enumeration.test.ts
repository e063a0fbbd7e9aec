import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { checkEnumeration, checkEnumerationContinuity, enumerationItems } from './enumeration';

const flagged = (text: string) => checkEnumeration(text).map((f) => [f.text, f.suggestion]);

describe('enumeration check (一是……二是……)', () => {
  it('finds the items at clause starts only', () => {
    expect(enumerationItems('一是加强领导；二是压实责任。其一是，统一是').map((i) => i.value)).toEqual([1, 2]);
    expect(enumerationItems('做到一是一、二是二')).toEqual([]);
  });

  // 嘉定区违法用地专项治理方案（2014）as published: a sub-list's markers "1." "2." each on a line of
  // their own, between 三是 and 四是. A bare marker is no heading that ends the 一是 list.
  it('reads past bare list markers on their own lines', () => {
    const paragraphs = detectRoles([
      '（二）工作要求。专项治理行动按照以下要求开展：',
      '一是属地管理，条块结合。各街镇是专项治理行动的处置主体。',
      '二是杜绝新增，减少总量。确保违法用地零增长。',
      '三是以拆为主，分类处置。开展违法用地专项治理，原则上依法采用拆除的方式进行处置。',
      '违法用地存在以下情形的，可以采取其他处置方式：',
      '1.',
      '属于民生工程、基础设施的违法用地项目，可以在行政处罚后依法补办用地手续；',
      '2.',
      '已批准的设施农用地项目涉及违法用地的，可以采取恢复设施农用地用途的方式进行整改。',
      '四是标本兼治，综合治理。各街镇要以专项治理为契机，落实网格化管理。',
    ]);
    expect(checkEnumerationContinuity(paragraphs)).toEqual([]);
  });

  it('accepts a correct sequence and a nested list that returns to the outer one', () => {
    expect(flagged('一是加强领导。二是压实责任。三是强化考核。')).toEqual([]);
    expect(flagged('一是甲。二是乙。三是丙。一是丁。二是戊。四是己。')).toEqual([]);
  });

  it('flags a skip and a repeat with the item they should be', () => {
    expect(flagged('一是加强领导。三是强化考核。')).toEqual([['三是', '二是']]);
    expect(flagged('一是甲；二是乙；二是丙；三是丁。')).toEqual([
      ['二是', '三是'],
      ['三是', '四是'],
    ]);
  });

  it('reports errors in the numbering category with exact offsets', () => {
    const text = '（二）多策并举。一是借助花会；三是加大招商力度。';
    const [f] = checkEnumeration(text);
    expect(f).toMatchObject({ category: 'numbering', severity: 'error', rule: 'numbering/enumeration' });
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('checks a list continued into the next paragraph against the one before', () => {
    const ok = detectRoles(['一、主要措施', '一是加强领导。', '二是压实责任。', '三是强化考核。']);
    expect(checkEnumerationContinuity(ok)).toEqual([]);
    const gap = detectRoles(['一、主要措施', '一是加强领导。二是压实责任。', '四是强化考核。']);
    expect(checkEnumerationContinuity(gap).map((p) => [p.paragraph, p.finding.text, p.finding.suggestion])).toEqual([[2, '四是', '三是']]);
    const orphan = detectRoles(['一、主要措施', '二是压实责任。']);
    expect(checkEnumerationContinuity(orphan).map((p) => p.finding.suggestion)).toEqual(['一是']);
  });
});
