import path from 'node:path';
import { writeFileAtomic } from '../../fs/atomic-write';
import { CliUsageError, EXIT_OK, printJson, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';

export const draftsList: CliCommand = {
  name: 'drafts list',
  summary: '列出文档（最近修改的在前）',
  usage: 'gongwen drafts list [--json]',
  run(args, ctx) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } }, 0);
    const drafts = ctx.services().drafts.list();
    if (values.json) {
      printJson(ctx, { drafts });
      return EXIT_OK;
    }
    if (drafts.length === 0) {
      ctx.stdout('（没有文档）\n');
      return EXIT_OK;
    }
    for (const d of drafts) {
      ctx.stdout(`${d.id}  ${d.updatedAt.slice(0, 16).replace('T', ' ')}  ${String(d.wordCount).padStart(6)} 字  ${d.displayTitle}\n`);
    }
    return EXIT_OK;
  },
};

export const draftsExportJson: CliCommand = {
  name: 'drafts export-json',
  summary: '把一个文档导出为 JSON（含编辑器状态和纯文本）',
  usage: 'gongwen drafts export-json ID [-o FILE.json] [--json]',
  run(args, ctx) {
    const { values, positionals } = parseOptions(args, { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } }, 1);
    const draft = ctx.services().drafts.get(positionals[0]!);
    const document = { format: 'gongwen-draft', version: 1, ...draft };
    if (!values.output) {
      printJson(ctx, document);
      return EXIT_OK;
    }
    if (!values.output.toLowerCase().endsWith('.json')) throw new CliUsageError('输出文件应以 .json 结尾。');
    writeFileAtomic(values.output, `${JSON.stringify(document, null, 2)}\n`);
    if (values.json) printJson(ctx, { output: path.resolve(values.output), id: draft.id });
    else ctx.stdout(`已导出到 ${values.output}\n`);
    return EXIT_OK;
  },
};

