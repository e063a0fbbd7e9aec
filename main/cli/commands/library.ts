import { IMPORTABLE_EXTENSIONS_SHORT } from '../../../shared/import-formats';
import fs from 'node:fs';
import path from 'node:path';
import { SECTION_KINDS, isSectionKind } from '../../../shared/library/section-kinds';
import type { LibraryImportReport } from '../../../shared/library/types';
import { inspectLibraryFile } from '../../library/library-file';
import { LibraryService } from '../../library/library-service';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, printJson, type CliCommand, type CliContext } from '../command';
import { parseOptions } from '../parse-options';

const DB_HELP = '  --db FILE   素材库文件（默认为数据目录中的 library.db，与桌面应用相同）';

/** What opening the library did to it: moved a damaged file aside, or rebuilt a damaged index. */
function tellNotices(ctx: CliContext, lib: LibraryService): void {
  for (const notice of [lib.recovered, lib.indexRebuilt]) if (notice) ctx.stderr(`注意：${notice.message}\n`);
}

/**
 * The library --db names, or the app's own (the services' one, in the data folder). `mustExist`:
 * searching a file that is not there is a mistake, not a wish for an empty library.
 */
function withLibrary<T>(ctx: CliContext, db: string | undefined, mustExist: boolean, run: (lib: LibraryService) => Promise<T> | T): Promise<T> | T {
  if (db === undefined) {
    // (What opening it did is among the services' start-up notices, which the CLI prints at the end.)
    return run(ctx.services().library);
  }
  const file = path.resolve(db);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new CliUsageError(`--db 应为文件，不是文件夹：${db}`);
  const kind = inspectLibraryFile(file);
  if (kind === 'missing' && mustExist) throw new CliUsageError(`找不到素材库文件：${db}`);
  // Never turn another database (gongwen.db) into a library, nor move an unknown file aside.
  if (kind === 'other-database') throw new CliUsageError(`“${db}”是另一种数据库，不是素材库文件。`);
  if (kind === 'not-database') throw new CliUsageError(`“${db}”不是素材库文件（不是 SQLite 数据库）。`);
  const lib = new LibraryService(file);
  tellNotices(ctx, lib);
  const close = () => lib.close();
  try {
    const result = run(lib);
    if (result instanceof Promise) return result.finally(close);
    close();
    return result;
  } catch (err) {
    close();
    throw err;
  }
}

function parseIntOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new CliUsageError(`${name} 应为 ${min}—${max} 之间的整数（收到：${value}）。`);
  }
  return Number(value);
}

function summary(report: LibraryImportReport): string {
  const lines = [
    `${report.status === 'canceled' ? '已取消。' : ''}已导入 ${report.filesImported}/${report.filesTotal} 个文件：新增 ${report.added} 条素材，跳过重复 ${report.duplicates} 条（其中近似重复 ${report.nearDuplicates} 条${report.replacedByNewer ? `，${report.replacedByNewer} 条换成了较新的表述` : ''}）。`,
  ];
  for (const f of report.imported) lines.push(`  已导入 ${f.file}：新增 ${f.added} 条，重复 ${f.duplicates} 条`);
  if (report.failed.length) {
    lines.push(`${report.failed.length} 个文件未能导入：`);
    for (const f of report.failed) lines.push(`  ${f.file}：${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

export const libraryImport: CliCommand = {
  name: 'library import',
  summary: `把文件或文件夹导入素材库（${IMPORTABLE_EXTENSIONS_SHORT}，去重，按段落分类）`,
  usage: [
    'gongwen library import PATH... [--db FILE] [--json]',
    '',
    `  PATH        文件或文件夹（文件夹中的 ${IMPORTABLE_EXTENSIONS_SHORT} 会被逐层找出）`,
    DB_HELP,
    '  --json      输出 {"added", "duplicates", "nearDuplicates", "filesImported", "filesTotal", "imported": [{"file", "added", "duplicates"}], "failed": [{"file", "reason"}]}',
    '',
    '每个文件在一个事务中写入：失败的文件不留下任何内容，其余文件照常导入。有文件失败时退出码为 1。',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' } }, { min: 1 });
    const report = await withLibrary(ctx, values.db, false, (lib) =>
      lib.importPaths(positionals, (p) => {
        if (!values.json && p.file) ctx.stderr(`[${p.done + 1}/${p.total}] ${p.file}\n`);
      }),
    );
    if (values.json) {
      printJson(ctx, {
        added: report.added,
        duplicates: report.duplicates,
        nearDuplicates: report.nearDuplicates,
        replacedByNewer: report.replacedByNewer,
        filesImported: report.filesImported,
        filesTotal: report.filesTotal,
        imported: report.imported,
        failed: report.failed,
      });
    } else {
      ctx.stdout(summary(report));
    }
    return report.failed.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};

export const librarySearch: CliCommand = {
  name: 'library search',
  summary: '在素材库中搜索（三个字以上走全文索引，一两个字逐条比对）',
  usage: [
    'gongwen library search QUERY... [--db FILE] [--limit N] [--year Y] [--kind K] [--json]',
    '',
    '  QUERY       搜索词，多个词之间为“且”',
    DB_HELP,
    '  --limit N   最多返回 N 条（默认 20，最多 200）',
    '  --year Y    只看该年份的素材',
    `  --kind K    只看该类别：${SECTION_KINDS.join('、')}`,
    '  --json      输出 {"mode", "total", "results": [{"id", "text", "source", "year", "kind", "headingPath", "score"}]}',
  ].join('\n'),
  run(args, ctx) {
    const { values, positionals } = parseOptions(
      args,
      { db: { type: 'string' }, limit: { type: 'string' }, year: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } },
      { min: 1 },
    );
    const limit = parseIntOption('--limit', values.limit, 1, 200) ?? 20;
    const year = parseIntOption('--year', values.year, 1949, 2200);
    if (values.kind !== undefined && !isSectionKind(values.kind)) {
      throw new CliUsageError(`未知的类别：${values.kind}。可用：${SECTION_KINDS.join('、')}`);
    }
    const kind = values.kind;
    const query = positionals.join(' ');
    if (!query.trim()) throw new CliUsageError('搜索词不能为空。');
    return withLibrary(ctx, values.db, true, (lib) => {
      const result = lib.search({ query, limit, years: year !== undefined ? [year] : undefined, kinds: kind ? [kind] : undefined });
      if (values.json) {
        printJson(ctx, {
          mode: result.mode,
          total: result.total,
          results: result.results.map((r) => ({
            id: r.id,
            text: r.text,
            source: r.source,
            year: r.year,
            kind: r.kind,
            headingPath: r.headingPath,
            score: r.score,
          })),
        });
        return EXIT_OK;
      }
      const how = result.mode === 'like' ? '（一两个字的搜索词：逐条比对）' : '';
      ctx.stdout(`找到 ${result.totalIsLowerBound ? '至少 ' : ''}${result.total} 条${how}${result.total > result.results.length ? `，显示前 ${result.results.length} 条` : ''}\n`);
      for (const r of result.results) {
        ctx.stdout(`\n#${r.id}  ${r.kind}  ${r.year ?? '年份不详'}  ${r.source}\n`);
        if (r.headingPath.length) ctx.stdout(`  ${r.headingPath.join(' › ')}\n`);
        const chars = [...r.text];
        ctx.stdout(`  ${chars.length > 160 ? `${chars.slice(0, 160).join('')}……` : r.text}\n`);
      }
      return EXIT_OK;
    });
  },
};

export const libraryStats: CliCommand = {
  name: 'library stats',
  summary: '素材库概况（条数、来源、标签、文件大小）',
  usage: ['gongwen library stats [--db FILE] [--json]', '', DB_HELP].join('\n'),
  run(args, ctx) {
    const { values } = parseOptions(args, { db: { type: 'string' }, json: { type: 'boolean' } }, 0);
    return withLibrary(ctx, values.db, true, (lib) => {
      const stats = lib.stats();
      const facets = lib.facets();
      if (values.json) {
        printJson(ctx, { ...stats, years: facets.years, kinds: facets.kinds });
        return EXIT_OK;
      }
      ctx.stdout(
        [
          `素材库：${stats.path}`,
          `素材 ${stats.snippets} 条（收藏 ${stats.favorites}，回收站 ${stats.deleted}），来源文件 ${stats.sources} 个，标签 ${stats.tags} 个`,
          `文件大小 ${(stats.bytes / 1024 / 1024).toFixed(1)} MB；最近导入 ${stats.lastImportAt ?? '无'}`,
          `年份：${facets.years.map((y) => `${y.value ?? '不详'} ${y.count}`).join('，') || '无'}`,
          `类别：${facets.kinds.map((k) => `${k.value} ${k.count}`).join('，') || '无'}`,
          '',
        ].join('\n'),
      );
      return EXIT_OK;
    });
  },
};

export const libraryCommands: CliCommand[] = [libraryImport, librarySearch, libraryStats];
