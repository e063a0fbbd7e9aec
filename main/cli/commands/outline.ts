import { CliUsageError, EXIT_OK, printJson, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';
import { ImportError } from '../../importers/import-error';
import { importFile } from '../../importers/import-file';
import { buildOutline, flattenOutline, type OutlineNode } from '../../../shared/outline';

export const outline: CliCommand = {
  name: 'outline',
  summary: '显示文件的标题大纲（一、→（一）→ 1．→（1））',
  usage: [
    'gongwen outline FILE [--json]',
    '',
    '  --json   输出 {"headings": [{level, marker, title, paragraph}]}；level 为 1—4，',
    '           paragraph 为标题所在段（从 0 开始，与 gongwen convert 一致）',
    '',
    '不加 --json 时按层级缩进显示，每行末尾为段号（从 1 开始）。',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } }, 1);
    let imported;
    try {
      imported = await importFile(positionals[0]!);
    } catch (err) {
      if (err instanceof ImportError) throw new CliUsageError(err.message);
      throw err;
    }
    const tree = buildOutline(imported.paragraphs);
    if (values.json) {
      printJson(ctx, {
        headings: flattenOutline(tree).map((h) => ({ level: h.level, marker: h.marker, title: h.title, paragraph: h.paragraph })),
      });
      return EXIT_OK;
    }
    if (tree.length === 0) {
      ctx.stdout('（没有标题）\n');
      return EXIT_OK;
    }
    const print = (nodes: readonly OutlineNode[], depth: number) => {
      for (const node of nodes) {
        ctx.stdout(`${'  '.repeat(depth)}${node.marker}${node.title}  〔第 ${node.paragraph + 1} 段，${node.words} 字〕\n`);
        print(node.children, depth + 1);
      }
    };
    print(tree, 0);
    return EXIT_OK;
  },
};
