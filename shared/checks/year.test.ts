import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { detectDocumentYear, titleYear } from './year';

describe('detectDocumentYear', () => {
  it('takes the year from the title', () => {
    expect(detectDocumentYear(detectRoles(['区2020年工作要点', '今年是……。']))).toBe(2020);
    expect(detectDocumentYear(detectRoles(['X区委2020年落实全面从严治党主体责任情况报告', '正文。']))).toBe(2020);
  });

  it('falls back to the date line', () => {
    expect(detectDocumentYear(detectRoles(['关于X的报告', '正文。', 'X街道办事处', '2020年12月30日']))).toBe(2020);
    expect(detectDocumentYear(detectRoles(['关于X的报告', '正文。', 'X街道办事处', '二〇二六年四月八日']))).toBe(2026);
    expect(detectDocumentYear(detectRoles(['在全区工作会议上的讲话', '（2026年4月8日）', '同志们：', '正文。']))).toBe(2026);
  });

  // 国务院关于印发《国务院工作规则》的通知: no year in the title, 国发〔2004〕18号 under it, and its date
  // line sits above the attached rules, not at the end.
  it('takes the year from the 发文字号, then from a date line above an attached document', () => {
    expect(detectDocumentYear(detectRoles(['国务院关于印发《国务院工作规则》的通知', '国发〔2004〕18号', '各省、自治区、直辖市人民政府：', '正文。']))).toBe(2004);
    expect(detectDocumentYear(detectRoles(['国办发〔2018〕128号', '国务院办公厅关于印发某方案的通知', '正文。']))).toBe(2018);
    expect(detectDocumentYear(detectRoles(['国务院关于印发某规则的通知', '各部委：', '正文。', '国务院', '二〇〇四年六月二十六日', '某规则', '第一条　正文。']))).toBe(2004);
  });

  it('is null when neither says', () => {
    expect(detectDocumentYear(detectRoles(['贯彻落实党的十九届四中全会精神情况报告', '正文。']))).toBeNull();
    expect(detectDocumentYear([])).toBeNull();
  });

  it('reads a title with several years as its working year', () => {
    expect(titleYear('关于2025年工作总结和2026年工作安排的报告')).toBe(2026);
    expect(titleYear('X区国民经济和社会发展第十五个五年规划（2026—2030年）')).toBe(2026);
    expect(titleYear('二〇二六年工作要点')).toBe(2026);
  });
});
