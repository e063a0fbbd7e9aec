import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import { latestEvent, libraryDocumentYear } from './document-year';

const doc = (...lines: string[]) => detectRoles(lines);

describe('libraryDocumentYear', () => {
  it('takes the title first, then the date line, then the file name', () => {
    expect(libraryDocumentYear(doc('区2020年工作要点', '一、紧扣目标任务'), '2019.txt')).toMatchObject({ year: 2020, source: 'title' });
    expect(libraryDocumentYear(doc('区委工作报告', '正文内容。', '2021年3月5日'), '2019.txt')).toMatchObject({ year: 2021, source: 'date' });
    expect(libraryDocumentYear(doc('区委工作报告', '正文内容。'), '2019年工作总结.docx')).toMatchObject({ year: 2019, source: 'file-name' });
  });

  it('does not take a year out of a longer number in the file name', () => {
    expect(libraryDocumentYear(doc('区委工作报告', '正文内容。'), '000_d58627854540f769.txt').source).toBeNull();
  });

  it('then the year the body names most often, then the latest event it names', () => {
    expect(
      libraryDocumentYear(doc('工作报告', '2020年全区生产总值增长3%。', '2020年完成投资。', '2019年打下了基础。'), 'a.txt'),
    ).toMatchObject({ year: 2020, source: 'content' });
    const byEvent = libraryDocumentYear(doc('工作报告', '我们迎来了新中国成立70周年，党的十九届四中全会胜利召开。'), 'a.txt');
    expect(byEvent).toMatchObject({ year: 2019, source: 'event' });
    expect(byEvent.reason).toContain('按最近的事件推断');
    expect(libraryDocumentYear(doc('工作报告', '正文内容。'), 'a.txt')).toEqual({ year: null, source: null, reason: '标题、日期、文件名和正文中都没有年份' });
  });

  it('finds the latest of several plenums named together, skipping redacted counts', () => {
    expect(latestEvent('全面贯彻落实党的十九届三中、四中、五中、六中全会精神')).toEqual({ year: 2021, what: '十九届六中全会' });
    expect(latestEvent('迎来了新中国成立7X周年')).toBeNull();
  });
});
