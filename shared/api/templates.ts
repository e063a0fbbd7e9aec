/**
 * templates.*, sectionTemplates.* and userTemplates.*: report templates (模板) and section templates
 * (插入章节), built-in and the writer's own. Input schemas with Chinese messages here; the result
 * shapes in shared/templates/api-types.ts.
 */
import { z } from 'zod';
import { PARAGRAPH_ROLES } from '../document/roles';
import { MAX_TITLE_CHARS } from '../limits';
import type { Draft } from './drafts';
import { FIELD_NAME_PATTERN, MAX_FIELD_VALUE_CHARS } from '../templates/fields';
import { MAX_TEMPLATE_FIELDS, MAX_TEMPLATE_PARAGRAPH_CHARS, MAX_TEMPLATE_PARAGRAPHS, templateFieldSchema, templateIdSchema } from '../templates/schema';
import type { SectionTemplateDetail, SectionTemplateSummary, TemplateDetail, TemplateList, TemplateSummary } from '../templates/api-types';
import { returns } from './common';

export type * from '../templates/api-types';

const byTemplateId = z.object({ id: templateIdSchema }).strict();

/** 字段名 → 内容, as the forms send them. */
export const fieldValues = z
  .record(
    z.string().regex(FIELD_NAME_PATTERN, '字段名不正确'),
    z.string().max(MAX_FIELD_VALUE_CHARS, `字段内容不能超过 ${MAX_FIELD_VALUE_CHARS} 个字`),
  )
  .refine((v) => Object.keys(v).length <= MAX_TEMPLATE_FIELDS, `字段不能超过 ${MAX_TEMPLATE_FIELDS} 个`);

const paragraphs = z
  .array(
    z
      .object({
        role: z.enum(PARAGRAPH_ROLES, '段落角色不正确'),
        text: z.string().max(MAX_TEMPLATE_PARAGRAPH_CHARS, `段落不能超过 ${MAX_TEMPLATE_PARAGRAPH_CHARS} 个字`),
      })
      .strict(),
  )
  .min(1, '内容为空，不能保存为模板')
  .max(MAX_TEMPLATE_PARAGRAPHS, `模板不能超过 ${MAX_TEMPLATE_PARAGRAPHS} 段`);

const fields = z.array(templateFieldSchema).max(MAX_TEMPLATE_FIELDS, `字段不能超过 ${MAX_TEMPLATE_FIELDS} 个`);
const name = z.string().trim().min(1, '请填写模板名称').max(60, '模板名称不能超过 60 个字');
const kind = z.string().trim().max(20, '文种不能超过 20 个字');
const category = z.string().trim().max(20, '分类不能超过 20 个字');
const description = z.string().trim().max(500, '模板说明不能超过 500 个字');
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], '标题层级只能是 1—4');

export const listTemplatesInput = z.object({}).strict();
export const getTemplateInput = byTemplateId;

export const createDraftFromTemplateInput = z
  .object({
    templateId: templateIdSchema,
    /** 字段名 → 内容. A field not given takes its default; a field given as "" stays {{名称}}. */
    values: fieldValues.optional(),
    /** The draft's title; by default the filled title lines. */
    title: z.string().trim().max(MAX_TITLE_CHARS, `标题不能超过 ${MAX_TITLE_CHARS} 个字符`).optional(),
    /** Leave out the 【】 writing prompts (and paragraphs that hold nothing else). */
    stripGuidance: z.boolean().optional(),
  })
  .strict();

export const getSectionTemplateInput = z
  .object({
    id: templateIdSchema,
    values: fieldValues.optional(),
    /** Put the section's heading at this level (1 = 一、, 2 = （一）…); as stored when absent. */
    level: level.optional(),
  })
  .strict();

/** 保存为模板: the current draft (type document) or a selected section (type section). */
export const saveUserTemplateInput = z
  .object({
    type: z.enum(['document', 'section'], '模板类型只能是 document 或 section'),
    name,
    /** Documents: 情况报告, 工作报告 …; “报告” when empty. */
    kind: kind.optional(),
    /** Sections: how the picker groups them; “我的章节” when empty. */
    category: category.optional(),
    description: description.optional(),
    /** The draft's (or the selection's) paragraphs, fields already marked as {{名称}} (markField). */
    paragraphs,
    /** Declared fields; a {{名称}} used but not declared is declared with its name as label, unused ones are dropped. */
    fields: fields.optional(),
  })
  .strict();

export const updateUserTemplateInput = z
  .object({
    id: templateIdSchema,
    name: name.optional(),
    kind: kind.optional(),
    category: category.optional(),
    description: description.optional(),
    paragraphs: paragraphs.optional(),
    fields: fields.optional(),
  })
  .strict();

export const deleteUserTemplateInput = byTemplateId;

export type CreateDraftFromTemplateInput = z.input<typeof createDraftFromTemplateInput>;
export type GetSectionTemplateInput = z.input<typeof getSectionTemplateInput>;
export type SaveUserTemplateInput = z.output<typeof saveUserTemplateInput>;
export type UpdateUserTemplateInput = z.output<typeof updateUserTemplateInput>;

export const templatesContract = {
  /** Document templates, built-in first, and the user template files that failed to load (file + message naming the field). */
  list: returns<TemplateList>()(listTemplatesInput),
  /** One document template with its whole text (fields unfilled, 【】 prompts in place). */
  get: returns<TemplateDetail>()(getTemplateInput),
  /** A new draft from a template: fields filled (defaults for the rest), title from the filled title lines. */
  createDraft: returns<Draft>()(createDraftFromTemplateInput),
} as const;

export const sectionTemplatesContract = {
  /** Section templates to insert (built-in and the writer's own), grouped by category. */
  list: returns<SectionTemplateSummary[]>()(listTemplatesInput),
  /** A section ready to insert: fields filled, heading at the requested level; insert, then renumber. */
  get: returns<SectionTemplateDetail>()(getSectionTemplateInput),
} as const;

export const userTemplatesContract = {
  /** 保存为模板: the draft (type document) or a selection (type section), fields marked with markField. */
  save: returns<TemplateSummary | SectionTemplateSummary>()(saveUserTemplateInput),
  /** Changes one of the writer's own templates (built-ins are refused with code 'unsupported'). */
  update: returns<TemplateSummary | SectionTemplateSummary>()(updateUserTemplateInput),
  delete: returns<{ id: string }>()(deleteUserTemplateInput),
} as const;
