import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiMethods } from '../../shared/api';
import { paragraphsFromJson } from '../../shared/lexical/document-json';
import { markField } from '../../shared/templates';
import { createDispatcher, implementApi, type ApiDispatcher } from '../api-handlers';
import { ServiceError } from '../errors';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { loadBuiltIns } from './built-in-templates';
import { declaredFields, USER_TEMPLATES_DIR } from './templates-service';

const NOW = new Date(2026, 3, 8, 10, 0, 0);
let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let call: ApiDispatcher;

beforeEach(() => {
  temp = makeTempDir();
  services = createServices(temp.dir, { now: () => NOW });
  call = createDispatcher(implementApi(services));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

const userDir = () => path.join(temp.dir, USER_TEMPLATES_DIR);

function writeUserFile(name: string, value: unknown): void {
  fs.mkdirSync(userDir(), { recursive: true });
  fs.writeFileSync(path.join(userDir(), name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
}

const draftParagraphs = [
  { role: 'title' as const, text: '和平街道2026年上半年安全生产工作情况的报告' },
  { role: 'addressee' as const, text: '区应急管理局：' },
  { role: 'body' as const, text: '今年以来，和平街道认真落实安全生产责任制。现将有关情况报告如下：' },
  { role: 'heading1' as const, text: '一、主要工作' },
  { role: 'body' as const, text: '和平街道开展隐患排查整治，检查企业36家。' },
  { role: 'heading1' as const, text: '二、下步打算' },
  { role: 'body' as const, text: '持续抓好隐患排查。' },
  { role: 'signature' as const, text: '中共和平街道工作委员会' },
  { role: 'date' as const, text: '2026年7月8日' },
];

describe('built-in templates', () => {
  it('all load, with no problems', () => {
    const builtIns = loadBuiltIns();
    expect(builtIns.problems).toEqual([]);
    expect(builtIns.documents.length).toBeGreaterThanOrEqual(5);
    expect(builtIns.sections.length).toBeGreaterThanOrEqual(25);
  });

  it('are listed with fields (defaults resolved at list time), outline and preview', () => {
    const { templates, problems } = services.templates.list();
    expect(problems).toEqual([]);
    const meeting = templates.find((t) => t.id === 'meeting-spirit-report')!;
    expect(meeting).toMatchObject({ name: '贯彻落实会议精神情况报告', kind: '情况报告', builtIn: true });
    expect(meeting.fields).toContainEqual({ name: '年份', label: '年份', default: '2026' });
    expect(meeting.fields).toContainEqual({ name: '成文日期', label: '成文日期', default: '2026年4月8日' });
    expect(meeting.fields.find((f) => f.name === '单位名称')).toEqual({ name: '单位名称', label: '单位名称（文中自称）', hint: '如：和平街道、区发展改革委' });
    expect(meeting.outline[0]).toEqual({ level: 1, marker: '一、', title: '迅速传达学习，全面领会会议精神实质', guidance: expect.stringContaining('学习传达') });
    expect(meeting.preview[0]).toBe('{{单位名称}}关于贯彻落实{{会议名称}}精神情况的报告');
    expect(meeting.preview.length).toBeLessThanOrEqual(6);
    const annual = templates.find((t) => t.id === 'standing-committee-annual-report')!;
    expect(annual.fields).toContainEqual({ name: '年份', label: '报告年度', default: '2025' });
  });

  it('show the writer no internal provenance: no sample numbers or 参照 notes in what the gallery and picker get', () => {
    const internal = /样本|参照|\d{3}_[0-9a-f]{6,}/;
    const { templates } = services.templates.list();
    const sections = services.templates.listSections();
    expect(templates.length).toBeGreaterThan(0);
    expect(sections.length).toBeGreaterThan(0);
    for (const t of [...templates, ...sections]) {
      expect(JSON.stringify(t), t.id).not.toMatch(internal);
      expect(t, t.id).not.toHaveProperty('basedOn');
    }
  });

  it('give their whole text with templates.get', () => {
    const detail = services.templates.get('party-responsibility-report');
    expect(detail.title).toEqual(['{{单位名称}}{{年份}}年落实全面从严治党主体责任情况报告']);
    expect(detail.paragraphs[0]).toEqual({ role: 'title', text: detail.title[0] });
    expect(detail.paragraphs.at(-1)).toEqual({ role: 'date', text: '{{成文日期}}' });
    expect(() => services.templates.get('no-such-template')).toThrow(/找不到模板“no-such-template”/);
  });

  it('are read-only', () => {
    expect(() => services.templates.updateUser({ id: 'annual-work-plan', name: '改名' })).toThrow(/内置模板不能修改/);
    expect(() => services.templates.deleteUser('annual-work-plan')).toThrow(/内置模板不能删除/);
    expect(() => services.templates.deleteUser('work-safety')).toThrow(/内置模板不能删除/);
  });
});

describe('createDraft', () => {
  it('makes a draft with the fields filled, its title from the title lines and Lexical JSON with roles', () => {
    const draft = services.templates.createDraft({
      templateId: 'meeting-spirit-report',
      values: { 单位名称: '和平街道', 会议名称: '区委十三届七次全会', 主送机关: '区委办公室', 署名机关: '中共和平街道工作委员会' },
    });
    expect(draft.displayTitle).toBe('和平街道关于贯彻落实区委十三届七次全会精神情况的报告');
    const paragraphs = paragraphsFromJson(draft.lexicalJson);
    expect(paragraphs[0]).toEqual({ role: 'title', text: draft.displayTitle });
    expect(paragraphs[1]).toEqual({ role: 'addressee', text: '区委办公室：' });
    expect(paragraphs.at(-1)).toEqual({ role: 'date', text: '2026年4月8日' });
    expect(draft.plainText).toBe(paragraphs.map((p) => p.text).join('\n'));
    expect(draft.plainText).not.toContain('{{');
    expect(draft.plainText).toContain('【简述本单位学习传达情况');
    expect(services.drafts.list().map((d) => d.id)).toContain(draft.id);
  });

  it('keeps unfilled fields visible, takes an explicit title, and can leave the prompts out', () => {
    const draft = services.templates.createDraft({ templateId: 'annual-work-plan', title: '  要点初稿 ', stripGuidance: true });
    expect(draft.title).toBe('要点初稿');
    expect(draft.plainText.split('\n')[0]).toBe('{{单位名称}}2026年工作要点');
    expect(draft.plainText).not.toContain('【');
  });

  it('refuses values for fields the template does not have, naming them', () => {
    expect(() => services.templates.createDraft({ templateId: 'annual-work-plan', values: { 单位: '和平区' } })).toThrow(
      '模板“年度工作要点”没有字段“单位”。可用的字段：单位名称、年份、上级精神',
    );
  });
});

describe('section templates', () => {
  it('are listed by category with their heading and level', () => {
    const sections = services.templates.listSections();
    expect(sections.length).toBeGreaterThanOrEqual(25);
    expect(new Set(sections.map((s) => s.category))).toEqual(new Set(['通用结构', '党的建设', '经济民生', '社会治理']));
    expect(sections.find((s) => s.id === 'opening')).toMatchObject({ name: '开头导语', heading: null, level: null });
    expect(sections.find((s) => s.id === 'work-safety')).toMatchObject({ heading: '（一）压实安全生产责任', level: 2, builtIn: true });
  });

  it('come filled and at the requested level', () => {
    const section = services.templates.getSection('work-safety', { values: { 单位名称: '和平街道' }, level: 1 });
    expect(section.paragraphs[0]).toEqual({ role: 'heading1', text: '一、压实安全生产责任' });
    expect(section.paragraphs[1]!.text).toContain('和平街道逐级签订安全生产责任书');
    expect(() => services.templates.getSection('nope')).toThrow(/找不到该章节模板/);
  });
});

describe('user templates', () => {
  it('saves the current draft as a template with fields marked, lists it, fills it, updates and deletes it', () => {
    const marked = markField(draftParagraphs, [], { text: '和平街道', name: '单位名称', label: '单位名称' });
    const saved = services.templates.saveUser({
      type: 'document',
      name: '安全生产情况报告',
      kind: '情况报告',
      description: '半年安全生产情况',
      paragraphs: marked.paragraphs,
      fields: marked.fields,
    });
    expect(saved).toMatchObject({ name: '安全生产情况报告', kind: '情况报告', builtIn: false });
    expect(saved.id).toMatch(/^user-[0-9a-f]{12}$/);
    const file = path.join(userDir(), `${saved.id}.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ type: 'document', id: saved.id, title: ['{{单位名称}}2026年上半年安全生产工作情况的报告'] });
    expect(fs.readdirSync(userDir()).filter((f) => f.endsWith('.tmp'))).toEqual([]); // written atomically

    const listed = services.templates.list().templates.find((t) => t.id === saved.id)!;
    expect(listed.outline.map((h) => h.title)).toEqual(['主要工作', '下步打算']);
    const draft = services.templates.createDraft({ templateId: saved.id, values: { 单位名称: '安宁街道' } });
    expect(draft.displayTitle).toBe('安宁街道2026年上半年安全生产工作情况的报告');
    expect(paragraphsFromJson(draft.lexicalJson).map((p) => p.role)).toEqual(draftParagraphs.map((p) => p.role));

    const updated = services.templates.updateUser({ id: saved.id, name: '安全生产半年报告', description: '改过的说明' });
    expect(updated).toMatchObject({ id: saved.id, name: '安全生产半年报告', description: '改过的说明' });
    expect(services.templates.get(saved.id).paragraphs).toEqual(marked.paragraphs);

    expect(services.templates.deleteUser(saved.id)).toEqual({ id: saved.id });
    expect(fs.existsSync(file)).toBe(false);
    expect(() => services.templates.get(saved.id)).toThrow(ServiceError);
    expect(() => services.templates.deleteUser(saved.id)).toThrow(/找不到模板/);
  });

  it('saves a selected section as a section template', () => {
    const saved = services.templates.saveUser({
      type: 'section',
      name: '隐患排查',
      paragraphs: [
        { role: 'heading2', text: '（一）开展隐患排查整治' },
        { role: 'body', text: '{{单位名称}}组织专项检查，【写明检查企业数】。' },
      ],
    });
    expect(saved).toMatchObject({ category: '我的章节', heading: '（一）开展隐患排查整治', level: 2, builtIn: false });
    expect(saved.fields).toEqual([{ name: '单位名称', label: '单位名称' }]); // declared from the text
    const section = services.templates.getSection(saved.id, { values: { 单位名称: '和平街道' } });
    expect(section.paragraphs[1]!.text).toBe('和平街道组织专项检查，【写明检查企业数】。');
    expect(services.templates.listSections().at(-1)!.id).toBe(saved.id);
    expect(services.templates.list().templates.some((t) => t.id === saved.id)).toBe(false);
  });

  it('refuses to save what would not validate, with the field in the message', () => {
    expect(() =>
      services.templates.saveUser({ type: 'document', name: '坏模板', paragraphs: [{ role: 'body', text: '未闭合的【提示' }] }),
    ).toThrow(/^不能保存为模板：字段 body\[0\]\.text：写作提示的【】不成对/);
    expect(() => services.templates.saveUser({ type: 'document', name: '空', paragraphs: [{ role: 'body', text: ' ' }] })).toThrow(
      '内容为空，不能保存为模板。',
    );
  });

  it('loads the other files when one has a schema error, naming the file and the field', () => {
    const good = services.templates.saveUser({ type: 'document', name: '好模板', paragraphs: draftParagraphs });
    const broken = JSON.parse(fs.readFileSync(path.join(userDir(), `${good.id}.json`), 'utf8'));
    broken.id = 'user-broken';
    broken.fields = [{ name: '单位名称', label: '' }];
    writeUserFile('坏模板.json', broken);
    writeUserFile('不是JSON.json', '{"type": "document",');
    writeUserFile('重复.json', { ...JSON.parse(fs.readFileSync(path.join(userDir(), `${good.id}.json`), 'utf8')), id: 'annual-work-plan' });
    writeUserFile('说明.txt', '不是模板');

    const { templates, problems } = services.templates.list();
    expect(templates.some((t) => t.id === good.id)).toBe(true);
    expect(templates.filter((t) => t.builtIn)).toHaveLength(5);
    expect(problems).toHaveLength(3);
    const byFile = Object.fromEntries(problems.map((p) => [path.basename(p.file), p.message]));
    expect(byFile['坏模板.json']).toBe('模板文件“坏模板.json”有误，未载入：字段 fields[0].label：请填写字段说明');
    expect(byFile['不是JSON.json']).toMatch(/^模板文件“不是JSON\.json”不是有效的 JSON，未载入：/);
    expect(byFile['重复.json']).toBe('模板文件“重复.json”的编号“annual-work-plan”与已载入的模板重复，未载入。');
    expect(services.templates.get('annual-work-plan').builtIn).toBe(true);
  });
});

describe('user template files that are not regular files (issue 15)', () => {
  it('skips a symlink to a FIFO, a symlink to /dev/zero and an oversized file, and lists the rest', () => {
    const good = services.templates.saveUser({ type: 'document', name: '好模板', paragraphs: draftParagraphs });
    execFileSync('mkfifo', [path.join(temp.dir, 'pipe')]);
    fs.symlinkSync(path.join(temp.dir, 'pipe'), path.join(userDir(), '管道.json'));
    fs.symlinkSync('/dev/zero', path.join(userDir(), '无尽.json'));
    fs.mkdirSync(path.join(userDir(), '文件夹.json'));
    fs.writeFileSync(path.join(userDir(), '巨大.json'), Buffer.alloc(5 * 1024 * 1024, 0x20));

    const { templates, problems } = services.templates.list();
    expect(templates.some((t) => t.id === good.id)).toBe(true);
    const byFile = Object.fromEntries(problems.map((p) => [path.basename(p.file), p.message]));
    expect(byFile['管道.json']).toMatch(/不是普通文件.*未载入/);
    expect(byFile['无尽.json']).toMatch(/不是普通文件.*未载入/);
    expect(byFile['文件夹.json']).toMatch(/不是普通文件.*未载入/);
    expect(byFile['巨大.json']).toMatch(/超过 4 MB.*未载入/);
  });
});

describe('declaredFields', () => {
  it('keeps declared fields the text uses, drops unused ones, declares undeclared ones', () => {
    const fields = declaredFields(
      [
        { name: '年份', label: '年份', auto: 'currentYear' },
        { name: '未用', label: '未用' },
      ],
      [{ role: 'body', text: '{{单位名称}}{{年份}}年' }],
    );
    expect(fields).toEqual([
      { name: '年份', label: '年份', auto: 'currentYear' },
      { name: '单位名称', label: '单位名称' },
    ]);
  });
});

describe('template API', () => {
  it('binds every template method', () => {
    for (const method of [
      'templates.list', 'templates.get', 'templates.createDraft', 'sectionTemplates.list',
      'sectionTemplates.get', 'userTemplates.save', 'userTemplates.update', 'userTemplates.delete',
    ]) {
      expect(apiMethods, method).toContain(method);
    }
  });

  it('lists, gets and creates drafts through the dispatcher', async () => {
    const list = await call('templates.list', {});
    expect(list).toMatchObject({ ok: true, value: { problems: [] } });
    const created = await call('templates.createDraft', { templateId: 'periodic-work-summary', values: { 单位名称: '和平街道' } });
    expect(created).toMatchObject({ ok: true, value: { displayTitle: '和平街道2026年上半年工作总结' } });
    const section = await call('sectionTemplates.get', { id: 'study', level: 2, values: { 会议名称: '区委全会' } });
    expect(section.ok && (section.value as { paragraphs: unknown[] }).paragraphs[0]).toEqual({ role: 'heading2', text: '（一）深入学习传达，统一思想认识' });
  });

  it('validates inputs with Chinese messages and maps refusals to error codes', async () => {
    expect(await call('templates.get', { id: '../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('模板编号只能由小写字母') },
    });
    expect(await call('templates.createDraft', { templateId: 'annual-work-plan', values: { 单位名称: '长'.repeat(201) } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('字段内容不能超过 200 个字') },
    });
    expect(await call('userTemplates.save', { type: 'document', name: '', paragraphs: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('请填写模板名称') },
    });
    expect(await call('userTemplates.delete', { id: 'annual-work-plan' })).toEqual({
      ok: false,
      error: { code: 'unsupported', message: '内置模板不能删除。' },
    });
    expect(await call('templates.get', { id: 'user-000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
