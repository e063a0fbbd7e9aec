import { IMPORTABLE_EXTENSIONS_SHORT } from '../../../shared/import-formats';
import fs from 'node:fs';
import { COMPARE_STATUS_LABELS, compareDocuments, type Comparison, type SectionComparison } from '../../../shared/compare';
import type { ExportFonts } from '../../../shared/api';
import { CliUsageError, EXIT_OK, printJson, type CliCommand, type CliContext } from '../command';
import { parseOptions } from '../parse-options';
import { readSource } from '../read-source';
import { refuseOutputOverInput } from '../same-file';
import { buildCompareDocx } from '../../export/compare-docx';
import { exportableParagraphs, formatOf } from '../../export/export-document';
import { writeFileAtomic } from '../../fs/atomic-write';

const FONT_CHOICES: readonly ExportFonts[] = ['standard', 'system'];

const percent = (r: number) => `${(r * 100).toFixed(1)}%`;
/** Four decimals: enough for a percentage with two, without float noise in the JSON. */
const round = (r: number) => Math.round(r * 10_000) / 10_000;

/** The JSON form: section headings and paragraph texts, no indices (they belong to the API's type). */
function jsonOf(c: Comparison) {
  return {
    reuse: round(c.reuse),
    newChars: c.newChars,
    reusedChars: c.reusedChars,
    sections: c.sections.map((s) => ({
      old: s.old,
      new: s.new,
      status: s.status,
      moved: s.moved,
      reuse: round(s.reuse),
      fullyReused: s.fullyReused,
      paragraphs: s.paragraphs.map((p) => ({
        status: p.status,
        ...(p.old !== undefined ? { old: p.old } : {}),
        ...(p.new !== undefined ? { new: p.new } : {}),
        ...(p.diff ? { diff: p.diff } : {}),
      })),
    })),
  };
}

function sectionLine(s: SectionComparison): string {
  const name = s.new ?? s.old ?? '（前言）';
  const notes: string[] = [];
  if (s.old && s.new && s.old !== s.new) notes.push(`原为“${s.old}”`);
  if (s.moved) notes.push('位置已调整');
  if (s.fullyReused) notes.push('全部沿用，请核对是否需要更新');
  const reuse = s.status === 'deleted' ? '      ' : percent(s.reuse).padStart(6);
  return `${COMPARE_STATUS_LABELS[s.status]}  ${reuse}  ${name}${notes.length ? `（${notes.join('；')}）` : ''}\n`;
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: '对照去年的报告：逐节、逐段标出沿用、修改、新增、删除，计算沿用率；可导出带修订标记的 Word',
  usage: [
    'gongwen compare OLD NEW [--json] [-o OUT.docx] [--fonts standard|system]',
    '',
    `  OLD, NEW         ${IMPORTABLE_EXTENSIONS_SHORT} 文件，或数据目录中的文档编号；OLD 为去年的报告，NEW 为今年的稿子`,
    '  -o, --output     把 NEW 按 GB/T 9704 排版写成 Word，改动以修订（插入、删除）标出，可在 Word、WPS 中逐条接受或拒绝',
    '  --fonts          Word 的字体：standard（默认）或 system，同 gongwen export',
    '  --json           输出 {"reuse", "sections": [{"old", "new", "status", "moved", "reuse", "fullyReused",',
    '                   "paragraphs": [{"status", "old"?, "new"?, "diff"?: [{"op", "text"}]}]}]}',
    '',
    '沿用率：NEW 中与 OLD 一字不差的文字（未改动的段落全部计入，修改过的段落只计未改动的部分）占 NEW 全部文字的比例，',
    '不计空白；只改了编号的标题算作沿用。status 为 unchanged（沿用）、modified（修改）、added（新增）、deleted（删除）。',
  ].join('\n'),
  async run(args, ctx: CliContext) {
    const { values, positionals } = parseOptions(
      args,
      { output: { type: 'string', short: 'o' }, fonts: { type: 'string' }, json: { type: 'boolean' } },
      2,
    );
    const [oldArg, newArg] = positionals as [string, string];
    const fonts = (values.fonts ?? 'standard') as ExportFonts;
    if (!FONT_CHOICES.includes(fonts)) throw new CliUsageError(`--fonts 只能是 standard 或 system（收到：${values.fonts}）。`);
    if (values.output !== undefined) {
      for (const input of [oldArg, newArg]) if (fs.existsSync(input)) refuseOutputOverInput(input, values.output);
      if (formatOf(values.output) !== 'docx') throw new CliUsageError('对照只能导出为 Word：请用 .docx 文件名，例如 -o 对照.docx');
    }
    const [oldSource, newSource] = [await readSource(oldArg, ctx), await readSource(newArg, ctx)];
    const oldParagraphs = exportableParagraphs(oldSource.paragraphs);
    const newParagraphs = exportableParagraphs(newSource.paragraphs);
    for (const [source, ps] of [[oldSource, oldParagraphs], [newSource, newParagraphs]] as const) {
      if (ps.length === 0) throw new CliUsageError(`${source.label}：没有可对照的内容。`);
    }
    const comparison = compareDocuments(oldParagraphs, newParagraphs);

    if (values.output !== undefined) {
      writeFileAtomic(values.output, await buildCompareDocx(comparison, oldParagraphs, newParagraphs, { fonts }));
    }
    if (values.json) {
      printJson(ctx, { ...jsonOf(comparison), ...(values.output !== undefined ? { output: values.output } : {}) });
      return EXIT_OK;
    }
    for (const s of comparison.sections) ctx.stdout(sectionLine(s));
    const count = (status: SectionComparison['status']) => comparison.sections.filter((s) => s.status === status).length;
    const tally = (['unchanged', 'modified', 'added', 'deleted'] as const).map((st) => `${COMPARE_STATUS_LABELS[st]} ${count(st)} 节`).join('、');
    ctx.stdout(`\n合计：沿用率 ${percent(comparison.reuse)}（今年 ${comparison.newChars} 字中沿用 ${comparison.reusedChars} 字）；${tally}\n`);
    if (values.output !== undefined) ctx.stdout(`已写入带修订标记的 Word：${values.output}\n`);
    return EXIT_OK;
  },
};
