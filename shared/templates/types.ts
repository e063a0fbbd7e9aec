/**
 * What a template is. Plain types, no zod: the renderer may import these and the pure helpers beside
 * them; shared/templates/schema.ts validates files against the same shapes.
 */
import type { DocParagraph, HeadingLevel } from '../document/roles';

/** A default computed when the template is filled: 当前年份, 上一年, 今天 (2026年4月8日). */
export type FieldAuto = 'currentYear' | 'previousYear' | 'today';

/** A fill-in field, written {{名称}} in the template text. */
export interface TemplateField {
  /** The name inside {{ }}: 单位名称, 年份, 会议名称. */
  name: string;
  /** What the form shows beside the input. */
  label: string;
  /** Used when no value is given. */
  default?: string;
  /** A default computed at fill time (年份 → the current year); `default` wins when both are set. */
  auto?: FieldAuto;
  /** An example for the empty input (如：和平街道). */
  hint?: string;
}

/** A heading the template declares: its level and the heading as the outline shows it (marker + title). */
export interface TemplateSection {
  level: HeadingLevel;
  /** "一、加强学习传达，全面领会会议精神实质": marker and title, no run-in body, no closing 。 */
  heading: string;
  /** What this section should say, for the picker (the body carries the same advice as 【…】 prompts). */
  guidance?: string;
}

/** A whole report: title lines, addressee, body (lead paragraphs and sections), closing, signature, date. */
export interface DocumentTemplate {
  type: 'document';
  id: string;
  name: string;
  /** 情况报告, 工作报告, 工作要点, 工作总结 … */
  kind: string;
  description: string;
  /** Where the structure comes from (样本 000、004): the authors' note, kept out of everything the writer sees. */
  basedOn?: string;
  fields: TemplateField[];
  /** The title, one string per printed line (a long title or a two-line slogan title). */
  title: string[];
  /** Lines under the title: ——在……上的报告. */
  subtitle?: string[];
  /** 主送机关 or 称谓, ending with ：(区委办： / 同志们：). */
  addressee?: string;
  /** Lead paragraphs and every section: headings (heading1–4) and body paragraphs. */
  body: DocParagraph[];
  /** The headings of `body`, in order, as declared (checked against the body). */
  sections: TemplateSection[];
  /** Closing formula paragraphs: 特此报告。 / 以上报告，请予审议。 */
  closing: string[];
  /** 署名 lines. */
  signature: string[];
  /** 成文日期. */
  date?: string;
}

/** A section to insert into a draft: its heading (level 1 or 2, renumbered where it lands) and model text. */
export interface SectionTemplate {
  type: 'section';
  id: string;
  name: string;
  /** 通用结构, 党的建设, 经济发展 …: how the picker groups them. */
  category: string;
  description: string;
  fields: TemplateField[];
  /** The heading first (or none, for a lead paragraph or a closing), then model paragraphs. */
  paragraphs: DocParagraph[];
}

export type AnyTemplate = DocumentTemplate | SectionTemplate;
