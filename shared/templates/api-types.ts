/**
 * Result shapes of the template methods of the API contract (shared/api/templates.ts and fields.ts; shared/api re-exports them as types).
 */
import type { DocParagraph, HeadingLevel } from '../document/roles';

/** A field as the fill-in form shows it. `default` is resolved at list time (年份 → the current year). */
export interface TemplateFieldInfo {
  name: string;
  label: string;
  default?: string;
  /** An example for the empty input (如：和平街道). */
  hint?: string;
}

/**
 * The fields of a draft made from a template (填写字段 panel): the template's fields, and the values the
 * writer filled in so far ("" or absent = still {{名称}} in the text). 插入章节 fills sections with them.
 */
export interface DraftFields {
  fields: TemplateFieldInfo[];
  values: Record<string, string>;
}

/** One heading of a template's outline (as shared/outline reads it), with what the section should say. */
export interface TemplateOutlineItem {
  level: HeadingLevel;
  /** "一、", "（一）", "1．" */
  marker: string;
  title: string;
  guidance?: string;
}

export interface TemplateSummary {
  id: string;
  name: string;
  /** 情况报告, 工作报告, 工作要点, 工作总结 … */
  kind: string;
  description: string;
  /** Built-in templates are read-only; the writer's own can be updated and deleted. */
  builtIn: boolean;
  fields: TemplateFieldInfo[];
  outline: TemplateOutlineItem[];
  /** The first paragraphs of the report, fields unfilled, 【】 prompts shown. */
  preview: string[];
}

/** A user template file that could not be loaded: which file, and why (naming the field). */
export interface TemplateLoadProblem {
  file: string;
  message: string;
}

export interface TemplateList {
  templates: TemplateSummary[];
  problems: TemplateLoadProblem[];
}

export interface TemplateDetail extends TemplateSummary {
  title: string[];
  subtitle?: string[];
  addressee?: string;
  closing: string[];
  signature: string[];
  date?: string;
  /** The whole report, fields unfilled ({{名称}}), 【】 prompts in place. */
  paragraphs: DocParagraph[];
}

export interface SectionTemplateSummary {
  id: string;
  name: string;
  /** 通用结构, 党的建设, 经济民生, 社会治理, 我的章节 … */
  category: string;
  description: string;
  builtIn: boolean;
  fields: TemplateFieldInfo[];
  /** The section's heading (marker + title), null for a lead paragraph or a closing. */
  heading: string | null;
  level: HeadingLevel | null;
  preview: string[];
}

export interface SectionTemplateDetail extends SectionTemplateSummary {
  /** Ready to insert: fields filled (defaults for the rest), heading at the requested level. Insert, then renumber. */
  paragraphs: DocParagraph[];
}
