import { describe, expect, it } from 'vitest';
import {
  describeSchemaError,
  documentTemplateSchema,
  issuePath,
  parseDocumentTemplate,
  parseTemplateFile,
  sectionTemplateSchema,
  zhErrorMap,
} from './schema';

const valid = () => ({
  type: 'document',
  id: 'test-report',
  name: '测试报告',
  kind: '情况报告',
  description: '用于测试。',
  fields: [
    { name: '单位名称', label: '单位名称' },
    { name: '年份', label: '年份', auto: 'currentYear' },
  ],
  title: ['{{单位名称}}{{年份}}年工作情况的报告'],
  addressee: '区委办：',
  body: [
    { role: 'body', text: '今年以来，{{单位名称}}认真落实部署。【概括总体情况】现将有关情况报告如下：' },
    { role: 'heading1', text: '一、主要工作' },
    { role: 'heading3', text: '1．压实责任。【写明责任落实情况】' },
    { role: 'heading1', text: '二、下步打算' },
  ],
  sections: [
    { level: 1, heading: '一、主要工作', guidance: '主要做法' },
    { level: 3, heading: '1．压实责任' },
    { level: 1, heading: '二、下步打算' },
  ],
  closing: ['特此报告。'],
  signature: ['{{单位名称}}'],
  date: '2026年4月8日',
});

/** The first issue as "path: message". */
function firstIssue(value: unknown): string {
  const parsed = documentTemplateSchema.safeParse(value, { error: zhErrorMap });
  expect(parsed.success).toBe(false);
  const issue = parsed.error!.issues[0]!;
  return `${issuePath(issue.path)}: ${issue.message}`;
}

describe('document template schema', () => {
  it('accepts a consistent template', () => {
    expect(documentTemplateSchema.safeParse(valid()).success).toBe(true);
    expect(parseDocumentTemplate(valid(), 'test.json').id).toBe('test-report');
  });

  it('refuses a {{字段}} that is not declared, naming where it is used', () => {
    const t = valid();
    t.body[0]!.text = '今年以来，{{单位全称}}认真落实部署。';
    expect(firstIssue(t)).toBe('body[0].text: 使用了未声明的字段“{{单位全称}}”：请在 fields 中声明它，或改正字段名');
  });

  it('refuses a field declared twice and a bad field name', () => {
    const twice = valid();
    twice.fields.push({ name: '年份', label: '年度' });
    expect(firstIssue(twice)).toBe('fields[2].name: 字段“年份”重复声明');
    const bad = valid();
    bad.fields[0]!.name = '单位 名称';
    expect(firstIssue(bad)).toMatch(/^fields\[0\]\.name: 字段名只能使用汉字/);
  });

  it('refuses declared sections that do not match the body headings', () => {
    const wrongTitle = valid();
    wrongTitle.sections[2]!.heading = '二、下一步打算';
    expect(firstIssue(wrongTitle)).toBe(
      'sections[2].heading: 与正文中的第 3 个标题不一致：正文为 1 级标题“二、下步打算”，声明为 1 级标题“二、下一步打算”',
    );
    const missing = valid();
    missing.sections.pop();
    expect(firstIssue(missing)).toBe('sections: 正文中的标题“二、下步打算”没有在 sections 中声明');
    const extra = valid();
    extra.sections.push({ level: 1, heading: '三、其他' });
    expect(firstIssue(extra)).toBe('sections[3].heading: 声明的标题“三、其他”在正文中找不到');
  });

  it('refuses frame roles in the body, unbalanced prompts and an addressee without ：', () => {
    const role = valid();
    role.body.push({ role: 'signature', text: '和平街道' });
    expect(firstIssue(role)).toMatch(/^body\[4\]\.role: 正文中不能使用“signature”角色/);
    const bracket = valid();
    bracket.body[0]!.text = '今年以来【概括总体情况。';
    expect(firstIssue(bracket)).toMatch(/^body\[0\]\.text: 写作提示的【】不成对/);
    const addressee = valid();
    addressee.addressee = '区委办';
    expect(firstIssue(addressee)).toBe('addressee: 主送机关（称谓）应以全角冒号“：”结尾');
  });

  it('describes zod’s own issues in Chinese, with the field path', () => {
    const t: Record<string, unknown> = valid();
    t['title'] = '不是数组';
    delete t['kind'];
    t['extra'] = 1;
    const parsed = documentTemplateSchema.safeParse(t, { error: zhErrorMap });
    const message = describeSchemaError(parsed.error!);
    expect(message).toMatch(/字段 kind：/);
    expect(message).toMatch(/字段 title：/);
    expect(message).not.toMatch(/Invalid|expected/);
  });
});

describe('template files', () => {
  it('tells document and section templates apart by type', () => {
    const doc = parseTemplateFile(valid());
    expect(doc.ok && doc.template.type).toBe('document');
    const section = parseTemplateFile({
      type: 'section',
      id: 'user-section',
      name: '安全生产',
      category: '我的章节',
      description: '',
      fields: [],
      paragraphs: [
        { role: 'heading2', text: '（一）压实安全生产责任' },
        { role: 'body', text: '【写明责任落实情况】' },
      ],
    });
    expect(section.ok && section.template.type).toBe('section');
    const unknown = parseTemplateFile({ ...valid(), type: 'letter' });
    expect(unknown.ok).toBe(false);
  });

  it('requires a section’s heading first and its subheadings deeper', () => {
    const base = { type: 'section', id: 'user-s', name: '章节', category: '我的章节', description: '', fields: [] };
    const late = sectionTemplateSchema.safeParse({
      ...base,
      paragraphs: [
        { role: 'body', text: '正文。' },
        { role: 'heading2', text: '（一）标题' },
      ],
    });
    expect(late.error?.issues[0]).toMatchObject({ path: ['paragraphs', 1, 'role'], message: '章节的标题应是第一段' });
    const flat = sectionTemplateSchema.safeParse({
      ...base,
      paragraphs: [
        { role: 'heading2', text: '（一）标题' },
        { role: 'heading1', text: '一、更高一级' },
      ],
    });
    expect(flat.error?.issues[0]?.message).toBe('章节内的小标题应比章节标题低一级以上');
  });
});
