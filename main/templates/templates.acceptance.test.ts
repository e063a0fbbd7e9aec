/**
 * Acceptance of the built-in templates, one test per template: the file validates against the schema,
 * a draft made from it has the outline its sections declare, and what the checker reports in that draft
 * is exactly its unfilled fields and its 【】 prompts — nothing else, at error level or any other. Section
 * templates: each validates, carries model text with prompts or fields, and lands renumbered where it
 * is inserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../shared/checks';
import { findGuidance } from '../../shared/document/guidance';
import type { DocParagraph } from '../../shared/document/roles';
import { paragraphsFromJson } from '../../shared/lexical/document-json';
import { buildOutline, flattenOutline } from '../../shared/outline';
import {
  fieldDefault,
  fieldNames,
  findFields,
  insertSection,
  sectionToParagraphs,
  templateToParagraphs,
  type DocumentTemplate,
  type SectionTemplate,
} from '../../shared/templates';
import { documentTemplateSchema, sectionCategoryFileSchema, sectionTemplateSchema } from '../../shared/templates/schema';
import { builtInDocumentTemplates, builtInSectionFiles } from '../../templates/index';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { loadBuiltIns } from './built-in-templates';
import { FIELD_VALUES } from './testing/field-values';

const NOW = new Date(2026, 3, 8);
const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));
const builtIns = loadBuiltIns();

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
beforeAll(() => {
  temp = makeTempDir();
  services = createServices(temp.dir, { now: () => NOW });
});
afterAll(() => {
  services.close();
  temp.cleanup();
});

/** Every placeholder the writer still has to fill: {{字段}} tokens and 【】 prompts, as [rule, text] in order. */
function expectedPlaceholders(paragraphs: readonly DocParagraph[]): Array<[number, string, string]> {
  const out: Array<[number, number, string, string]> = [];
  paragraphs.forEach((p, i) => {
    const prompts = findGuidance(p.text);
    for (const g of prompts) out.push([i, g.start, 'placeholder/guidance', g.text]);
    for (const f of findFields(p.text)) {
      // A field inside a prompt is part of the prompt.
      if (!prompts.some((g) => f.start >= g.start && f.end <= g.end)) out.push([i, f.start, 'placeholder/template', p.text.slice(f.start, f.end)]);
    }
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([i, , rule, text]) => [i, rule, text]);
}

describe('every built-in template file', () => {
  it('is listed in templates/index.ts, and nothing else is in the folder', () => {
    const onDisk = fs.readdirSync(templatesDir).filter((f) => f.endsWith('.json')).sort();
    expect(builtInDocumentTemplates.map((t) => t.file).sort()).toEqual(onDisk);
    const sectionFiles = fs.readdirSync(path.join(templatesDir, 'sections')).filter((f) => f.endsWith('.json')).sort();
    expect(builtInSectionFiles.map((t) => t.file).sort()).toEqual(sectionFiles.map((f) => `sections/${f}`));
    expect(builtIns.problems).toEqual([]);
  });

  it('covers the five kinds of report the samples show', () => {
    expect(builtIns.documents.map((d) => d.template.name)).toEqual([
      '贯彻落实会议精神情况报告',
      '常委会（领导班子）年度工作报告',
      '落实全面从严治党主体责任情况报告',
      '年度工作要点',
      '季度/半年工作总结（情况报告）',
    ]);
  });
});

describe.each(builtInDocumentTemplates.map((f) => [f.file, f.data] as const))('document template %s', (file, data) => {
  const parsed = documentTemplateSchema.safeParse(data);
  const template = parsed.data as DocumentTemplate;

  it('validates against the schema, with an id that names its file', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(`${template.id}.json`).toBe(file);
    expect(template.fields.length).toBeGreaterThan(0);
    expect(template.sections.length).toBeGreaterThan(0);
  });

  it('makes a draft whose outline matches the declared sections', () => {
    const draft = services.templates.createDraft({ templateId: template.id });
    const paragraphs = paragraphsFromJson(draft.lexicalJson);
    expect(paragraphs).toEqual(
      templateToParagraphs(template).map((p) => ({ ...p, text: p.text.replace(/\{\{([^{}]+)\}\}/g, (token, name: string) => {
        const field = template.fields.find((f) => f.name === name)!;
        return fieldDefault(field, NOW) ?? token;
      }) })),
    );
    const outline = flattenOutline(buildOutline(paragraphs)).map((h) => ({ level: h.level, heading: `${h.marker}${h.title}` }));
    expect(outline).toEqual(template.sections.map((s) => ({ level: s.level, heading: s.heading })));
  });

  it('leaves only its fields and its prompts for the checker: error-level placeholders, nothing else', () => {
    const paragraphs = paragraphsFromJson(services.templates.createDraft({ templateId: template.id }).lexicalJson);
    const { findings } = checkDocument(paragraphs);
    expect(findings.filter((f) => f.category !== 'placeholder')).toEqual([]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    expect(findings.map((f) => [f.paragraph, f.rule, f.text])).toEqual(expectedPlaceholders(paragraphs));
    // The unfilled fields are exactly the declared fields without a default.
    const unfilled = template.fields.filter((f) => fieldDefault(f, NOW) === undefined).map((f) => f.name);
    expect(new Set(fieldNames(paragraphs))).toEqual(new Set(unfilled));
    // Stale wording stays out of the model text in the year it is written for and the next ones.
    for (const year of [2026, 2027]) {
      expect(checkDocument(paragraphs, { year }).findings.filter((f) => f.category !== 'placeholder'), String(year)).toEqual([]);
    }
  });

  it('with every field set, keeps no {{…}} anywhere, and only prompts remain', () => {
    const values = Object.fromEntries(template.fields.map((f) => [f.name, FIELD_VALUES[f.name] ?? '和平街道']));
    const draft = services.templates.createDraft({ templateId: template.id, values });
    const paragraphs = paragraphsFromJson(draft.lexicalJson);
    for (const p of paragraphs) expect(p.text).not.toMatch(/\{\{|\}\}|｛｛/);
    expect(draft.plainText).not.toMatch(/\{\{|\}\}/);
    expect(draft.displayTitle).not.toContain('{{');
    const { findings } = checkDocument(paragraphs);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['placeholder/guidance']));
  });

  it('gives every section a prompt where the writer must write', () => {
    const paragraphs = templateToParagraphs(template);
    const leaves = flattenOutline(buildOutline(paragraphs)).filter((h) => h.children.length === 0);
    for (const leaf of leaves) {
      const text = paragraphs.slice(leaf.paragraph, leaf.endParagraph).map((p) => p.text).join('\n');
      expect(findGuidance(text).length, `${leaf.marker}${leaf.title}`).toBeGreaterThan(0);
    }
    // Every 【 in the template opens a prompt (no fill-in marks, no stray brackets).
    const all = paragraphs.map((p) => p.text).join('\n');
    expect(findGuidance(all).length).toBe((all.match(/【/g) ?? []).length);
  });
});

describe('section templates', () => {
  const sections = builtIns.sections.map((s) => s.template);
  const host: DocParagraph[] = [
    { role: 'title', text: '和平街道2026年上半年工作总结' },
    { role: 'addressee', text: '区委办公室：' },
    { role: 'body', text: '今年以来，和平街道各项工作稳步推进。现将有关情况报告如下：' },
    { role: 'heading1', text: '一、主要工作' },
    { role: 'body', text: '街道认真落实区委部署。' },
    { role: 'heading1', text: '二、下步打算' },
    { role: 'body', text: '持续抓好各项工作。' },
    { role: 'body', text: '特此报告。' },
    { role: 'signature', text: '中共和平街道工作委员会' },
    { role: 'date', text: '2026年7月8日' },
  ];

  it('are at least 25, with unique ids, in category files that validate', () => {
    expect(sections.length).toBeGreaterThanOrEqual(25);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    for (const { data } of builtInSectionFiles) expect(sectionCategoryFileSchema.safeParse(data).success).toBe(true);
    const names = sections.map((s) => s.name);
    for (const name of ['开头导语', '学习传达', '主要做法', '成效亮点', '存在问题', '原因分析', '下步打算', '结束语', '党建', '安全生产',
      '营商环境', '民生', '作风建设', '意识形态', '基层治理', '乡村振兴', '生态环保', '信访维稳', '人才工作', '文明创建', '党风廉政',
      '审计整改', '数字政府', '应急管理']) {
      expect(names, name).toContain(name);
    }
    expect(names.join()).not.toMatch(/疫情/);
  });

  it.each(sections.map((s) => [s.name, s] as const))('%s: validates, has model text with prompts or fields, and lands renumbered', (_name, section: SectionTemplate) => {
    expect(sectionTemplateSchema.safeParse(section).success).toBe(true);
    const text = section.paragraphs.map((p) => p.text).join('\n');
    expect(findGuidance(text).length + findFields(text).length).toBeGreaterThan(0);
    const level = section.paragraphs.find((p) => p.role.startsWith('heading'))?.role;
    expect(level === undefined || level === 'heading1' || level === 'heading2').toBe(true);

    // Inserted as a new 一、 section before 二、下步打算 (or as a （一） under 一、), filled: the numbering
    // check is satisfied, and what remains is the section's prompts.
    const values = Object.fromEntries(section.fields.map((f) => [f.name, '和平街道']));
    const at = level === 'heading2' ? 5 : level === 'heading1' ? 5 : 3;
    const paragraphs = insertSection(host, at, sectionToParagraphs(section, { values, now: NOW, ...(level === 'heading2' ? { level: 2 as const } : { level: 1 as const }) }));
    const { findings } = checkDocument(paragraphs);
    expect(findings.filter((f) => f.rule !== 'placeholder/guidance')).toEqual([]);
    expect(findings.length).toBe(findGuidance(text).length);
    if (level === 'heading1') {
      expect(paragraphs[5]!.text.startsWith('二、')).toBe(true);
      expect(paragraphs.filter((p) => p.role === 'heading1').at(-1)!.text).toBe('三、下步打算');
    }
    if (level === 'heading2') expect(paragraphs[5]!.text.startsWith('（一）')).toBe(true);
  });
});
