import { describe, expect, it } from 'vitest';
import { detectRoles } from '../document/detect-roles';
import type { DocParagraph, ParagraphRole } from '../document/roles';
import { arabicDate, checkDocumentFormat, checkFormat } from './format';
import { checkDocument } from './engine';

const p = (text: string, role: ParagraphRole = 'body'): DocParagraph => ({ role, text });
const flagged = (text: string, role: ParagraphRole = 'body') => checkFormat(p(text, role)).map((f) => [f.rule, f.text, f.suggestion]);

describe('format check', () => {
  it('flags zero-padded dates', () => {
    expect(flagged('于2026年04月08日召开')).toEqual([['format/date', '2026年04月08日', '2026年4月8日']]);
    expect(flagged('2026年4月08日')).toEqual([['format/date', '2026年4月08日', '2026年4月8日']]);
    expect(flagged('2026年 4月 8日')).toEqual([['format/date', '2026年 4月 8日', '2026年4月8日']]);
    expect(flagged('2026年4月8日、2026年10月、2020年12月30日')).toEqual([]);
  });

  it('flags numeric dates in Chinese text', () => {
    expect(flagged('截至2026.4.8，')).toEqual([['format/date', '2026.4.8', '2026年4月8日']]);
    expect(flagged('增长2026.5亿元，版本1.2.3')).toEqual([]);
  });

  it('flags 发文字号 with the wrong brackets, 第 or leading zeros', () => {
    expect(flagged('X府发[2026]3号')).toEqual([['format/doc-number', '[2026]3号', '〔2026〕3号']]);
    expect(flagged('X府发【2026】3号')).toEqual([['format/doc-number', '【2026】3号', '〔2026〕3号']]);
    expect(flagged('国办发(2026)第03号')).toEqual([['format/doc-number', '(2026)第03号', '〔2026〕3号']]);
    expect(flagged('X府发〔2026〕3号')).toEqual([]);
  });

  it('checks the 附件说明 form', () => {
    expect(flagged('附件：1、XXX统计表。', 'attachment')).toEqual([
      ['format/attachment', '1、', '1．'],
      ['format/attachment', '。', ''],
    ]);
    expect(flagged('附件：1．XXX统计表', 'attachment')).toEqual([]);
    expect(flagged('2．XXX名单', 'attachment')).toEqual([]);
  });

  it('asks for 。 at the end of the 抄送 line', () => {
    expect(flagged('抄送：区委办，区人大办')).toEqual([['format/copy-to', '办', '办。']]);
    expect(flagged('抄送：区委办，区人大办。')).toEqual([]);
  });

  it('reports offsets that slice to the flagged text, as warnings', () => {
    const text = '于2026年04月08日印发X府发[2026]03号文件，截至2026.4.8';
    const findings = checkFormat(p(text));
    expect(findings).toHaveLength(3);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f).toMatchObject({ category: 'format', severity: 'warning' });
    }
  });
});

describe('document format pass', () => {
  it('asks for a full-width colon after the addressee', () => {
    const missing = detectRoles(['关于X的报告', '区委、区政府', '现将有关情况报告如下。']);
    const [problem] = checkDocumentFormat(missing);
    expect(problem).toMatchObject({ paragraph: 1 });
    expect(problem!.finding).toMatchObject({ rule: 'format/addressee', text: '府', suggestion: '府：' });
    const comma: DocParagraph[] = [p('关于X的报告', 'title'), p('区委办，', 'addressee'), p('现将有关情况报告如下。')];
    expect(checkDocumentFormat(comma)[0]!.finding).toMatchObject({ text: '，', suggestion: '：' });
    expect(checkDocumentFormat(detectRoles(['关于X的报告', '区委办：', '正文。']))).toEqual([]);
  });

  // 万载县2022年国民经济和社会发展统计公报: the issuers under the title, set apart by a space, are no
  // addressee; a 公报 has none.
  it('takes the issuer line under a bulletin’s title for no addressee', () => {
    const bulletin = detectRoles(['万载县2022年国民经济和社会发展统计公报', '万载县统计局 国家统计局万载调查队', '（2023年5月）', '2022年，全县经济运行总体平稳。']);
    expect(checkDocumentFormat(bulletin)).toEqual([]);
    expect(bulletin.map((q) => q.role)).toEqual(['title', 'subtitle', 'subtitle', 'body']);
  });

  it('asks for Arabic numerals in the 成文日期', () => {
    const paragraphs = detectRoles(['关于X的报告', '正文。', 'X区人民政府', '二〇二六年四月八日']);
    const [problem] = checkDocumentFormat(paragraphs);
    expect(problem!.paragraph).toBe(3);
    expect(problem!.finding).toMatchObject({ rule: 'format/date-line', text: '二〇二六年四月八日', suggestion: '2026年4月8日' });
    expect(arabicDate('二〇二〇年十二月三十日')).toBe('2020年12月30日');
    expect(arabicDate('二○二六年十月一日')).toBe('2026年10月1日');
  });
});

describe('format/date-year: the 成文日期 in the year of the 发文字号 (GB/T 9704 7.2.4, 7.3.5)', () => {
  const doc = (...lines: [ParagraphRole, string][]) => lines.map(([role, text]) => ({ role, text }));
  const dateYear = (paragraphs: DocParagraph[]) => checkDocument(paragraphs).findings.filter((f) => f.rule === 'format/date-year');

  it('flags a date line carried over from last year (国办发〔2018〕128号 dated 2017年12月29日)', () => {
    const found = dateYear(
      doc(
        ['title', '国务院办公厅关于印发“无废城市”建设试点工作方案的通知'],
        ['docNumber', '国办发〔2018〕128号'],
        ['addressee', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'],
        ['body', '《“无废城市”建设试点工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。'],
        ['signature', '国务院办公厅'],
        ['date', '2017年12月29日'],
      ),
    );
    expect(found).toMatchObject([{ paragraph: 5, start: 0, end: 4, text: '2017', severity: 'warning' }]);
    expect(found[0]!.message).toContain('〔2018〕');
  });

  it('flags Chinese numerals too (国办发〔1997〕11号 dated 一九九六年四月八日)', () => {
    const found = dateYear(doc(['title', '国务院办公厅转发民政部关于清理整顿社会团体意见的通知'], ['docNumber', '国办发〔1997〕11号'], ['signature', '国务院办公厅'], ['date', '一九九六年四月八日']));
    expect(found).toMatchObject([{ text: '一九九六' }]);
  });

  it('is silent when the years agree, without a 发文字号, and for an older forwarded document after the cover date', () => {
    expect(dateYear(doc(['title', '国务院关于印发国家职业教育改革实施方案的通知'], ['docNumber', '国发〔2019〕4号'], ['signature', '国务院'], ['date', '2019年1月24日']))).toEqual([]);
    expect(dateYear(doc(['title', '关于2025年工作总结和2026年工作安排的报告'], ['signature', '中共和平街道工作委员会'], ['date', '2026年1月8日']))).toEqual([]);
    expect(
      dateYear(
        doc(
          ['title', '国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告的通知'],
          ['docNumber', '国办发〔1996〕2号'],
          ['signature', '国务院办公厅'],
          ['date', '一九九六年一月十日'],
          ['title', '关于我国地震重点监视防御区的确定和加强防震减灾工作意见的报告'],
          ['signature', '国家地震局'],
          ['date', '一九九五年十二月十二日'],
        ),
      ),
    ).toEqual([]);
  });
});

describe('format/addressee on a salutation over two lines', () => {
  it('asks for the colon on the last line only (习近平 2026 WAIC speech)', () => {
    const paragraphs: DocParagraph[] = [
      { role: 'title', text: '携手构建公正合理的全球人工智能治理体系' },
      { role: 'addressee', text: '尊敬的各位同事、各位来宾，' },
      { role: 'addressee', text: '女士们，先生们，朋友们：' },
      { role: 'body', text: '70年前，一群年轻学者在达特茅斯会议上首次提出“人工智能”的概念。' },
    ];
    expect(checkDocument(paragraphs).findings.filter((f) => f.rule === 'format/addressee')).toEqual([]);
    paragraphs[2] = { role: 'addressee', text: '女士们，先生们，朋友们，' };
    expect(checkDocument(paragraphs).findings.filter((f) => f.rule === 'format/addressee')).toMatchObject([{ paragraph: 2 }]);
  });
});
