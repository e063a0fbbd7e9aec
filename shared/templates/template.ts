/**
 * Turning templates into paragraphs: a document template into a whole report, a section template into
 * paragraphs to insert (its heading moved to the level where it lands, markers renumbered), with the
 * fields filled. Pure: the service, the CLI and the renderer all use these.
 */
import { documentTitle } from '../document/document-title';
import { formatMarker, parseNumbering } from '../document/numbering';
import { headingLevel, headingRole, type DocParagraph, type HeadingLevel } from '../document/roles';
import { buildOutline, flattenOutline, renumberAll } from '../outline';
import { fillFields, resolveFieldValues } from './fields';
import type { DocumentTemplate, SectionTemplate, TemplateField } from './types';

/** The whole report the template describes, fields unfilled: title, subtitle, addressee, body, closing, signature, date. */
export function templateToParagraphs(template: DocumentTemplate): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const line of template.title) out.push({ role: 'title', text: line });
  for (const line of template.subtitle ?? []) out.push({ role: 'subtitle', text: line });
  if (template.addressee) out.push({ role: 'addressee', text: template.addressee });
  for (const p of template.body) out.push({ role: p.role, text: p.text });
  for (const line of template.closing) out.push({ role: 'body', text: line });
  for (const line of template.signature) out.push({ role: 'signature', text: line });
  if (template.date) out.push({ role: 'date', text: template.date });
  return out;
}

export interface OutlineEntry {
  level: HeadingLevel;
  marker: string;
  title: string;
}

/** The headings of the paragraphs as the outline panel shows them (shared/outline). */
export function outlineOf(paragraphs: readonly DocParagraph[]): OutlineEntry[] {
  return flattenOutline(buildOutline(paragraphs)).map((h) => ({ level: h.level, marker: h.marker, title: h.title }));
}

export interface FilledDocument {
  paragraphs: DocParagraph[];
  /** From the filled title lines (documentTitle). */
  title: string;
  /** The values used, defaults included. */
  values: Record<string, string>;
}

/** The report with its fields filled: given values, else defaults (年份 → the current year at `now`). */
export function fillDocumentTemplate(
  template: DocumentTemplate,
  values: Readonly<Record<string, string | undefined>>,
  now: Date,
): FilledDocument {
  const resolved = resolveFieldValues(template.fields, values, now);
  const paragraphs = fillFields(templateToParagraphs(template), resolved);
  const title = documentTitle(paragraphs);
  return { paragraphs, title, values: resolved };
}

/** The first `count` non-empty paragraphs' text, for a preview. */
export function previewOf(paragraphs: readonly DocParagraph[], count = 6, maxChars = 120): string[] {
  return paragraphs
    .filter((p) => p.text.trim() !== '')
    .slice(0, count)
    .map((p) => (p.text.length > maxChars ? `${p.text.slice(0, maxChars)}……` : p.text));
}

/** The level of the section's first heading, or null for a section without one (lead paragraph, closing). */
export function sectionLevel(paragraphs: readonly DocParagraph[]): HeadingLevel | null {
  for (const p of paragraphs) {
    const level = headingLevel(p.role);
    if (level !== null) return level;
  }
  return null;
}

/**
 * The paragraphs moved so the first heading is at `level`: every heading's role and marker shift by the
 * same amount (一、 → （一）, （一） → 1．). Headings that would go deeper than level 4 become body text
 * (their marker kept as written). Ordinals are kept; renumber after inserting.
 */
export function shiftSectionLevel(paragraphs: readonly DocParagraph[], level: HeadingLevel): DocParagraph[] {
  const from = sectionLevel(paragraphs);
  if (from === null || from === level) return paragraphs.map((p) => ({ ...p }));
  const delta = level - from;
  return paragraphs.map((p) => {
    const current = headingLevel(p.role);
    if (current === null) return { ...p };
    const target = current + delta;
    if (target > 4) return { role: 'body', text: p.text };
    const next = Math.max(1, target) as HeadingLevel;
    const marker = parseNumbering(p.text);
    const text = marker
      ? `${p.text.slice(0, marker.offset)}${formatMarker(next, Math.min(marker.value, 99))}${p.text.slice(marker.offset + marker.marker.length)}`
      : p.text;
    return { role: headingRole(next), text };
  });
}

/** The paragraphs with every heading marker renumbered in sequence (renumberAll applied). */
export function renumbered(paragraphs: readonly DocParagraph[]): DocParagraph[] {
  const out = paragraphs.map((p) => ({ ...p }));
  for (const edit of renumberAll(paragraphs)) {
    const p = out[edit.paragraph]!;
    p.text = `${p.text.slice(0, edit.start)}${edit.replacement}${p.text.slice(edit.end)}`;
  }
  return out;
}

export interface SectionOptions {
  /** Values for the section's fields; defaults fill the rest. */
  values?: Readonly<Record<string, string | undefined>>;
  /** Move the heading to this level (1 = 一、, 2 = （一）…). */
  level?: HeadingLevel;
  now?: Date;
}

/** A section template's paragraphs, ready to insert: fields filled, heading at the chosen level. */
export function sectionToParagraphs(section: SectionTemplate, options: SectionOptions = {}): DocParagraph[] {
  const resolved = resolveFieldValues(section.fields, options.values ?? {}, options.now ?? new Date());
  const filled = fillFields(section.paragraphs, resolved);
  return options.level ? shiftSectionLevel(filled, options.level) : filled;
}

/**
 * Inserts paragraphs into a document before index `at` and renumbers every heading, so an inserted
 * "一、" lands as the next number where it goes. What the editor does in one undo step.
 */
export function insertSection(document: readonly DocParagraph[], at: number, section: readonly DocParagraph[]): DocParagraph[] {
  const index = Math.max(0, Math.min(at, document.length));
  return renumbered([...document.slice(0, index), ...section, ...document.slice(index)]);
}

export interface TemplateMeta {
  id: string;
  name: string;
  kind: string;
  description: string;
  fields: TemplateField[];
}

/**
 * A document template from a draft's paragraphs (保存为模板): leading title and subtitle lines, the
 * addressee right after them, trailing signature and date lines; everything else is the body, and the
 * declared sections are the body's headings.
 */
export function documentTemplateFromParagraphs(paragraphs: readonly DocParagraph[], meta: TemplateMeta): DocumentTemplate {
  const list = paragraphs.filter((p) => p.text.trim() !== '').map((p) => ({ role: p.role, text: p.text }));
  let start = 0;
  const title: string[] = [];
  const subtitle: string[] = [];
  while (start < list.length && list[start]!.role === 'title') title.push(list[start++]!.text);
  while (start < list.length && list[start]!.role === 'subtitle') subtitle.push(list[start++]!.text);
  let addressee: string | undefined;
  if (start < list.length && list[start]!.role === 'addressee') addressee = list[start++]!.text;
  let end = list.length;
  let date: string | undefined;
  if (end > start && list[end - 1]!.role === 'date') date = list[--end]!.text;
  const signature: string[] = [];
  while (end > start && list[end - 1]!.role === 'signature') signature.unshift(list[--end]!.text);
  const body = list.slice(start, end).map((p) =>
    p.role === 'title' || p.role === 'subtitle' || p.role === 'docNumber' || p.role === 'addressee' || p.role === 'signature' || p.role === 'date'
      ? { role: 'body' as const, text: p.text }
      : p,
  );
  const template: DocumentTemplate = {
    type: 'document',
    id: meta.id,
    name: meta.name,
    kind: meta.kind,
    description: meta.description,
    fields: meta.fields,
    title: title.length ? title : [meta.name],
    body: body.length ? body : [{ role: 'body', text: '' }],
    sections: outlineOf(body).map((h) => ({ level: h.level, heading: `${h.marker}${h.title}` })),
    closing: [],
    signature,
  };
  if (subtitle.length) template.subtitle = subtitle;
  if (addressee !== undefined) template.addressee = addressee;
  if (date !== undefined) template.date = date;
  return template;
}
