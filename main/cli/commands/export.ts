import { IMPORTABLE_EXTENSIONS_SHORT } from '../../../shared/import-formats';
import fs from 'node:fs';
import path from 'node:path';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, printJson, type CliCommand, type CliContext } from '../command';
import { parseOptions } from '../parse-options';
import { refuseOutputOverInput } from '../same-file';
import { findingLines } from '../finding-lines';
import type { ExportFonts } from '../../../shared/api';
import type { Finding } from '../../../shared/checks';
import type { DocParagraph } from '../../../shared/document/roles';
import { formatOf } from '../../export/export-document';
import { userTifa } from './check';
import { ExportGateError, exportParagraphs, type ExportWritten } from '../../export/export-service';
import { readSource } from '../read-source';

const FONT_CHOICES: readonly ExportFonts[] = ['standard', 'system'];

/** `file:paragraph:column severity category message`, paragraphs and columns from 1 (as `gongwen check`). */
function printFindings(ctx: CliContext, source: string, paragraphs: readonly DocParagraph[], findings: readonly Finding[]): void {
  ctx.stderr(findingLines(source, paragraphs, findings));
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '按 GB/T 9704 导出为 Word（.docx）或纯文本（.txt）；有错误级问题（如未填写的占位符）时拒绝导出',
  usage: [
    'gongwen export FILE -o OUT.docx [--fonts standard|system] [--force] [--json]',
    '',
    `  FILE             ${IMPORTABLE_EXTENSIONS_SHORT} 文件（与 gongwen convert 一样读取并清除水印广告），或数据目录中的文档编号`,
    '  -o, --output     输出文件：.docx 为按 GB/T 9704 排版的 Word 文档，.txt 为纯文本（UTF-8）',
    '  --fonts          standard：方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体（默认）；',
    '                   system：Windows 自带的宋体、仿宋、楷体、黑体',
    '  --force          即使有错误级问题也导出（问题仍列在标准错误输出上，退出码为 0）',
    '  --json           输出 {"output", "format", "bytes", "paragraphs", "errors": [...]}；拒绝时为 {"refused": true, "errors": [...]}',
    '',
    '导出前先检查文稿。有错误级问题时，每处一行列在标准错误输出上（文件:段:列 级别 类别 说明，段号、列号从 1 开始），',
    '不写任何文件，退出码为 1。写入时先写临时文件再替换，失败时原文件保持不变。',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseOptions(
      args,
      {
        output: { type: 'string', short: 'o' },
        fonts: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      1,
    );
    if (!values.output) throw new CliUsageError('请用 -o 指定输出文件，例如 -o 报告.docx');
    const fonts = (values.fonts ?? 'standard') as ExportFonts;
    if (!FONT_CHOICES.includes(fonts)) throw new CliUsageError(`--fonts 只能是 standard 或 system（收到：${values.fonts}）。`);
    const format = formatOf(values.output);
    if (fs.existsSync(positionals[0]!)) refuseOutputOverInput(positionals[0]!, values.output);
    const source = await readSource(positionals[0]!, ctx);
    if (!source.paragraphs.some((p) => p.text.trim())) throw new CliUsageError(`${source.label}：没有可导出的内容。`);

    let written: ExportWritten;
    try {
      const tifa = userTifa(ctx);
      written = await exportParagraphs(source.paragraphs, values.output, {
        format,
        fonts,
        force: values.force ?? false,
        year: source.year,
        ...(tifa ? { tifa } : {}),
        ...(source.pendingFigures ? { pendingFigures: source.pendingFigures } : {}),
      });
    } catch (err) {
      if (!(err instanceof ExportGateError)) throw err;
      printFindings(ctx, source.label, source.paragraphs, err.findings);
      ctx.stderr(`gongwen：${err.message.replace('或确认后仍然导出', '或加 --force 仍然导出')}未写入 ${values.output}。\n`);
      if (values.json) printJson(ctx, { refused: true, errors: err.findings });
      return EXIT_FINDINGS;
    }
    if (written.errors.length) {
      printFindings(ctx, source.label, source.paragraphs, written.errors);
      ctx.stderr(`gongwen：有 ${written.errors.length} 处错误级问题，已按 --force 导出。\n`);
    }
    if (values.json) {
      printJson(ctx, {
        output: written.path,
        format: written.format,
        bytes: written.bytes,
        paragraphs: source.paragraphs.length,
        errors: written.errors,
      });
    } else {
      // The path as the writer gave it (absolute stays absolute), unless the export wrote somewhere else.
      const shown = path.resolve(values.output) === path.resolve(written.path) ? values.output : written.path;
      ctx.stdout(`已导出到 ${shown}（${(written.bytes / 1024).toFixed(1)} KB）\n`);
    }
    return EXIT_OK;
  },
};
