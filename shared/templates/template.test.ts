import { describe, expect, it } from 'vitest';
import { checkDocument } from '../checks';
import type { DocParagraph } from '../document/roles';
import {
  documentTemplateFromParagraphs,
  fillDocumentTemplate,
  insertSection,
  outlineOf,
  renumbered,
  sectionToParagraphs,
  shiftSectionLevel,
  templateToParagraphs,
} from './template';
import type { DocumentTemplate, SectionTemplate } from './types';

const template: DocumentTemplate = {
  type: 'document',
  id: 'test-report',
  name: '测试报告',
  kind: '情况报告',
  description: '',
  fields: [
    { name: '单位名称', label: '单位名称' },
    { name: '年份', label: '年份', auto: 'currentYear' },
    { name: '成文日期', label: '成文日期', auto: 'today' },
  ],
  title: ['{{单位名称}}{{年份}}年', '安全生产工作情况的报告'],
  addressee: '区委办：',
  body: [
    { role: 'body', text: '今年以来，{{单位名称}}认真落实部署。现将有关情况报告如下：' },
    { role: 'heading1', text: '一、主要工作' },
    { role: 'heading2', text: '（一）压实责任。【写明责任落实情况】' },
    { role: 'heading1', text: '二、下步打算' },
    { role: 'body', text: '一是【写明措施】。' },
  ],
  sections: [
    { level: 1, heading: '一、主要工作' },
    { level: 2, heading: '（一）压实责任' },
    { level: 1, heading: '二、下步打算' },
  ],
  closing: ['特此报告。'],
  signature: ['中共{{单位名称}}工作委员会'],
  date: '{{成文日期}}',
};

describe('templateToParagraphs', () => {
  it('lays out title, addressee, body, closing, signature and date with their roles', () => {
    const paragraphs = templateToParagraphs(template);
    expect(paragraphs.map((p) => p.role)).toEqual([
      'title', 'title', 'addressee', 'body', 'heading1', 'heading2', 'heading1', 'body', 'body', 'signature', 'date',
    ]);
    expect(paragraphs.at(-3)).toEqual({ role: 'body', text: '特此报告。' });
  });

  it('fills fields with defaults at fill time and builds the title from the filled lines', () => {
    const filled = fillDocumentTemplate(template, { 单位名称: '和平街道' }, new Date(2026, 3, 8));
    expect(filled.title).toBe('和平街道2026年安全生产工作情况的报告');
    expect(filled.paragraphs.at(-1)).toEqual({ role: 'date', text: '2026年4月8日' });
    expect(filled.paragraphs.at(-2)).toEqual({ role: 'signature', text: '中共和平街道工作委员会' });
    expect(filled.values).toEqual({ 单位名称: '和平街道', 年份: '2026', 成文日期: '2026年4月8日' });
    // What is left for the writer: the prompts, nothing else.
    const findings = checkDocument(filled.paragraphs).findings;
    expect(findings.map((f) => f.rule)).toEqual(['placeholder/guidance', 'placeholder/guidance']);
  });

  it('reads the declared outline back from the paragraphs', () => {
    expect(outlineOf(templateToParagraphs(template))).toEqual([
      { level: 1, marker: '一、', title: '主要工作' },
      { level: 2, marker: '（一）', title: '压实责任' },
      { level: 1, marker: '二、', title: '下步打算' },
    ]);
  });
});

describe('sections', () => {
  const section: SectionTemplate = {
    type: 'section',
    id: 'work-safety',
    name: '安全生产',
    category: '社会治理',
    description: '',
    fields: [{ name: '单位名称', label: '单位名称' }],
    paragraphs: [
      { role: 'heading1', text: '一、安全生产' },
      { role: 'heading2', text: '（一）压实责任。{{单位名称}}逐级签订责任书。' },
      { role: 'heading2', text: '（二）排查隐患。【写明检查企业数】' },
    ],
  };

  it('moves a section to the level where it lands, markers and roles together', () => {
    const moved = shiftSectionLevel(section.paragraphs, 2);
    expect(moved).toEqual([
      { role: 'heading2', text: '（一）安全生产' },
      { role: 'heading3', text: '1．压实责任。{{单位名称}}逐级签订责任书。' },
      { role: 'heading3', text: '2．排查隐患。【写明检查企业数】' },
    ]);
    expect(shiftSectionLevel(moved, 1)).toEqual(section.paragraphs);
    // Past level 4 a heading becomes body text.
    expect(shiftSectionLevel(section.paragraphs, 4).map((p) => p.role)).toEqual(['heading4', 'body', 'body']);
  });

  it('fills a section and renumbers it where it is inserted', () => {
    const paragraphs = sectionToParagraphs(section, { values: { 单位名称: '和平街道' }, level: 1 });
    expect(paragraphs[1]!.text).toBe('（一）压实责任。和平街道逐级签订责任书。');
    const draft: DocParagraph[] = [
      { role: 'heading1', text: '一、主要工作' },
      { role: 'body', text: '正文。' },
      { role: 'heading1', text: '二、存在的问题' },
      { role: 'body', text: '正文。' },
    ];
    const inserted = insertSection(draft, 2, paragraphs);
    expect(outlineOf(inserted).map((h) => `${h.marker}${h.title}`)).toEqual([
      '一、主要工作',
      '二、安全生产',
      '（一）压实责任',
      '（二）排查隐患',
      '三、存在的问题',
    ]);
    expect(checkDocument(inserted).findings.filter((f) => f.category === 'numbering')).toEqual([]);
  });

  it('renumbers a document whose headings are out of sequence', () => {
    const out = renumbered([
      { role: 'heading1', text: '一、甲' },
      { role: 'heading1', text: '一、乙' },
      { role: 'heading2', text: '（三）丙' },
    ]);
    expect(out.map((p) => p.text)).toEqual(['一、甲', '二、乙', '（一）丙']);
  });
});

describe('documentTemplateFromParagraphs (保存为模板)', () => {
  it('splits a draft into title, addressee, body, signature and date, declaring the body headings', () => {
    const paragraphs = templateToParagraphs(template);
    const saved = documentTemplateFromParagraphs([...paragraphs, { role: 'body', text: '  ' }], {
      id: 'user-abc',
      name: '我的报告',
      kind: '情况报告',
      description: '',
      fields: template.fields,
    });
    expect(saved.title).toEqual(template.title);
    expect(saved.addressee).toBe('区委办：');
    expect(saved.signature).toEqual(template.signature);
    expect(saved.date).toBe('{{成文日期}}');
    expect(saved.closing).toEqual([]);
    expect(saved.body.at(-1)).toEqual({ role: 'body', text: '特此报告。' });
    expect(saved.sections).toEqual(template.sections);
    expect(templateToParagraphs(saved)).toEqual(paragraphs);
  });

  it('names an untitled draft after the template', () => {
    const saved = documentTemplateFromParagraphs([{ role: 'body', text: '正文。' }], {
      id: 'user-abc', name: '我的模板', kind: '报告', description: '', fields: [],
    });
    expect(saved.title).toEqual(['我的模板']);
    expect(saved.addressee).toBeUndefined();
  });
});
