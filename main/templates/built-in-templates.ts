/**
 * The bundled templates (templates/), validated once per process. A broken built-in is a load problem
 * named in the list, not a crash; a repeated id keeps the first and reports the rest.
 */
import type { TemplateLoadProblem } from '../../shared/api';
import type { DocumentTemplate, SectionTemplate } from '../../shared/templates';
import {
  describeSchemaError,
  documentTemplateSchema,
  issuePath,
  sectionCategoryFileSchema,
  sectionTemplateSchema,
  zhErrorMap,
} from '../../shared/templates/schema';
import { builtInDocumentTemplates, builtInSectionFiles, type BuiltInFile } from '../../templates/index';

export interface Loaded<T> {
  template: T;
  builtIn: boolean;
  /** Absolute path of a user template's file; the templates/ path of a built-in. */
  file: string;
}

export interface BuiltIns {
  documents: Loaded<DocumentTemplate>[];
  sections: Loaded<SectionTemplate>[];
  problems: TemplateLoadProblem[];
}

export function loadBuiltIns(
  documents: readonly BuiltInFile[] = builtInDocumentTemplates,
  sectionFiles: readonly BuiltInFile[] = builtInSectionFiles,
): BuiltIns {
  const out: BuiltIns = { documents: [], sections: [], problems: [] };
  for (const { file, data } of documents) {
    const parsed = documentTemplateSchema.safeParse(data, { error: zhErrorMap });
    if (parsed.success) out.documents.push({ template: parsed.data, builtIn: true, file: `templates/${file}` });
    else out.problems.push({ file: `templates/${file}`, message: `内置模板“${file}”有误：${describeSchemaError(parsed.error)}` });
  }
  for (const { file, data } of sectionFiles) {
    const category = sectionCategoryFileSchema.safeParse(data, { error: zhErrorMap });
    if (!category.success) {
      out.problems.push({ file: `templates/${file}`, message: `内置章节模板“${file}”有误：${describeSchemaError(category.error)}` });
      continue;
    }
    category.data.sections.forEach((raw, i) => {
      const parsed = sectionTemplateSchema.safeParse({ type: 'section', category: category.data.category, ...raw }, { error: zhErrorMap });
      if (parsed.success) out.sections.push({ template: parsed.data, builtIn: true, file: `templates/${file}` });
      else {
        const message = parsed.error.issues
          .slice(0, 3)
          .map((issue) => `字段 ${issuePath(['sections', i, ...issue.path])}：${issue.message}`)
          .join('；');
        out.problems.push({ file: `templates/${file}`, message: `内置章节模板“${file}”有误：${message}` });
      }
    });
  }
  const ids = new Set<string>();
  for (const list of [out.documents, out.sections] as Loaded<DocumentTemplate | SectionTemplate>[][]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const item = list[i]!;
      if (ids.has(item.template.id)) {
        out.problems.push({ file: item.file, message: `内置模板编号“${item.template.id}”重复` });
        list.splice(i, 1);
      }
    }
    for (const item of list) ids.add(item.template.id);
  }
  return out;
}
