/**
 * `gongwen templates list` and `gongwen new`, run as a user runs them: the real bin script in a child process.
 */
import { stripGuidance } from '../../../shared/document/guidance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { checkDocument } from '../../../shared/checks';
import { templateToParagraphs } from '../../../shared/templates';
import { importBytes, importFile } from '../../importers/import-file';
import { createServices } from '../../services';
import { loadBuiltIns } from '../../templates/built-in-templates';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, runGongwen } from '../../testing/run-cli';
import { FIELD_VALUES } from '../../templates/testing/field-values';

const builtIns = loadBuiltIns().documents.map((d) => d.template);


let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
beforeAll(() => {
  temp = makeTempDir();
  dataDir = path.join(temp.dir, 'data');
});
afterAll(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(dataDir, args);

const sets = (names: readonly string[]) => names.flatMap((name) => ['--set', `${name}=${FIELD_VALUES[name]}`]);

describe('gongwen templates list', () => {
  it('prints every template with its fields as one JSON object', () => {
    const r = gongwen('templates', 'list', '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const parsed = JSON.parse(r.stdout) as { templates: Array<{ id: string; name: string; kind: string; fields: Array<Record<string, string>> }> };
    expect(Object.keys(parsed)).toEqual(['templates']);
    expect(parsed.templates.map((t) => t.id)).toEqual(builtIns.map((t) => t.id));
    for (const t of parsed.templates) {
      expect(Object.keys(t)).toEqual(['id', 'name', 'kind', 'fields']);
      for (const f of t.fields) expect(['name,label', 'name,label,default']).toContain(Object.keys(f).join());
    }
    const meeting = parsed.templates.find((t) => t.id === 'meeting-spirit-report')!;
    expect(meeting).toMatchObject({ name: '贯彻落实会议精神情况报告', kind: '情况报告' });
    expect(meeting.fields).toContainEqual({ name: '单位名称', label: '单位名称（文中自称）' });
    expect(meeting.fields).toContainEqual({ name: '年份', label: '年份', default: String(new Date().getFullYear()) });
  });

  it('lists in words for people', () => {
    const r = gongwen('templates', 'list');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('annual-work-plan  年度工作要点〔工作要点，内置〕');
    expect(r.stdout).toContain('{{单位名称}}  单位名称');
  });

  it('names the file and the field of a broken user template, and lists the others', () => {
    const services = createServices(dataDir);
    const saved = services.templates.saveUser({
      type: 'document',
      name: '我的情况报告',
      kind: '情况报告',
      paragraphs: [
        { role: 'title', text: '{{单位名称}}情况报告' },
        { role: 'body', text: '【概括总体情况】' },
      ],
    });
    services.close();
    const dir = path.join(dataDir, 'templates');
    const broken = { ...JSON.parse(fs.readFileSync(path.join(dir, `${saved.id}.json`), 'utf8')), id: 'user-broken', body: [{ role: 'headline', text: '一、' }] };
    fs.writeFileSync(path.join(dir, '损坏的模板.json'), JSON.stringify(broken));
    try {
      const r = gongwen('templates', 'list', '--json');
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^gongwen：注意：模板文件“损坏的模板\.json”有误，未载入：字段 body\[0\]\.role：段落角色只能是/);
      const ids = (JSON.parse(r.stdout) as { templates: Array<{ id: string }> }).templates.map((t) => t.id);
      expect(ids).toEqual([...builtIns.map((t) => t.id), saved.id]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gongwen new', () => {
  it.each(builtIns.map((t) => [t.id, t] as const))('%s: with every field set by --set, no {{…}} remains in the .txt or the .docx', async (id, template) => {
    const names = template.fields.map((f) => f.name);
    const txt = path.join(temp.dir, `${id}.txt`);
    const r = gongwen('new', '--template', id, ...sets(names), '-o', txt, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { output: string; format: string; unfilled: string[]; guidance: number; title: string };
    expect(result).toMatchObject({ output: txt, format: 'txt', unfilled: [] });
    expect(result.guidance).toBeGreaterThan(0);
    const text = fs.readFileSync(txt, 'utf8');
    expect(text).not.toMatch(/\{\{|\}\}/);
    // The .txt reads back through the importer with the template's roles; the prompts are never exported,
    // so with every field set the checker finds nothing at all.
    const back = (await importFile(txt)).paragraphs;
    expect(back.map((p) => p.role)).toEqual(
      stripGuidance(templateToParagraphs(template))
        .filter((p) => p.text.trim())
        .map((p) => p.role),
    );
    expect(text).not.toMatch(/【[^】]*】/);
    expect(result.title.startsWith(back[0]!.text)).toBe(true);
    expect(checkDocument(back, { year: 2026 }).findings).toEqual([]);

    const docx = path.join(temp.dir, `${id}.docx`);
    const d = gongwen('new', '--template', id, ...sets(names), '-o', docx);
    expect(d).toMatchObject({ code: 0, stderr: '' });
    expect(d.stdout).toMatch(/^已用模板“.+”生成 .+\.docx（[\d.]+ KB）\n$/);
    const bytes = fs.readFileSync(docx);
    const raw = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(raw).not.toMatch(/\{\{|\}\}/);
    expect((await importBytes('back.docx', bytes)).paragraphs).toEqual(back);
  }, 60_000);

  it('keeps unset fields visible and says which, fills defaults, and can leave out the prompts', () => {
    const out = path.join(temp.dir, 'partial.txt');
    const r = gongwen('new', '--template', 'meeting-spirit-report', '--set', '单位名称=和平街道', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('gongwen：注意：还有 3 个字段未填写：{{会议名称}}、{{主送机关}}、{{署名机关}}（用 --set 名称=值 填写）。\n');
    const text = fs.readFileSync(out, 'utf8');
    expect(text).toContain('和平街道关于贯彻落实{{会议名称}}精神情况的报告');
    expect(text).toContain(`确保会议确定的${new Date().getFullYear()}年各项目标任务落到实处`);

    const stripped = path.join(temp.dir, 'stripped.txt');
    expect(gongwen('new', '--template', 'annual-work-plan', '--set', '单位名称=和平区', '--strip-guidance', '-o', stripped).code).toBe(0);
    const plain = fs.readFileSync(stripped, 'utf8');
    expect(plain).not.toContain('【');
    expect(plain).toContain('一是壮大实体经济。二是抓好项目建设。');
  });

  it('without -o, makes a draft in the data folder', () => {
    const r = gongwen('new', '--template', 'periodic-work-summary', '--set', '单位名称=和平街道', '--set', '时段=第一季度', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { draftId: string; title: string };
    expect(result.title).toBe(`和平街道${new Date().getFullYear()}年第一季度工作总结`);
    const list = JSON.parse(gongwen('drafts', 'list', '--json').stdout) as { drafts: Array<{ id: string; displayTitle: string }> };
    expect(list.drafts).toContainEqual(expect.objectContaining({ id: result.draftId, displayTitle: result.title }));
  });

  it('exits 2 with a Chinese message on bad arguments, writing nothing', () => {
    const out = path.join(temp.dir, 'bad.docx');
    const cases: Array<[string[], RegExp]> = [
      [['new', '-o', out], /请用 --template 指定模板编号/],
      [['new', '--template', 'no-such-template', '-o', out], /找不到模板“no-such-template”/],
      [['new', '--template', 'annual-work-plan', '--set', '单位=和平区', '-o', out], /模板“年度工作要点”没有字段“单位”。可用的字段：单位名称、年份、上级精神/],
      [['new', '--template', 'annual-work-plan', '--set', '单位名称', '-o', out], /--set 的格式应为 名称=值/],
      [['new', '--template', 'annual-work-plan', '-o', path.join(temp.dir, 'x.pdf')], /请使用 \.docx 或 \.txt 文件名/],
      [['new', '--template', 'annual-work-plan', '-o', out, '--fonts', 'fancy'], /--fonts 只能是 standard 或 system/],
      [['new', 'annual-work-plan'], /多余的参数/],
      [['templates'], /请指定子命令：templates list/],
    ];
    expectUsageErrors(gongwen, cases);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('shows its usage in Chinese', () => {
    const r = gongwen('new', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：gongwen new --template ID [--set 名称=值 ...]');
    const help = gongwen('--help').stdout;
    expect(help).toMatch(/templates list\s+列出报告模板/);
    expect(help).toMatch(/new\s+用模板新建报告/);
  });
});
