import { describe, expect, it } from 'vitest';
import type { DocParagraph, ParagraphRole } from '../document/roles';
import { sectionInsertionIndex } from './insert-position';

const p = (role: ParagraphRole, text: string): DocParagraph => ({ role, text });
// 0 title, 1 addressee, 2 body, 3 一、, 4 body, 5 （一）, 6 body, 7 （二）, 8 body, 9 二、, 10 body
const report: DocParagraph[] = [
  p('title', 'X区2026年工作情况报告'),
  p('addressee', '区委：'),
  p('body', '现将有关情况报告如下。'),
  p('heading1', '一、主要做法'),
  p('body', '全年开展检查120次。'),
  p('heading2', '（一）压实责任'),
  p('body', '层层签订责任书。'),
  p('heading2', '（二）强化督查'),
  p('body', '开展专项督查。'),
  p('heading1', '二、下步打算'),
  p('body', '持续抓好落实。'),
];

describe('sectionInsertionIndex: a section goes before or after whole sections, never inside one', () => {
  it('caret at the start of a heading: before that whole section', () => {
    expect(sectionInsertionIndex(report, { paragraph: 3, atStart: true }, 1)).toBe(3);
    expect(sectionInsertionIndex(report, { paragraph: 9, atStart: true }, 1)).toBe(9);
    expect(sectionInsertionIndex(report, { paragraph: 7, atStart: true }, 2)).toBe(7);
    // A lower-level section before a higher heading: it closes the section above, taking nothing away.
    expect(sectionInsertionIndex(report, { paragraph: 9, atStart: true }, 2)).toBe(9);
  });

  it('caret at the start of a heading: a level-1 section never splits the 一、 section (（二） keeps its parent)', () => {
    expect(sectionInsertionIndex(report, { paragraph: 7, atStart: true }, 1)).toBe(9);
  });

  it('caret elsewhere: after the section the caret is in, at the level of the inserted section', () => {
    // In a heading's text (not at its start): 一、 keeps its sub-sections.
    expect(sectionInsertionIndex(report, { paragraph: 3, atStart: false }, 1)).toBe(9);
    expect(sectionInsertionIndex(report, { paragraph: 6, atStart: false }, 1)).toBe(9);
    expect(sectionInsertionIndex(report, { paragraph: 6, atStart: false }, 2)).toBe(7);
    expect(sectionInsertionIndex(report, { paragraph: 5, atStart: false }, 2)).toBe(7);
    expect(sectionInsertionIndex(report, { paragraph: 10, atStart: false }, 1)).toBe(11);
    // The opening (title, addressee, lead-in) is followed by the first section.
    expect(sectionInsertionIndex(report, { paragraph: 2, atStart: false }, 1)).toBe(3);
    expect(sectionInsertionIndex(report, { paragraph: 0, atStart: true }, 1)).toBe(3);
    // The lead-in of 一、 before its first sub-section: a level-2 section goes before （一）.
    expect(sectionInsertionIndex(report, { paragraph: 4, atStart: false }, 2)).toBe(5);
  });

  it('a section without headings goes after the caret paragraph; no caret: at the end', () => {
    expect(sectionInsertionIndex(report, { paragraph: 6, atStart: false }, null)).toBe(7);
    expect(sectionInsertionIndex(report, { paragraph: 5, atStart: true }, null)).toBe(5);
    expect(sectionInsertionIndex(report, null, 1)).toBe(report.length);
  });
});
