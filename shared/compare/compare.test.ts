/**
 * 对照 on sample 000 against a copy made into "this year's" report by hand: section 二 moved before 一
 * (both renumbered), a sentence edited in 一 and in the opening, a new section 三 written, the old 三
 * (with its six subsections) deleted. Expected figures come from the edits, not from the code.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanupParagraphs } from '../document/cleanup';
import { detectRoles } from '../document/detect-roles';
import type { DocParagraph } from '../document/roles';
import { charDiff } from './char-diff';
import { compareDocuments } from './compare';
import { SAMPLE_EDITS, thisYearFromSample000 } from './sample-edits';
import { countChars } from './text';

const SAMPLE = fileURLToPath(new URL('../../fixtures/samples/000_d58627854540f769.txt', import.meta.url));

function loadSample(): DocParagraph[] {
  // As the importer does (gongwen convert): ads and watermarks out, then roles; blank lines dropped.
  return detectRoles(cleanupParagraphs(fs.readFileSync(SAMPLE, 'utf8').split('\n')).paragraphs).filter((p) => p.text.trim());
}

const old = loadSample();
const { addedSentence: ADDED_SENTENCE, newHeading: NEW_HEADING, newBody: NEW_BODY } = SAMPLE_EDITS;
const thisYear = () => thisYearFromSample000(old);

describe('compareDocuments on sample 000', () => {
  it('reads the sample as 前言, 一, 二, 三 with six subsections', () => {
    expect(old.map((p) => p.role)).toEqual([
      'addressee', 'body', 'heading1', 'body', 'heading1', 'body', 'heading1',
      'heading2', 'heading2', 'heading2', 'body', 'heading2', 'body', 'heading2', 'body', 'heading2', 'body',
    ]);
  });

  const neu = thisYear();
  const c = compareDocuments(old, neu);

  it('aligns the sections: moved, added and deleted ones named', () => {
    expect(c.sections.map((s) => [s.status, s.old?.slice(0, 6) ?? null, s.new?.slice(0, 6) ?? null, s.moved, s.fullyReused])).toEqual([
      ['modified', null, null, false, false],
      ['unchanged', '二、进一步认', '一、进一步认', true, true],
      ['modified', '一、加强学习', '二、加强学习', false, false],
      ['added', null, '三、持续改进', false, false],
      ['deleted', '三、围绕重点', null, false, false],
    ]);
    expect(c.sections[1]!.oldRange).toEqual([4, 6]);
    expect(c.sections[1]!.newRange).toEqual([2, 4]);
    expect(c.sections[4]!.oldRange).toEqual([6, 17]);
  });

  it('aligns the paragraphs, a renumbered heading counting as unchanged', () => {
    const statuses = c.sections.map((s) => s.paragraphs.map((p) => [p.status, p.oldIndex ?? null, p.newIndex ?? null]));
    expect(statuses).toEqual([
      [['unchanged', 0, 0], ['modified', 1, 1]],
      [['unchanged', 4, 2], ['unchanged', 5, 3]],
      [['unchanged', 2, 4], ['modified', 3, 5]],
      [['added', null, 6], ['added', null, 7]],
      Array.from({ length: 11 }, (_, k) => ['deleted', 6 + k, null]),
    ]);
  });

  it('diffs whole changed words', () => {
    const [before, after] = old[1]!.text.split('凝集');
    expect(c.sections[0]!.paragraphs[1]!.diff).toEqual([
      { op: 'equal', text: `${before}凝` },
      { op: 'delete', text: '集' },
      { op: 'insert', text: '聚' },
      { op: 'equal', text: after },
      { op: 'insert', text: ADDED_SENTENCE },
    ]);
    const diffA = c.sections[2]!.paragraphs[1]!.diff!;
    expect(diffA.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: '班子' },
      { op: 'insert', text: '专题' },
    ]);
  });

  it('computes 沿用率 as the share of new characters carried over', () => {
    const chars = (ps: DocParagraph[]) => ps.reduce((n, p) => n + countChars(p.text), 0);
    const total = chars(neu);
    // Inserted characters: 聚, the added sentence, 专题, and the whole new section.
    const inserted = 1 + ADDED_SENTENCE.length + 2 + NEW_HEADING.length + NEW_BODY.length;
    expect(c.newChars).toBe(total);
    expect(c.reusedChars).toBe(total - inserted);
    expect(c.reuse).toBeCloseTo((total - inserted) / total, 12);
    const preface = chars(neu.slice(0, 2));
    expect(c.sections[0]!.reuse).toBeCloseTo((preface - 1 - ADDED_SENTENCE.length) / preface, 12);
    expect(c.sections[1]!.reuse).toBe(1);
    const a = chars(neu.slice(4, 6));
    expect(c.sections[2]!.reuse).toBeCloseTo((a - 2) / a, 12);
    expect(c.sections[3]!.reuse).toBe(0);
    expect(c.sections[4]!.reuse).toBe(0);
  });

  it('a document compared with itself is all 沿用', () => {
    const same = compareDocuments(old, old);
    expect(same.reuse).toBe(1);
    expect(same.sections.every((s) => s.status === 'unchanged' && s.fullyReused && !s.moved)).toBe(true);
  });
});

describe('section and paragraph edge cases', () => {
  it('a document without 一、 headings is cut at its （一） headings, else one section', () => {
    const a: DocParagraph[] = [
      { role: 'body', text: '今年以来工作稳步推进。' },
      { role: 'heading2', text: '（一）抓好安全生产。' },
      { role: 'body', text: '开展隐患排查整治。' },
    ];
    expect(compareDocuments(a, a).sections.map((s) => s.new)).toEqual([null, '（一）抓好安全生产。']);
    const plain: DocParagraph[] = [{ role: 'body', text: '全年工作稳步推进，完成目标任务。' }];
    expect(compareDocuments(plain, plain).sections).toHaveLength(1);
  });

  it('pairs an edited paragraph and leaves unrelated ones added and deleted', () => {
    const a: DocParagraph[] = [
      { role: 'body', text: '全年完成固定资产投资3.2亿元，新引进企业15家。' },
      { role: 'body', text: '深入开展党史学习教育，组织专题学习12次。' },
    ];
    const b: DocParagraph[] = [
      { role: 'body', text: '全年完成固定资产投资4.15亿元，新引进企业21家。' },
      { role: 'body', text: '持续优化营商环境，办结群众诉求1500余件。' },
    ];
    const ps = compareDocuments(a, b).sections[0]!.paragraphs;
    expect(ps.map((p) => p.status)).toEqual(['modified', 'deleted', 'added']);
  });
});

describe('charDiff', () => {
  it('keeps numbers whole', () => {
    const d = charDiff('2025年完成投资3.2亿元，增长12%。', '2026年完成投资4.15亿元，增长9.8%。');
    expect(d).toEqual([
      { op: 'delete', text: '2025' },
      { op: 'insert', text: '2026' },
      { op: 'equal', text: '年完成投资' },
      { op: 'delete', text: '3.2' },
      { op: 'insert', text: '4.15' },
      { op: 'equal', text: '亿元，增长' },
      { op: 'delete', text: '12%' },
      { op: 'insert', text: '9.8%' },
      { op: 'equal', text: '。' },
    ]);
  });
});
