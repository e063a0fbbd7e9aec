import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphsFromJson } from '../../shared/lexical/document-json';
import { figureKey, findFigures } from '../../shared/rollover/figures';
import { ServiceError } from '../errors';
import { ExportGateError } from '../export/export-service';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';

const REPORT = [
  { role: 'title' as const, text: '某局2025年工作总结' },
  { role: 'body' as const, text: '2025年，全局完成投资3.2亿元，增长8.5%，办结案件120件。' },
  { role: 'body' as const, text: '实施《某市“十四五”规划（2021—2025年）》。' },
];

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
beforeEach(() => {
  temp = makeTempDir();
  services = createServices(path.join(temp.dir, 'data'));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

describe('RolloverService', () => {
  it('makes a new draft with the base text and the chosen year, leaving the source draft as it was', () => {
    const source = services.drafts.createFromParagraphs(REPORT);
    const before = services.drafts.get(source.id);
    const { draft, base } = services.rollover.fromDraft(source.id, 2026);
    expect(draft.id).not.toBe(source.id);
    expect(draft.year).toBe(2026);
    expect(paragraphsFromJson(draft.lexicalJson).map((p) => p.text)).toEqual(REPORT.map((p) => p.text));
    expect(base).toMatchObject({ sourceName: '某局2025年工作总结', fromYear: 2025, toYear: 2026, kept: [] });
    expect(services.rollover.pendingFigures(draft.id).length).toBe(3);
    expect(services.rollover.baseParagraphs(draft.id)).toEqual(REPORT);
    expect(services.drafts.get(source.id)).toEqual(before);
    expect(services.rollover.get(source.id)).toBeNull();
  });

  it('stops the export at the pending figures until each is confirmed', async () => {
    const edited = [REPORT[0]!, { role: 'body' as const, text: REPORT[1]!.text.replace(/2025年/, '2026年') }, REPORT[2]!];
    const { draft } = services.rollover.fromDraft(services.drafts.createFromParagraphs(REPORT).id, 2026);
    const target = path.join(temp.dir, 'out.docx');
    const choose = () => Promise.resolve(target);
    const refusal = await services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, choose).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ExportGateError);
    expect((refusal as ExportGateError).findings.map((f) => f.text)).toEqual(['3.2亿元', '8.5%', '120件']);
    expect(fs.existsSync(target)).toBe(false);

    // Keys taken from the text after the checklist changed 2025年 to 2026年 still name the same figures.
    const text = edited[1]!.text;
    services.rollover.confirmFigures(draft.id, findFigures(text).map((f) => figureKey(text, f)));
    expect(services.rollover.pendingFigures(draft.id)).toEqual([]);
    const written = await services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, choose);
    expect(written).toMatchObject({ status: 'written', errorCount: 0 });
  });

  it('remembers the references the writer keeps', () => {
    const { draft } = services.rollover.fromDraft(services.drafts.createFromParagraphs(REPORT).id, 2026);
    expect(services.rollover.keep(draft.id, ['0:3', '1:0']).kept).toEqual(['0:3', '1:0']);
    expect(services.rollover.keep(draft.id, ['1:0', '2:5']).kept).toEqual(['0:3', '1:0', '2:5']);
  });

  it('asks for the year when the report does not say it, and refuses drafts that are not rollovers', () => {
    const undated = services.drafts.createFromParagraphs([{ role: 'body', text: '全年完成任务。' }]);
    expect(() => services.rollover.fromDraft(undated.id, 2026)).toThrow(/无法.*判断原报告的年份/);
    expect(services.rollover.fromDraft(undated.id, 2026, { fromYear: 2025 }).base.fromYear).toBe(2025);
    const err = (() => {
      try {
        services.rollover.baseParagraphs(undated.id);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe('not_found');
  });
});
