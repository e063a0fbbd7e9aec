import { IMPORTABLE_EXTENSIONS_SHORT } from '../../../shared/import-formats';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, printJson, type CliCommand, type CliContext } from '../command';
import { parseOptions, parseYear } from '../parse-options';
import { ImportError } from '../../importers/import-error';
import { importFile } from '../../importers/import-file';
import { checkDocument, type CompiledTifa, type Finding, type Severity } from '../../../shared/checks';
import { findingLines } from '../finding-lines';
import { findHouseStyle, HOUSE_STYLES, type HouseStyle } from '../../../shared/checks/house-style';
import { ruleClause } from '../../../shared/checks/rule-catalogue';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** --style by id or Chinese name; the default style when absent. */
function parseStyle(value: string | undefined): HouseStyle | undefined {
  if (value === undefined) return undefined;
  const style = findHouseStyle(value);
  if (!style) {
    const known = HOUSE_STYLES.map((s) => `${s.id}（${s.name}）`).join('、');
    throw new CliUsageError(`未知的单位规范：${value}。可用：${known}`);
  }
  return style;
}

function findingJson(f: Finding) {
  const out: Record<string, unknown> = {
    category: f.category,
    severity: f.severity,
    rule: f.rule,
    paragraph: f.paragraph,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
    clause: ruleClause(f.rule),
  };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

export const check: CliCommand = {
  name: 'check',
  summary: '检查文件：占位符、编号、标点、成对符号、重复、错别字、过时表述、格式',
  usage: [
    'gongwen check FILE [--json] [--year N] [--style NAME]',
    '',
    `  FILE          ${IMPORTABLE_EXTENSIONS_SHORT} 文件；段落与 gongwen convert 的结果一致（已清除水印广告）`,
    '  --year N      文稿年份（默认从标题、发文字号或成文日期识别；识别不到时不检查过时表述）',
    `  --style NAME  单位规范（默认 default）：${HOUSE_STYLES.map((s) => `${s.id}（${s.name}：${s.description}）`).join('；')}`,
    '  --json        输出 {"year", "style", "findings": [{category, severity, rule, clause, paragraph, start, end, text, message, suggestion?}]}；',
    '                paragraph 从 0 开始，start/end 为该段文字中的偏移（UTF-16），text 即被标出的原文，clause 为所依据的条款',
    '',
    '不加 --json 时每处问题一行：文件:段:列 级别 类别 说明 [规则 · 依据]（段号、列号从 1 开始，列号按字符计），最后一行为汇总。',
    '有错误级问题时退出码为 1。',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, year: { type: 'string' }, style: { type: 'string' } }, 1);
    const year = parseYear(values.year);
    const style = parseStyle(values.style);
    const file = positionals[0]!;
    let imported;
    try {
      imported = await importFile(file);
    } catch (err) {
      if (err instanceof ImportError) throw new CliUsageError(err.message);
      throw err;
    }
    const paragraphs = imported.paragraphs;
    const tifa = userTifa(ctx);
    const result = checkDocument(paragraphs, { ...(year === undefined ? {} : { year }), ...(style === undefined ? {} : { style }), ...(tifa ? { tifa } : {}) });
    const hasErrors = result.findings.some((f) => f.severity === 'error');
    if (values.json) {
      printJson(ctx, { year: result.year, style: (style ?? HOUSE_STYLES[0]!).id, findings: result.findings.map(findingJson) });
      return hasErrors ? EXIT_FINDINGS : EXIT_OK;
    }
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of result.findings) counts[f.severity]++;
    ctx.stdout(findingLines(file, paragraphs, result.findings, { withFix: true, suffix: (f) => ` [${f.rule} · ${ruleClause(f.rule)}]` }));
    const yearNote = result.year === null ? '未识别出文稿年份，未检查过时表述，可用 --year 指定' : `文稿年份 ${result.year}`;
    const total = result.findings.length;
    ctx.stdout(
      total === 0
        ? `${file}：未发现问题（${paragraphs.length} 段，${yearNote}）\n`
        : `${file}：共 ${total} 处问题：${(['error', 'warning', 'info'] as const).map((s) => `${SEVERITY_LABELS[s]} ${counts[s]}`).join('，')}（${paragraphs.length} 段，${yearNote}）\n`,
    );
    return hasErrors ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** The 提法 table with the office's entries from the data folder; the problems of tifa.json on stderr. */
export function userTifa(ctx: CliContext): CompiledTifa | undefined {
  const loaded = ctx.tifa?.();
  for (const p of loaded?.problems ?? []) ctx.stderr(`注意：${p.message}\n`);
  return loaded?.table;
}
