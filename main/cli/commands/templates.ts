import path from 'node:path';
import type { ExportFonts } from '../../../shared/api';
import { findGuidance } from '../../../shared/document/guidance';
import type { DocParagraph } from '../../../shared/document/roles';
import { fieldToken, isFieldName, unfilledFields } from '../../../shared/templates';
import { exportDocument, formatOf } from '../../export/export-document';
import { CliUsageError, EXIT_OK, printJson, type CliCommand, type CliContext } from '../command';
import { parseOptions } from '../parse-options';

const FONT_CHOICES: readonly ExportFonts[] = ['standard', 'system'];

export const templatesList: CliCommand = {
  name: 'templates list',
  summary: '列出报告模板（内置模板和数据目录中的“我的模板”）及其字段',
  usage: [
    'gongwen templates list [--json]',
    '',
    '  --json   输出 {"templates": [{"id", "name", "kind", "fields": [{"name", "label", "default"?}]}]}',
    '',
    '“我的模板”在数据目录的 templates 文件夹中；有误的模板文件不载入，原因（文件名和出错的字段）列在标准错误输出上。',
  ].join('\n'),
  run(args, ctx) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } }, 0);
    const { templates, problems } = ctx.services().templates.list();
    for (const p of problems) ctx.stderr(`gongwen：注意：${p.message}\n`);
    if (values.json) {
      printJson(ctx, {
        templates: templates.map((t) => ({
          id: t.id,
          name: t.name,
          kind: t.kind,
          fields: t.fields.map((f) => (f.default !== undefined ? { name: f.name, label: f.label, default: f.default } : { name: f.name, label: f.label })),
        })),
      });
      return EXIT_OK;
    }
    for (const t of templates) {
      ctx.stdout(`${t.id}  ${t.name}〔${t.kind}，${t.builtIn ? '内置' : '我的模板'}〕\n`);
      for (const f of t.fields) {
        ctx.stdout(`    ${fieldToken(f.name)}  ${f.label}${f.default !== undefined ? `（默认：${f.default}）` : ''}\n`);
      }
    }
    return EXIT_OK;
  },
};

/** `--set 名称=值`, repeatable; the value may be empty (the field then stays {{名称}}). */
function parseSets(sets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of sets) {
    const at = item.indexOf('=');
    if (at <= 0) throw new CliUsageError(`--set 的格式应为 名称=值（收到：${item}）。`);
    const name = item.slice(0, at).trim();
    if (!isFieldName(name)) throw new CliUsageError(`--set：字段名“${name}”不正确。`);
    out[name] = item.slice(at + 1);
  }
  return out;
}

function report(ctx: CliContext, paragraphs: readonly DocParagraph[]): { unfilled: string[]; guidance: number } {
  const unfilled = unfilledFields(paragraphs);
  const guidance = paragraphs.reduce((n, p) => n + findGuidance(p.text).length, 0);
  if (unfilled.length) {
    ctx.stderr(`gongwen：注意：还有 ${unfilled.length} 个字段未填写：${unfilled.map(fieldToken).join('、')}（用 --set 名称=值 填写）。\n`);
  }
  return { unfilled, guidance };
}

export const newCommand: CliCommand = {
  name: 'new',
  summary: '用模板新建报告：填写字段后写成 Word（.docx）或纯文本（.txt），或存为数据目录中的文档',
  usage: [
    'gongwen new --template ID [--set 名称=值 ...] [-o OUT.docx|OUT.txt] [--fonts standard|system] [--strip-guidance] [--title 标题] [--json]',
    '',
    '  --template ID      模板编号（gongwen templates list 列出）',
    '  --set 名称=值      填写字段，可重复；未填写的字段用默认值（如“年份”为今年），没有默认值的保留为 {{名称}}',
    '  -o, --output       输出文件：.docx 为按 GB/T 9704 排版的 Word 文档，.txt 为纯文本；',
    '                     不加时在数据目录中新建文档，输出其编号',
    '  --fonts            .docx 的字体：standard（默认）或 system',
    '  --strip-guidance   去掉【】写作提示（只剩提示的段落一并去掉）',
    '  --title            新建文档的标题（默认取填好字段后的标题行）',
    '  --json             输出 {"template", "title", "output"|"draftId", "unfilled": [...], "guidance": N}',
    '',
    '新建的报告中，{{名称}} 是未填写的字段，【……】是写作提示，gongwen check 把两者都列为错误级占位符。',
  ].join('\n'),
  async run(args, ctx) {
    const { values } = parseOptions(
      args,
      {
        template: { type: 'string' },
        set: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        fonts: { type: 'string' },
        'strip-guidance': { type: 'boolean' },
        title: { type: 'string' },
        json: { type: 'boolean' },
      },
      0,
    );
    if (!values.template) throw new CliUsageError('请用 --template 指定模板编号（gongwen templates list 列出全部模板）。');
    const fonts = (values.fonts ?? 'standard') as ExportFonts;
    if (!FONT_CHOICES.includes(fonts)) throw new CliUsageError(`--fonts 只能是 standard 或 system（收到：${values.fonts}）。`);
    const format = values.output ? formatOf(values.output) : null;
    const fieldValues = parseSets(values.set ?? []);
    const templates = ctx.services().templates;
    const name = templates.get(values.template).name;
    const stripGuidance = values['strip-guidance'] ?? false;

    if (!values.output || !format) {
      const draft = templates.createDraft({
        templateId: values.template,
        values: fieldValues,
        stripGuidance,
        ...(values.title !== undefined ? { title: values.title } : {}),
      });
      const paragraphs = templates.fill(values.template, fieldValues, { stripGuidance }).paragraphs;
      const { unfilled, guidance } = report(ctx, paragraphs);
      if (values.json) printJson(ctx, { template: values.template, title: draft.displayTitle, draftId: draft.id, unfilled, guidance });
      else ctx.stdout(`已用模板“${name}”新建文档 ${draft.id}：${draft.displayTitle}\n`);
      return EXIT_OK;
    }

    const { paragraphs, title } = templates.fill(values.template, fieldValues, { stripGuidance });
    const bytes = await exportDocument(paragraphs, values.output, { fonts, title });
    const output = path.resolve(values.output);
    const { unfilled, guidance } = report(ctx, paragraphs);
    if (values.json) {
      printJson(ctx, { template: values.template, title, output, format, bytes, unfilled, guidance });
    } else {
      ctx.stdout(`已用模板“${name}”生成 ${path.relative(process.cwd(), output) || output}（${(bytes / 1024).toFixed(1)} KB）\n`);
    }
    return EXIT_OK;
  },
};
