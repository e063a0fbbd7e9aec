/** What a CLI command reads: a file (imported as `gongwen convert` reads it) or a draft of the data folder. */
import fs from 'node:fs';
import { draftIdSchema } from '../../shared/api';
import type { DocParagraph } from '../../shared/document/roles';
import { ServiceError } from '../errors';
import { draftParagraphs } from '../export/export-service';
import { ImportError } from '../importers/import-error';
import { importFile } from '../importers/import-file';
import { CliUsageError, type CliContext } from './command';

export interface Source {
  /** What findings are reported against: the file path, or draft:ID. */
  label: string;
  paragraphs: DocParagraph[];
  year: number | null;
  /** A draft made from last year's report: its figures still 待更新. */
  pendingFigures?: ReadonlySet<string>;
}

/** FILE is a file to import (as `gongwen convert` reads it) or, when no such file exists, a draft id. */
export async function readSource(arg: string, ctx: CliContext): Promise<Source> {
  if (fs.existsSync(arg) || !draftIdSchema.safeParse(arg).success) {
    try {
      const { paragraphs } = await importFile(arg);
      return { label: arg, paragraphs, year: null };
    } catch (err) {
      if (err instanceof ImportError) throw new CliUsageError(err.message);
      throw err;
    }
  }
  let draft;
  try {
    draft = ctx.services().drafts.get(arg);
  } catch (err) {
    if (err instanceof ServiceError && err.code === 'not_found') throw new CliUsageError(`找不到文件，也没有编号为“${arg}”的文档。`);
    throw err;
  }
  const pending = ctx.services().rollover.pendingFigures(draft.id);
  return { label: `draft:${draft.id}`, paragraphs: draftParagraphs(draft), year: draft.year, ...(pending.length ? { pendingFigures: new Set(pending) } : {}) };
}
