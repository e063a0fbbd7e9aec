/**
 * Report templates: the built-in ones (templates/, bundled into the app) and the writer's own
 * (<dataDir>/templates/*.json, written atomically). Lists them with their fields and outline, makes a
 * draft from one with the fields filled, gives section templates to insert, and saves, updates and
 * deletes the writer's own. Built-ins are read-only.
 *
 * A user file that fails to parse or validate does not stop the others: it is reported in the list as
 * a load problem whose Chinese message names the file and the field (zod issue path).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type {
  Draft,
  SaveUserTemplateInput,
  SectionTemplateDetail,
  SectionTemplateSummary,
  TemplateDetail,
  TemplateFieldInfo,
  TemplateList,
  TemplateLoadProblem,
  TemplateSummary,
  UpdateUserTemplateInput,
} from '../../shared/api';
import { BoundedReadError, readRegularFileBounded } from '../fs/read-bounded';
import { stripGuidance } from '../../shared/document/guidance';
import type { DocParagraph, HeadingLevel } from '../../shared/document/roles';
import {
  documentTemplateFromParagraphs,
  fieldDefault,
  fieldNames,
  fillDocumentTemplate,
  outlineOf,
  previewOf,
  sectionLevel,
  sectionToParagraphs,
  templateToParagraphs,
  type DocumentTemplate,
  type SectionTemplate,
  type TemplateField,
} from '../../shared/templates';
import {
  describeSchemaError,
  documentTemplateSchema,
  parseTemplateFile,
  sectionTemplateSchema,
  zhErrorMap,
} from '../../shared/templates/schema';
import { loadBuiltIns, type BuiltIns, type Loaded } from './built-in-templates';
import type { DraftsService } from '../documents/drafts-service';
import { ServiceError } from '../errors';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from '../fs/atomic-write';

export const USER_TEMPLATES_DIR = 'templates';
/** A user template file larger than this is not read (a long report template is well under 1 MB). */
const MAX_USER_TEMPLATE_BYTES = 4 * 1024 * 1024;
const PREVIEW_PARAGRAPHS = 6;

let cachedBuiltIns: BuiltIns | undefined;

export interface TemplatesServiceOptions {
  now?: () => Date;
  fs?: AtomicWriteFs;
  builtIns?: BuiltIns;
}

export class TemplatesService {
  private readonly now: () => Date;
  private readonly fs: AtomicWriteFs;
  private readonly givenBuiltIns: BuiltIns | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly drafts: DraftsService,
    options: TemplatesServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.fs = options.fs ?? nodeFs;
    this.givenBuiltIns = options.builtIns;
  }

  /** Validated on first use, not at start-up: the app and every CLI command build this service. */
  private get builtIns(): BuiltIns {
    return this.givenBuiltIns ?? (cachedBuiltIns ??= loadBuiltIns());
  }

  /** Where the writer's own templates live. */
  get userDir(): string {
    return path.join(this.dataDir, USER_TEMPLATES_DIR);
  }

  /** Document templates (built-in first, then the writer's own by name) and the files that failed to load. */
  list(): TemplateList {
    const user = this.loadUser();
    const documents = [...this.builtIns.documents, ...user.documents];
    return {
      templates: documents.map((d) => this.summary(d)),
      problems: [...this.builtIns.problems, ...user.problems],
    };
  }

  get(id: string): TemplateDetail {
    const loaded = this.findDocument(id);
    const t = loaded.template;
    const detail: TemplateDetail = {
      ...this.summary(loaded),
      title: [...t.title],
      closing: [...t.closing],
      signature: [...t.signature],
      paragraphs: templateToParagraphs(t),
    };
    if (t.subtitle) detail.subtitle = [...t.subtitle];
    if (t.addressee !== undefined) detail.addressee = t.addressee;
    if (t.date !== undefined) detail.date = t.date;
    return detail;
  }

  /** The report with its fields filled (defaults for the fields not given), guidance kept unless stripped. */
  fill(id: string, values: Readonly<Record<string, string>>, options: { stripGuidance?: boolean } = {}): { paragraphs: DocParagraph[]; title: string } {
    const template = this.findDocument(id).template;
    this.checkFieldNames(template.fields, values, template.name);
    const filled = fillDocumentTemplate(template, values, this.now());
    return { paragraphs: options.stripGuidance ? stripGuidance(filled.paragraphs) : filled.paragraphs, title: filled.title };
  }

  /**
   * A new draft from the template, fields filled. It is named by its title lines as the writer edits
   * them (no name of its own), unless `title` gives it one.
   */
  createDraft(input: { templateId: string; values?: Record<string, string>; title?: string; stripGuidance?: boolean }): Draft {
    const { paragraphs } = this.fill(input.templateId, input.values ?? {}, { stripGuidance: input.stripGuidance ?? false });
    return this.drafts.createFromParagraphs(paragraphs, input.title?.trim() ?? '');
  }

  listSections(): SectionTemplateSummary[] {
    return [...this.builtIns.sections, ...this.loadUser().sections].map((s) => this.sectionSummary(s));
  }

  /** A section ready to insert: fields filled (defaults for the rest), heading moved to `level` if given. */
  getSection(id: string, options: { values?: Record<string, string>; level?: HeadingLevel } = {}): SectionTemplateDetail {
    const loaded = [...this.builtIns.sections, ...this.loadUser().sections].find((s) => s.template.id === id);
    if (!loaded) throw new ServiceError('not_found', '找不到该章节模板，可能已被删除。');
    const values = options.values ?? {};
    this.checkFieldNames(loaded.template.fields, values, loaded.template.name);
    const paragraphs = sectionToParagraphs(loaded.template, {
      values,
      now: this.now(),
      ...(options.level ? { level: options.level } : {}),
    });
    return { ...this.sectionSummary(loaded), paragraphs };
  }

  /** Saves the current draft (type document) or a selected section (type section) as the writer's own template. */
  saveUser(input: SaveUserTemplateInput): TemplateSummary | SectionTemplateSummary {
    const id = `user-${randomBytes(6).toString('hex')}`;
    const template = this.buildUserTemplate(id, input);
    const file = path.join(this.userDir, `${id}.json`);
    this.write(file, template);
    return this.summaryOf({ template, builtIn: false, file });
  }

  /** Changes the writer's own template: any of name, kind/category, description, paragraphs, fields. */
  updateUser(input: UpdateUserTemplateInput): TemplateSummary | SectionTemplateSummary {
    const existing = this.findUser(input.id, '修改');
    const current = existing.template;
    const paragraphs = input.paragraphs ?? (current.type === 'document' ? templateToParagraphs(current) : current.paragraphs);
    const template = this.buildUserTemplate(current.id, {
      type: current.type,
      name: input.name ?? current.name,
      description: input.description ?? current.description,
      ...(current.type === 'document' ? { kind: input.kind ?? current.kind } : { category: input.category ?? current.category }),
      paragraphs,
      fields: input.fields ?? current.fields,
    });
    this.write(existing.file, template);
    return this.summaryOf({ template, builtIn: false, file: existing.file });
  }

  deleteUser(id: string): { id: string } {
    const existing = this.findUser(id, '删除');
    try {
      fs.rmSync(existing.file);
    } catch (err) {
      throw new ServiceError('io', `无法删除模板文件“${path.basename(existing.file)}”：${err instanceof Error ? err.message : String(err)}`);
    }
    return { id };
  }

  // ---------- internals ----------

  private buildUserTemplate(id: string, input: SaveUserTemplateInput): DocumentTemplate | SectionTemplate {
    const paragraphs = input.paragraphs.filter((p) => p.text.trim() !== '');
    if (paragraphs.length === 0) throw new ServiceError('invalid_input', '内容为空，不能保存为模板。');
    const fields = declaredFields(input.fields ?? [], paragraphs);
    const name = input.name.trim();
    const description = input.description?.trim() ?? '';
    const candidate =
      input.type === 'document'
        ? documentTemplateFromParagraphs(paragraphs, { id, name, kind: input.kind?.trim() || '报告', description, fields })
        : { type: 'section' as const, id, name, category: input.category?.trim() || '我的章节', description, fields, paragraphs };
    const schema = input.type === 'document' ? documentTemplateSchema : sectionTemplateSchema;
    const parsed = schema.safeParse(candidate, { error: zhErrorMap });
    if (!parsed.success) throw new ServiceError('invalid_input', `不能保存为模板：${describeSchemaError(parsed.error)}`);
    return parsed.data;
  }

  private write(file: string, template: DocumentTemplate | SectionTemplate): void {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (err) {
      throw new ServiceError('io', `无法创建模板文件夹“${path.dirname(file)}”：${err instanceof Error ? err.message : String(err)}`);
    }
    writeFileAtomic(file, `${JSON.stringify(template, null, 2)}\n`, this.fs);
  }

  private findDocument(id: string): Loaded<DocumentTemplate> {
    const found = [...this.builtIns.documents, ...this.loadUser().documents].find((d) => d.template.id === id);
    if (!found) throw new ServiceError('not_found', `找不到模板“${id}”，可能已被删除。`);
    return found;
  }

  private findUser(id: string, action: '修改' | '删除'): Loaded<DocumentTemplate | SectionTemplate> {
    if (this.builtIns.documents.some((d) => d.template.id === id) || this.builtIns.sections.some((s) => s.template.id === id)) {
      throw new ServiceError(
        'unsupported',
        action === '修改'
          ? '内置模板不能修改。可以用它新建文档，修改后另存为“我的模板”。'
          : '内置模板不能删除。',
      );
    }
    const user = this.loadUser();
    const found = [...user.documents, ...user.sections].find((t) => t.template.id === id);
    if (!found) throw new ServiceError('not_found', `找不到模板“${id}”，可能已被删除。`);
    return found;
  }

  /** Values for fields the template does not declare are a mistake the writer should hear about. */
  private checkFieldNames(fields: readonly TemplateField[], values: Readonly<Record<string, string>>, name: string): void {
    const unknown = Object.keys(values).filter((key) => !fields.some((f) => f.name === key));
    if (unknown.length) {
      const known = fields.map((f) => f.name).join('、') || '（无）';
      throw new ServiceError('invalid_input', `模板“${name}”没有字段“${unknown.join('”“')}”。可用的字段：${known}`);
    }
  }

  private loadUser(): { documents: Loaded<DocumentTemplate>[]; sections: Loaded<SectionTemplate>[]; problems: TemplateLoadProblem[] } {
    const out = { documents: [] as Loaded<DocumentTemplate>[], sections: [] as Loaded<SectionTemplate>[], problems: [] as TemplateLoadProblem[] };
    let names: string[];
    try {
      names = fs.readdirSync(this.userDir).filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        out.problems.push({ file: this.userDir, message: `无法读取模板文件夹“${this.userDir}”：${(err as Error).message}` });
      }
      return out;
    }
    const taken = new Set([...this.builtIns.documents, ...this.builtIns.sections].map((t) => t.template.id));
    for (const name of names.sort()) {
      const file = path.join(this.userDir, name);
      const problem = (message: string) => out.problems.push({ file, message: `模板文件“${name}”${message}` });
      let text: string;
      try {
        text = readRegularFileBounded(file, MAX_USER_TEMPLATE_BYTES).toString('utf8');
      } catch (err) {
        problem(err instanceof BoundedReadError ? `${err.message}，未载入。` : `无法读取：${(err as Error).message}`);
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (err) {
        problem(`不是有效的 JSON，未载入：${(err as Error).message}`);
        continue;
      }
      const parsed = parseTemplateFile(data);
      if (!parsed.ok) {
        problem(`有误，未载入：${parsed.message}`);
        continue;
      }
      const template = parsed.template;
      if (taken.has(template.id)) {
        problem(`的编号“${template.id}”与已载入的模板重复，未载入。`);
        continue;
      }
      taken.add(template.id);
      if (template.type === 'document') out.documents.push({ template, builtIn: false, file });
      else out.sections.push({ template, builtIn: false, file });
    }
    const byName = (a: Loaded<{ name: string }>, b: Loaded<{ name: string }>) => a.template.name.localeCompare(b.template.name, 'zh-CN');
    out.documents.sort(byName);
    out.sections.sort(byName);
    return out;
  }

  private fieldInfo(fields: readonly TemplateField[]): TemplateFieldInfo[] {
    const now = this.now();
    return fields.map((f) => {
      const info: TemplateFieldInfo = { name: f.name, label: f.label };
      const value = fieldDefault(f, now);
      if (value !== undefined) info.default = value;
      if (f.hint !== undefined) info.hint = f.hint;
      return info;
    });
  }

  private summary(loaded: Loaded<DocumentTemplate>): TemplateSummary {
    const t = loaded.template;
    const guidance = new Map(t.sections.map((s) => [s.heading, s.guidance]));
    const summary: TemplateSummary = {
      id: t.id,
      name: t.name,
      kind: t.kind,
      description: t.description,
      builtIn: loaded.builtIn,
      fields: this.fieldInfo(t.fields),
      outline: outlineOf(t.body).map((h) => {
        const note = guidance.get(`${h.marker}${h.title}`);
        return note ? { ...h, guidance: note } : h;
      }),
      preview: previewOf(templateToParagraphs(t), PREVIEW_PARAGRAPHS),
    };
    // t.basedOn (which sample the structure follows) is the template authors' note: not for the writer.
    return summary;
  }

  private sectionSummary(loaded: Loaded<SectionTemplate>): SectionTemplateSummary {
    const t = loaded.template;
    const level = sectionLevel(t.paragraphs);
    const first = outlineOf(t.paragraphs)[0];
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      description: t.description,
      builtIn: loaded.builtIn,
      fields: this.fieldInfo(t.fields),
      heading: first ? `${first.marker}${first.title}` : null,
      level,
      preview: previewOf(t.paragraphs, PREVIEW_PARAGRAPHS),
    };
  }

  private summaryOf(loaded: Loaded<DocumentTemplate | SectionTemplate>): TemplateSummary | SectionTemplateSummary {
    const t = loaded.template;
    return t.type === 'document'
      ? this.summary({ ...loaded, template: t })
      : this.sectionSummary({ ...loaded, template: t });
  }
}

/**
 * The fields a saved template declares: those the caller declared that the text uses (in the caller's
 * order), then any {{名称}} the text uses without a declaration (label = name).
 */
export function declaredFields(fields: readonly TemplateField[], paragraphs: readonly DocParagraph[]): TemplateField[] {
  const used = new Set(fieldNames(paragraphs));
  const out: TemplateField[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (used.has(f.name) && !seen.has(f.name)) {
      out.push(f);
      seen.add(f.name);
    }
  }
  for (const name of used) if (!seen.has(name)) out.push({ name, label: name });
  return out;
}
