/**
 * The zod schemas of template files: built-in ones under templates/ and the writer's own under
 * <dataDir>/templates/. Beyond shapes, a template must be consistent: every {{字段}} it uses is declared,
 * its declared sections are exactly the headings of its body (as shared/outline reads them), and its
 * 【】 prompts are complete. Messages are Chinese; describeSchemaError names the field by its path.
 */
import { z } from 'zod';
import { PARAGRAPH_ROLES, type DocParagraph, type ParagraphRole } from '../document/roles';
import { MAX_GUIDANCE_CHARS } from '../document/guidance';
import { FIELD_NAME_PATTERN, fieldNames, MAX_FIELD_VALUE_CHARS } from './fields';
import { outlineOf } from './template';
import type { DocumentTemplate, SectionTemplate, TemplateField, TemplateSection } from './types';
import { describeSchemaError, zhErrorMap } from '../schema-messages';

export { describeSchemaError, issuePath, zhErrorMap } from '../schema-messages';

export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const MAX_TEMPLATE_PARAGRAPHS = 2000;
export const MAX_TEMPLATE_PARAGRAPH_CHARS = 20_000;
export const MAX_TEMPLATE_FIELDS = 60;

export const templateIdSchema = z
  .string()
  .regex(TEMPLATE_ID_PATTERN, '模板编号只能由小写字母、数字和连字符组成（2—64 个字符）');

const line = (what: string, max = 200) => z.string().max(max, `${what}不能超过 ${max} 个字`);

export const templateFieldSchema = z
  .object({
    name: z.string().regex(FIELD_NAME_PATTERN, '字段名只能使用汉字、字母、数字和下划线，不超过 20 个字符'),
    label: z.string().trim().min(1, '请填写字段说明').max(40, '字段说明不能超过 40 个字'),
    default: z.string().max(MAX_FIELD_VALUE_CHARS, `默认值不能超过 ${MAX_FIELD_VALUE_CHARS} 个字`).optional(),
    auto: z.enum(['currentYear', 'previousYear', 'today'], '自动默认值只能是 currentYear、previousYear 或 today').optional(),
    hint: line('填写示例', 60).optional(),
  })
  .strict() satisfies z.ZodType<TemplateField>;

export const docParagraphSchema = z
  .object({
    role: z.enum(PARAGRAPH_ROLES, `段落角色只能是：${PARAGRAPH_ROLES.join('、')}`),
    text: z.string().max(MAX_TEMPLATE_PARAGRAPH_CHARS, `段落不能超过 ${MAX_TEMPLATE_PARAGRAPH_CHARS} 个字`),
  })
  .strict() satisfies z.ZodType<DocParagraph>;

const templateSectionSchema = z
  .object({
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], '标题层级只能是 1—4'),
    heading: z.string().trim().min(1, '请填写标题').max(200, '标题不能超过 200 个字'),
    guidance: line('写作提示', 300).optional(),
  })
  .strict() satisfies z.ZodType<TemplateSection>;

const fieldsSchema = z.array(templateFieldSchema).max(MAX_TEMPLATE_FIELDS, `字段不能超过 ${MAX_TEMPLATE_FIELDS} 个`);
const commonShape = {
  id: templateIdSchema,
  name: z.string().trim().min(1, '请填写模板名称').max(60, '模板名称不能超过 60 个字'),
  description: line('模板说明', 500),
  fields: fieldsSchema,
};

/** Roles the body of a document template or a section may use (the frame has its own keys). */
const BODY_ROLES: readonly ParagraphRole[] = ['body', 'heading1', 'heading2', 'heading3', 'heading4', 'attachment'];

type Ctx = z.RefinementCtx;

function checkBodyRoles(paragraphs: readonly DocParagraph[], key: string, ctx: Ctx): void {
  paragraphs.forEach((p, i) => {
    if (!BODY_ROLES.includes(p.role)) {
      ctx.addIssue({
        code: 'custom',
        path: [key, i, 'role'],
        message: `正文中不能使用“${p.role}”角色：标题、主送机关、署名和日期请写在 title、addressee、signature、date 中`,
      });
    }
  });
}

/** Every {{字段}} used is declared, and no field is declared twice. */
function checkFields(fields: readonly TemplateField[], texts: Array<[Array<string | number>, string]>, ctx: Ctx): void {
  const declared = new Set<string>();
  fields.forEach((f, i) => {
    if (declared.has(f.name)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `字段“${f.name}”重复声明` });
    declared.add(f.name);
  });
  for (const [path, text] of texts) {
    for (const name of fieldNames([text])) {
      if (!declared.has(name)) {
        ctx.addIssue({ code: 'custom', path, message: `使用了未声明的字段“{{${name}}}”：请在 fields 中声明它，或改正字段名` });
      }
    }
  }
}

/** 【 and 】 come in complete pairs of at most MAX_GUIDANCE_CHARS characters. */
function checkBrackets(texts: Array<[Array<string | number>, string]>, ctx: Ctx): void {
  const complete = new RegExp(`【[^【】\\n]{0,${MAX_GUIDANCE_CHARS}}】`, 'g');
  for (const [path, text] of texts) {
    if (/[【】]/.test(text.replace(complete, ''))) {
      ctx.addIssue({ code: 'custom', path, message: `写作提示的【】不成对，或提示超过 ${MAX_GUIDANCE_CHARS} 个字` });
    }
  }
}

function documentTexts(t: DocumentTemplate): Array<[Array<string | number>, string]> {
  const out: Array<[Array<string | number>, string]> = [];
  t.title.forEach((text, i) => out.push([['title', i], text]));
  (t.subtitle ?? []).forEach((text, i) => out.push([['subtitle', i], text]));
  if (t.addressee !== undefined) out.push([['addressee'], t.addressee]);
  t.body.forEach((p, i) => out.push([['body', i, 'text'], p.text]));
  t.closing.forEach((text, i) => out.push([['closing', i], text]));
  t.signature.forEach((text, i) => out.push([['signature', i], text]));
  if (t.date !== undefined) out.push([['date'], t.date]);
  return out;
}

/** The declared sections are the body's headings, in order, at their levels. */
function checkSections(t: DocumentTemplate, ctx: Ctx): void {
  const actual = outlineOf(t.body);
  const count = Math.max(actual.length, t.sections.length);
  for (let i = 0; i < count; i++) {
    const declared = t.sections[i];
    const found = actual[i];
    if (!declared) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `正文中的标题“${found!.marker}${found!.title}”没有在 sections 中声明` });
      return;
    }
    if (!found) {
      ctx.addIssue({ code: 'custom', path: ['sections', i, 'heading'], message: `声明的标题“${declared.heading}”在正文中找不到` });
      return;
    }
    if (declared.level !== found.level || declared.heading !== `${found.marker}${found.title}`) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', i, 'heading'],
        message: `与正文中的第 ${i + 1} 个标题不一致：正文为 ${found.level} 级标题“${found.marker}${found.title}”，声明为 ${declared.level} 级标题“${declared.heading}”`,
      });
      return;
    }
  }
}

export const documentTemplateSchema = z
  .object({
    type: z.literal('document', '模板类型应为 document'),
    ...commonShape,
    kind: z.string().trim().min(1, '请填写文种').max(20, '文种不能超过 20 个字'),
    basedOn: line('来源说明').optional(),
    title: z.array(line('标题行')).min(1, '至少需要一行标题').max(4, '标题不超过 4 行'),
    subtitle: z.array(line('副标题行')).max(3, '副标题不超过 3 行').optional(),
    addressee: line('主送机关')
      .regex(/：$/, '主送机关（称谓）应以全角冒号“：”结尾')
      .optional(),
    body: z.array(docParagraphSchema).min(1, '正文不能为空').max(MAX_TEMPLATE_PARAGRAPHS, `正文不能超过 ${MAX_TEMPLATE_PARAGRAPHS} 段`),
    sections: z.array(templateSectionSchema).max(500, '标题不能超过 500 个'),
    closing: z.array(line('结束语', 500)).max(10, '结束语不超过 10 段'),
    signature: z.array(line('署名')).max(5, '署名不超过 5 行'),
    date: line('成文日期', 40).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    checkBodyRoles(t.body, 'body', ctx);
    const texts = documentTexts(t);
    checkFields(t.fields, texts, ctx);
    checkBrackets(texts, ctx);
    checkSections(t, ctx);
  }) satisfies z.ZodType<DocumentTemplate>;

export const sectionTemplateSchema = z
  .object({
    type: z.literal('section', '模板类型应为 section'),
    ...commonShape,
    category: z.string().trim().min(1, '请填写分类').max(20, '分类不能超过 20 个字'),
    paragraphs: z
      .array(docParagraphSchema)
      .min(1, '段落不能为空')
      .max(MAX_TEMPLATE_PARAGRAPHS, `段落不能超过 ${MAX_TEMPLATE_PARAGRAPHS} 段`),
  })
  .strict()
  .superRefine((t, ctx) => {
    checkBodyRoles(t.paragraphs, 'paragraphs', ctx);
    const texts = t.paragraphs.map((p, i): [Array<string | number>, string] => [['paragraphs', i, 'text'], p.text]);
    checkFields(t.fields, texts, ctx);
    checkBrackets(texts, ctx);
    // A section starts with its heading (or has none: a lead paragraph, a closing); its subheadings are deeper.
    const levels = outlineOf(t.paragraphs).map((h) => h.level);
    const firstHeading = t.paragraphs.findIndex((p) => p.role.startsWith('heading'));
    if (firstHeading > 0) {
      ctx.addIssue({ code: 'custom', path: ['paragraphs', firstHeading, 'role'], message: '章节的标题应是第一段' });
    }
    if (levels.length > 0 && levels.slice(1).some((l) => l <= levels[0]!)) {
      ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: '章节内的小标题应比章节标题低一级以上' });
    }
  }) satisfies z.ZodType<SectionTemplate>;

/** A file of built-in section templates: one category. */
export const sectionCategoryFileSchema = z
  .object({
    category: z.string().trim().min(1).max(20),
    sections: z.array(z.object({}).passthrough()).min(1),
  })
  .strict();

/** A user template file: a document template or a section template. */
export const userTemplateFileSchema = z.discriminatedUnion('type', [documentTemplateSchema, sectionTemplateSchema]);

export type ParsedTemplate = { ok: true; template: DocumentTemplate | SectionTemplate } | { ok: false; message: string };

/** Validates a parsed JSON value as a template file; the message names the field. */
export function parseTemplateFile(value: unknown): ParsedTemplate {
  const parsed = userTemplateFileSchema.safeParse(value, { error: zhErrorMap });
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, message: describeSchemaError(parsed.error) };
}

/** Validates a document template; throws with a Chinese message naming the field. */
export function parseDocumentTemplate(value: unknown, source: string): DocumentTemplate {
  const parsed = documentTemplateSchema.safeParse(value, { error: zhErrorMap });
  if (!parsed.success) throw new Error(`模板“${source}”有误：${describeSchemaError(parsed.error)}`);
  return parsed.data;
}

export function parseSectionTemplate(value: unknown, source: string): SectionTemplate {
  const parsed = sectionTemplateSchema.safeParse(value, { error: zhErrorMap });
  if (!parsed.success) throw new Error(`章节模板“${source}”有误：${describeSchemaError(parsed.error)}`);
  return parsed.data;
}
