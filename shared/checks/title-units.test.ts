import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { checkDocument } from './engine';

const findings = (lines: string[]) => checkDocument(detectRoles(lines)).findings.map((f) => [f.paragraph, f.rule, f.text]);

describe('a title or subtitle over several lines is one unit', () => {
  it('pairs 《 on the first title line with 》 on the second', () => {
    expect(findings(['国务院关于印发《国务院工作规则', '》的通知', '各省、自治区、直辖市人民政府：', '现予印发。'])).toEqual([]);
    expect(findings(['关于学习贯彻《中国共产党', '纪律处分条例》的通知', '各单位：', '现予印发。'])).toEqual([]);
  });

  // 国务院工作规则（国发〔2004〕18号）as published: its subtitle in brackets over two lines.
  it('pairs the brackets of a subtitle over two lines', () => {
    expect(findings(['国 务 院 工 作 规 则', '（二○○四年六月十六日国务院', '第54次常务会议修订通过）', '第一章　总则'])).toEqual([]);
  });

  it('still finds an unclosed mark in the unit, on the line that has it', () => {
    expect(findings(['关于学习贯彻《中国共产党', '纪律处分条例的通知', '各单位：', '现予印发。'])).toEqual([[0, 'pairing/unbalanced', '《']]);
  });

  it('finds a doubled word across the title lines', () => {
    expect(findings(['关于加强工作', '工作作风建设的通知', '各单位：', '现予印发。'])).toEqual([[1, 'repetition/word', '工作']]);
  });
});
