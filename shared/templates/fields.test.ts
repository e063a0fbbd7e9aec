import { describe, expect, it } from 'vitest';
import type { DocParagraph } from '../document/roles';
import {
  fieldCounts,
  fieldDefault,
  fieldFillEdits,
  fieldNames,
  fillFields,
  fillText,
  findFields,
  FieldMarkError,
  formatChineseDate,
  markField,
  resolveFieldValues,
  unfilledFields,
} from './fields';
import type { TemplateField } from './types';

const doc: DocParagraph[] = [
  { role: 'title', text: '{{单位名称}}关于贯彻落实{{会议名称}}精神情况的报告' },
  { role: 'addressee', text: '{{主送机关}}：' },
  { role: 'body', text: '{{会议名称}}召开以来，{{单位名称}}第一时间传达学习。' },
  { role: 'signature', text: '{{署名机关}}' },
];

describe('findFields', () => {
  it('finds every {{名称}} with offsets, tolerating spaces and full-width braces', () => {
    const text = '{{单位名称}}于{{ 年份 }}年，｛｛会议名称｝｝';
    const found = findFields(text);
    expect(found.map((f) => f.name)).toEqual(['单位名称', '年份', '会议名称']);
    for (const f of found) expect(text.slice(f.start, f.end)).toMatch(/^(\{\{|｛｛).*(\}\}|｝｝)$/);
    expect(findFields('没有字段，{单个花括号}，{{}}')).toEqual([]);
  });

  it('lists the names a document uses, each once, in order of first use', () => {
    expect(fieldNames(doc)).toEqual(['单位名称', '会议名称', '主送机关', '署名机关']);
  });
});

describe('fillFields', () => {
  it('sets every occurrence of a field at once', () => {
    const filled = fillFields(doc, { 单位名称: '和平街道', 会议名称: '区委十三届七次全会' });
    expect(filled[0]!.text).toBe('和平街道关于贯彻落实区委十三届七次全会精神情况的报告');
    expect(filled[2]!.text).toBe('区委十三届七次全会召开以来，和平街道第一时间传达学习。');
    expect(filled.map((p) => p.role)).toEqual(doc.map((p) => p.role));
  });

  it('leaves unfilled fields visible as {{名称}}, including ones given as empty text', () => {
    const filled = fillFields(doc, { 单位名称: '和平街道', 主送机关: '  ' });
    expect(filled[1]!.text).toBe('{{主送机关}}：');
    expect(filled[3]!.text).toBe('{{署名机关}}');
    expect(unfilledFields(filled)).toEqual(['会议名称', '主送机关', '署名机关']);
  });

  it('does not fill a value that itself looks like a field, nor read prototype keys', () => {
    expect(fillText('{{甲}}、{{乙}}', { 甲: '{{乙}}', 乙: '二' })).toBe('{{乙}}、二');
    expect(fillText('{{constructor}}{{toString}}', {})).toBe('{{constructor}}{{toString}}');
  });

  it('keeps unchanged paragraphs as the same objects', () => {
    const filled = fillFields(doc, {});
    filled.forEach((p, i) => expect(p).toBe(doc[i]));
  });
});

describe('defaults', () => {
  const now = new Date(2026, 3, 8);
  const fields: TemplateField[] = [
    { name: '年份', label: '年份', auto: 'currentYear' },
    { name: '报告年度', label: '报告年度', auto: 'previousYear' },
    { name: '成文日期', label: '成文日期', auto: 'today' },
    { name: '辖区', label: '辖区', default: '全区' },
    { name: '单位名称', label: '单位名称' },
  ];

  it('computes 年份 from the current year at fill time, dates without zero padding', () => {
    expect(fieldDefault(fields[0]!, now)).toBe('2026');
    expect(fieldDefault(fields[1]!, now)).toBe('2025');
    expect(fieldDefault(fields[2]!, now)).toBe('2026年4月8日');
    expect(formatChineseDate(new Date(2026, 11, 31))).toBe('2026年12月31日');
    expect(fieldDefault(fields[4]!, now)).toBeUndefined();
  });

  it('uses given values first, defaults for fields not given, and "" to keep a field unfilled', () => {
    expect(resolveFieldValues(fields, { 单位名称: '和平街道', 年份: '2027', 辖区: '' }, now)).toEqual({
      年份: '2027',
      报告年度: '2025',
      成文日期: '2026年4月8日',
      辖区: '',
      单位名称: '和平街道',
    });
    const filled = fillText('{{辖区}}{{年份}}年', resolveFieldValues(fields, { 辖区: '' }, now));
    expect(filled).toBe('{{辖区}}2026年');
  });
});

describe('markField (设为字段)', () => {
  const draft: DocParagraph[] = [
    { role: 'title', text: '和平街道2026年上半年工作总结' },
    { role: 'body', text: '今年以来，和平街道认真落实区委部署，和平街道各项工作稳步推进。' },
    { role: 'body', text: '{{和平街道名称}}不动。' },
  ];

  it('turns every occurrence of the selection into {{名称}} and declares the field', () => {
    const result = markField(draft, [], { text: '和平街道', name: '单位名称', label: '单位名称', keepAsDefault: true });
    expect(result.replaced).toBe(3);
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      '{{单位名称}}2026年上半年工作总结',
      '今年以来，{{单位名称}}认真落实区委部署，{{单位名称}}各项工作稳步推进。',
      '{{和平街道名称}}不动。', // never inside an existing field
    ]);
    expect(result.fields).toEqual([{ name: '单位名称', label: '单位名称', default: '和平街道' }]);
    expect(draft[0]!.text).toBe('和平街道2026年上半年工作总结'); // the input is not changed
  });

  it('reuses a field already declared', () => {
    const first = markField(draft, [], { text: '和平街道', name: '单位名称' });
    const second = markField(first.paragraphs, first.fields, { text: '2026', name: '年份' });
    expect(second.fields.map((f) => f.name)).toEqual(['单位名称', '年份']);
    const again = markField(second.paragraphs, second.fields, { text: '上半年', name: '单位名称' });
    expect(again.fields).toHaveLength(2);
    expect(again.paragraphs[0]!.text).toBe('{{单位名称}}{{年份}}年{{单位名称}}工作总结');
  });

  it('refuses an empty selection, braces, a bad name or text not found, in Chinese', () => {
    expect(() => markField(draft, [], { text: ' ', name: '甲' })).toThrow(FieldMarkError);
    expect(() => markField(draft, [], { text: '{{和平', name: '甲' })).toThrow(/花括号/);
    expect(() => markField(draft, [], { text: '和平', name: '单位 名称' })).toThrow(/字段名“单位 名称”不可用/);
    expect(() => markField(draft, [], { text: '不存在的文字', name: '甲' })).toThrow(/没有找到/);
  });
});

describe('fieldFillEdits (填写字段 over a draft)', () => {
  const apply = (paragraphs: string[], edits: ReturnType<typeof fieldFillEdits>) =>
    paragraphs.map((text, i) =>
      edits
        .filter((e) => e.paragraph === i)
        .reverse()
        .reduce((t, e) => t.slice(0, e.start) + e.replacement + t.slice(e.end), text),
    );

  it('fills every occurrence of a field, in every paragraph and either brace form, and leaves fields without a value', () => {
    const doc = ['{{单位名称}}{{年份}}年工作总结', '今年以来，{{单位名称}}坚持……｛｛单位名称｝｝', '{{会议名称}}'];
    const edits = fieldFillEdits(doc, { 单位名称: '和平街道', 年份: '2026', 会议名称: '  ' });
    expect(apply(doc, edits)).toEqual(['和平街道2026年工作总结', '今年以来，和平街道坚持……和平街道', '{{会议名称}}']);
    expect(edits.map((e) => e.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it('changes a value filled in before everywhere it stands, never inside a {{…}}', () => {
    const doc = ['和平街道2026年工作总结', '和平街道坚持……{{和平街道}}', '{{单位名称}}'];
    const edits = fieldFillEdits(doc, { 单位名称: '平安街道' }, { 单位名称: '和平街道' });
    expect(apply(doc, edits)).toEqual(['平安街道2026年工作总结', '平安街道坚持……{{和平街道}}', '平安街道']);
  });

  it('does nothing for an unchanged value, and a longer previous value wins an overlap', () => {
    expect(fieldFillEdits(['和平街道'], { 单位名称: '和平街道' }, { 单位名称: '和平街道' })).toEqual([]);
    const doc = ['和平街道党工委'];
    const edits = fieldFillEdits(doc, { 单位名称: '平安街道', 署名: '平安街道党工委' }, { 单位名称: '和平街道', 署名: '和平街道党工委' });
    expect(apply(doc, edits)).toEqual(['平安街道党工委']);
    expect(edits).toHaveLength(1);
  });

  it('counts the {{名称}} still in the text', () => {
    expect([...fieldCounts(['{{甲}}{{乙}}', '｛｛甲｝｝'])]).toEqual([
      ['甲', 2],
      ['乙', 1],
    ]);
  });
});
