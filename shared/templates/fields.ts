/**
 * Template fields: {{单位名称}}, {{年份}}, {{会议名称}} … in template text. Filling sets every occurrence
 * of a field at once; a field left without a value stays visible as {{名称}}, which the checks report as
 * an error-level placeholder (placeholder/template), so F8 finds it and the export gate counts it.
 */
import type { DocParagraph } from '../document/roles';
import type { FieldAuto, TemplateField } from './types';

/** A field name: Han characters, Latin letters, digits, _ and （）·, at most 20 characters. */
export const FIELD_NAME_PATTERN = /^[\p{Script=Han}A-Za-z0-9_（）·]{1,20}$/u;
export const MAX_FIELD_NAME_CHARS = 20;
export const MAX_FIELD_VALUE_CHARS = 200;

/** {{名称}} (spaces inside the braces allowed) and the full-width ｛｛名称｝｝ a Chinese IME may type. */
const FIELD = /\{\{[ \u3000]*([^{}\n]{1,40}?)[ \u3000]*\}\}|｛｛[ \u3000]*([^｛｝\n]{1,40}?)[ \u3000]*｝｝/g;

export interface FieldOccurrence {
  name: string;
  /** Offsets of the whole token, braces included. */
  start: number;
  end: number;
}

export function fieldToken(name: string): string {
  return `{{${name}}}`;
}

export function isFieldName(name: string): boolean {
  return FIELD_NAME_PATTERN.test(name);
}

/** Every {{…}} in the text, in order. */
export function findFields(text: string): FieldOccurrence[] {
  if (!text.includes('{{') && !text.includes('｛｛')) return [];
  const out: FieldOccurrence[] = [];
  for (const m of text.matchAll(FIELD)) {
    out.push({ name: (m[1] ?? m[2])!, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The names of the fields the paragraphs use, each once, in order of first use. */
export function fieldNames(paragraphs: readonly DocParagraph[] | readonly string[]): string[] {
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const f of findFields(typeof p === 'string' ? p : p.text)) seen.add(f.name);
  }
  return [...seen];
}

function valueOf(values: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  if (!Object.hasOwn(values, name)) return undefined;
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The text with every field that has a non-empty value replaced; the others stay as {{名称}}. */
export function fillText(text: string, values: Readonly<Record<string, string | undefined>>): string {
  if (!text.includes('{{') && !text.includes('｛｛')) return text;
  // One pass: a value that itself contains {{…}} is inserted as written, never filled again.
  return text.replace(FIELD, (token, ascii?: string, wide?: string) => valueOf(values, (ascii ?? wide)!) ?? token);
}

/** Sets every occurrence of each field with a value at once; unfilled fields stay visible as {{名称}}. */
export function fillFields(paragraphs: readonly DocParagraph[], values: Readonly<Record<string, string | undefined>>): DocParagraph[] {
  return paragraphs.map((p) => {
    const text = fillText(p.text, values);
    return text === p.text ? p : { role: p.role, text };
  });
}

export interface FieldFillEdit {
  paragraph: number;
  /** Offsets in the paragraph's text before any edit. */
  start: number;
  end: number;
  replacement: string;
}

/**
 * 填写字段 over a whole document: one edit for every {{名称}} of a field that has a value, and — for a
 * field whose value changed from `previous` (what was filled in before) — one for every place the
 * previous value stands outside a {{…}}, so a corrected 单位名称 changes everywhere at once. Edits never
 * overlap (a longer previous value wins) and are in document order; the editor applies them together.
 */
export function fieldFillEdits(
  paragraphs: readonly string[],
  values: Readonly<Record<string, string | undefined>>,
  previous: Readonly<Record<string, string | undefined>> = {},
): FieldFillEdit[] {
  const changed = Object.keys(values)
    .map((name) => ({ name, from: valueOf(previous, name), to: valueOf(values, name) }))
    .filter((c): c is { name: string; from: string; to: string } => c.from !== undefined && c.to !== undefined && c.from !== c.to)
    .sort((a, b) => b.from.length - a.from.length);
  const edits: FieldFillEdit[] = [];
  paragraphs.forEach((text, paragraph) => {
    const tokens = findFields(text);
    const taken: { start: number; end: number }[] = tokens.map((t) => ({ start: t.start, end: t.end }));
    const mine: FieldFillEdit[] = [];
    for (const t of tokens) {
      const value = valueOf(values, t.name);
      if (value !== undefined) mine.push({ paragraph, start: t.start, end: t.end, replacement: value });
    }
    for (const c of changed) {
      for (let at = text.indexOf(c.from); at >= 0; at = text.indexOf(c.from, at + 1)) {
        const span = { start: at, end: at + c.from.length };
        if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
        taken.push(span);
        mine.push({ paragraph, ...span, replacement: c.to });
      }
    }
    edits.push(...mine.sort((a, b) => a.start - b.start));
  });
  return edits;
}

/** How many times {{名称}} (either brace form) stands in the paragraphs, by name. */
export function fieldCounts(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of paragraphs) for (const f of findFields(text)) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return counts;
}

/** The field names still unfilled in the paragraphs. */
export function unfilledFields(paragraphs: readonly DocParagraph[]): string[] {
  return fieldNames(paragraphs);
}

/** A date as 公文 writes it: 2026年4月8日 (Arabic numerals, no zero padding). */
export function formatChineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

export function autoValue(auto: FieldAuto, now: Date): string {
  switch (auto) {
    case 'currentYear':
      return String(now.getFullYear());
    case 'previousYear':
      return String(now.getFullYear() - 1);
    case 'today':
      return formatChineseDate(now);
  }
}

/** The default a field shows in the form at `now`: its `default`, else its computed `auto` value. */
export function fieldDefault(field: TemplateField, now: Date): string | undefined {
  if (field.default !== undefined) return field.default;
  return field.auto ? autoValue(field.auto, now) : undefined;
}

/**
 * The values to fill with: what the writer gave, and for every field not given at all, its default.
 * A field given as "" stays unfilled ({{名称}} remains): the writer cleared it on purpose.
 */
export function resolveFieldValues(
  fields: readonly TemplateField[],
  values: Readonly<Record<string, string | undefined>>,
  now: Date,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const given = Object.hasOwn(values, field.name) ? values[field.name] : undefined;
    const value = given ?? fieldDefault(field, now);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

export interface MarkFieldRequest {
  /** The selected text to turn into a field (every occurrence of it). */
  text: string;
  /** The field's name; a name already declared is reused. */
  name: string;
  /** Shown in the form; defaults to the name. */
  label?: string;
  /** Keep the selected text as the field's default value. */
  keepAsDefault?: boolean;
}

export interface MarkFieldResult {
  paragraphs: DocParagraph[];
  fields: TemplateField[];
  /** How many occurrences became {{名称}}. */
  replaced: number;
}

export class FieldMarkError extends Error {}

/**
 * 设为字段: the selected text becomes {{名称}} everywhere it occurs (never inside an existing {{…}}), and
 * the field is declared (or its existing declaration kept). Throws FieldMarkError with a Chinese message
 * for an empty selection, one that contains a field's braces, or a name that is not a valid field name.
 */
export function markField(
  paragraphs: readonly DocParagraph[],
  fields: readonly TemplateField[],
  request: MarkFieldRequest,
): MarkFieldResult {
  const selected = request.text;
  const name = request.name.trim();
  if (selected.trim() === '') throw new FieldMarkError('请先选中要设为字段的文字。');
  if (/[{}｛｝\n]/.test(selected)) throw new FieldMarkError('选中的文字不能包含花括号或换行。');
  if (!isFieldName(name)) {
    throw new FieldMarkError(`字段名“${name}”不可用：只能使用汉字、字母、数字和下划线，不超过 ${MAX_FIELD_NAME_CHARS} 个字符。`);
  }
  let replaced = 0;
  const token = fieldToken(name);
  const next = paragraphs.map((p) => {
    if (!p.text.includes(selected)) return p;
    // Replace only outside existing field tokens.
    let out = '';
    let at = 0;
    for (const f of [...findFields(p.text), { start: p.text.length, end: p.text.length, name: '' }]) {
      const segment = p.text.slice(at, f.start);
      const parts = segment.split(selected);
      replaced += parts.length - 1;
      out += parts.join(token) + p.text.slice(f.start, f.end);
      at = f.end;
    }
    return out === p.text ? p : { role: p.role, text: out };
  });
  if (replaced === 0) throw new FieldMarkError(`文中没有找到“${selected}”。`);
  const declared = fields.some((f) => f.name === name);
  const field: TemplateField = { name, label: request.label?.trim() || name };
  if (request.keepAsDefault) field.default = selected.slice(0, MAX_FIELD_VALUE_CHARS);
  return { paragraphs: next, fields: declared ? [...fields] : [...fields, field], replaced };
}
