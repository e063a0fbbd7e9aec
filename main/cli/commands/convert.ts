import { IMPORTABLE_EXTENSIONS_SHORT } from '../../../shared/import-formats';
import { CliUsageError, EXIT_OK, printJson, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';
import { ImportError } from '../../importers/import-error';
import { importFile } from '../../importers/import-file';
import { PARAGRAPH_ROLE_LABELS } from '../../../shared/document/roles';

export const convert: CliCommand = {
  name: 'convert',
  summary: `读取 ${IMPORTABLE_EXTENSIONS_SHORT} 文件：识别段落角色并清除水印广告`,
  usage: 'gongwen convert FILE [--json]',
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } }, 1);
    let result;
    try {
      result = await importFile(positionals[0]!);
    } catch (err) {
      if (err instanceof ImportError) throw new CliUsageError(err.message);
      throw err;
    }
    if (values.json) {
      printJson(ctx, {
        encoding: result.encoding,
        paragraphs: result.paragraphs.map((p) => ({ role: p.role, text: p.text })),
        removed: result.removed.map((r) => ({ text: r.text, reason: r.reason })),
      });
      return EXIT_OK;
    }
    ctx.stdout(`编码：${result.encoding}\n`);
    result.paragraphs.forEach((p, i) => {
      ctx.stdout(`${String(i).padStart(4)}  ${PARAGRAPH_ROLE_LABELS[p.role].padEnd(5, '\u3000')}  ${p.text}\n`);
    });
    if (result.removed.length) {
      ctx.stdout(`\n已清除 ${result.removed.length} 处：\n`);
      for (const r of result.removed) ctx.stdout(`  “${r.text}”——${r.reason}\n`);
    }
    return EXIT_OK;
  },
};
