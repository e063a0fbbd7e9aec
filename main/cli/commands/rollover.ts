import fs from 'node:fs';
import path from 'node:path';
import { IMPORTABLE_EXTENSIONS_SHORT } from '../../../shared/import-formats';
import { checkDocument, type Finding } from '../../../shared/checks';
import type { DocParagraph } from '../../../shared/document/roles';
import { findFigures } from '../../../shared/rollover/figures';
import { RolloverYearUnknown, rolloverAcceptingAll, type RolloverResult } from '../../../shared/rollover/rollover';
import { TIME_REFERENCE_KIND_LABELS, type TimeReference } from '../../../shared/rollover/time-references';
import { exportDocument } from '../../export/export-document';
import { CliUsageError, EXIT_OK, printJson, type CliCommand, type CliContext } from '../command';
import { findingLines } from '../finding-lines';
import { parseOptions, parseYear } from '../parse-options';
import { readSource } from '../read-source';
import { userTifa } from './check';
import { refuseOutputOverInput } from '../same-file';

function referenceJson(r: TimeReference) {
  return {
    paragraph: r.paragraph,
    start: r.start,
    end: r.end,
    text: r.text,
    kind: r.kind,
    action: r.action,
    ...(r.replacement !== undefined ? { replacement: r.replacement } : {}),
    reason: r.reason,
  };
}

function figuresOf(paragraphs: readonly DocParagraph[]) {
  return paragraphs.flatMap((p, paragraph) => findFigures(p.text).map((f) => ({ paragraph, start: f.start, end: f.end, text: f.text })));
}

const ACTION_LABELS = { replace: '改为', keep: '不改', review: '请核对' } as const;

function printChecklist(ctx: CliContext, result: RolloverResult, stale: readonly Finding[], label: string): void {
  ctx.stdout(`原报告年份 ${result.years.from} → 新报告年份 ${result.years.to}\n`);
  ctx.stdout(`年份与时效清单（${result.references.length} 处，按原文位置，段号从 1 开始）：\n`);
  for (const r of result.references) {
    const change = r.action === 'replace' ? `${r.text} → ${r.replacement}` : `${r.text}（${ACTION_LABELS[r.action]}）`;
    ctx.stdout(`  ${r.paragraph + 1}:${r.start + 1}  ${TIME_REFERENCE_KIND_LABELS[r.kind]}  ${change}  ${r.reason}\n`);
  }
  if (stale.length) {
    ctx.stdout(`${result.years.to}年不宜再用的表述（${stale.length} 处）：\n`);
    ctx.stdout(findingLines(label, result.paragraphs, stale).replace(/^(?=.)/gm, '  '));
  }
}

export const rolloverCommand: CliCommand = {
  name: 'rollover',
  summary: '以去年报告为底稿新建今年的报告：年份与时效清单、过时表述、待更新的数字',
  usage: [
    'gongwen rollover FILE|DRAFT-ID --year N [--from N] [-o OUT.docx|OUT.txt] [--json]',
    '',
    `  FILE             去年的报告：${IMPORTABLE_EXTENSIONS_SHORT} 文件，或数据目录中的文档编号；原文件、原文档都不改动`,
    '  --year           新报告的年份',
    '  --from           原报告的年份（默认从标题、发文字号或成文日期判断）',
    '  -o, --output     写成文件（.docx 按 GB/T 9704 排版，.txt 为纯文本）；不加时存为数据目录中的新文档',
    '  --json           输出 {"fromYear", "toYear", "references": [...], "stale": [...], "figures": [...], "draftId"?, "output"?}',
    '',
    '清单中的建议全部采纳：原报告年份及其前后一年改为新的年份；时间段（2021—2025年）、书名号内文件名称中的年份、',
    '历史年份不改；“今年以来”等相对说法列出请核对。原报告中的数字（万元、%、个、项……）全部标为待更新：',
    '存为文档时，在数字改写或确认之前导出会被拒绝（与未填的占位符一样）。',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseOptions(
      args,
      { year: { type: 'string' }, from: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
      1,
    );
    const to = parseYear(values.year);
    if (to === undefined) throw new CliUsageError('请用 --year 指定新报告的年份，例如 --year 2026');
    const from = parseYear(values.from, '--from');
    const input = positionals[0]!;
    if (values.output && fs.existsSync(input)) refuseOutputOverInput(input, values.output);
    const source = await readSource(input, ctx);
    if (!source.paragraphs.some((p) => p.text.trim())) throw new CliUsageError(`${source.label}：没有内容。`);

    let result: RolloverResult;
    try {
      result = rolloverAcceptingAll(source.paragraphs, to, from);
    } catch (err) {
      if (err instanceof RolloverYearUnknown) throw new CliUsageError(`${source.label}：${err.message}（--from）。`);
      throw err;
    }
    const tifa = userTifa(ctx);
    const stale = checkDocument(result.paragraphs, { year: to, ...(tifa ? { tifa } : {}) }).findings.filter((f) => f.category === 'stale' && f.severity !== 'info');
    const figures = figuresOf(result.paragraphs);

    let written: { draftId?: string; output?: string };
    if (values.output) {
      await exportDocument(result.paragraphs, values.output, { fonts: 'standard' });
      written = { output: path.resolve(values.output) };
    } else {
      const name = path.basename(source.label);
      const outcome = ctx.services().rollover.createAccepted(source.paragraphs, name, result);
      written = { draftId: outcome.draft.id };
    }

    if (values.json) {
      printJson(ctx, {
        fromYear: result.years.from,
        toYear: result.years.to,
        references: result.references.map(referenceJson),
        stale: stale.map((f) => ({ paragraph: f.paragraph, start: f.start, end: f.end, text: f.text, rule: f.rule, severity: f.severity, message: f.message })),
        figures,
        ...written,
      });
      return EXIT_OK;
    }
    printChecklist(ctx, result, stale, written.output ?? `draft:${written.draftId}`);
    ctx.stdout(`待更新的数字：${figures.length} 处（原报告中的数字，请改为${to}年的数据或确认沿用）\n`);
    if (written.output) ctx.stdout(`已写入 ${values.output}\n`);
    else ctx.stdout(`已存为文档 ${written.draftId}（数字更新或确认之前，gongwen export 会拒绝导出）\n`);
    return EXIT_OK;
  },
};
