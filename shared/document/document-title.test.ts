import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS } from '../limits';
import { displayTitleOf, documentTitle, joinTitleLines } from './document-title';
import type { DocParagraph, ParagraphRole } from './roles';

const p = (role: ParagraphRole, text: string): DocParagraph => ({ role, text });

describe('joinTitleLines', () => {
  it('joins the lines of one title as they are, and a slogan title with a space', () => {
    expect(joinTitleLines(['关于贯彻落实区委全会', '精神情况的报告'])).toBe('关于贯彻落实区委全会精神情况的报告');
    expect(joinTitleLines(['扛稳责任  固强补弱  砥砺奋进', '着力绘好高质量发展的时代工笔画'])).toBe(
      '扛稳责任  固强补弱  砥砺奋进 着力绘好高质量发展的时代工笔画',
    );
    expect(joinTitleLines([' ', '工作要点'])).toBe('工作要点');
    expect(joinTitleLines(['长'.repeat(MAX_TITLE_CHARS + 10)])).toHaveLength(MAX_TITLE_CHARS);
  });
});

describe('documentTitle', () => {
  it('reads the title lines at the top, as edited', () => {
    expect(documentTitle([p('title', '和平区2026年工作要点'), p('addressee', '区委：'), p('body', '正文。')])).toBe('和平区2026年工作要点');
    expect(
      documentTitle([p('body', 'X委发〔2026〕3号'), p('body', ''), p('title', '关于2026年上半年'), p('title', '工作情况的报告'), p('body', '正文。')]),
    ).toBe('关于2026年上半年工作情况的报告');
  });

  it('is empty without a title paragraph near the top; a title-role line far below is not the title', () => {
    expect(documentTitle([p('body', '今年以来，我们……')])).toBe('');
    const late = [...Array.from({ length: 8 }, () => p('body', '正文。')), p('title', '附件标题')];
    expect(documentTitle(late)).toBe('');
  });
});

describe('displayTitleOf', () => {
  it('prefers the name the writer gave, then the title, then the first line', () => {
    expect(displayTitleOf('  我的名字 ', '和平区2026年工作要点', '和平区2026年工作要点')).toBe('我的名字');
    expect(displayTitleOf('', '和平区2026年工作要点', '和平区2026年工作要点\n正文')).toBe('和平区2026年工作要点');
    expect(displayTitleOf('', '', '\n  区委办：\n正文')).toBe('区委办：');
    expect(displayTitleOf('', '', '')).toBe('未命名文档');
  });
});
