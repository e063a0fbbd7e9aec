import type { ImportOutcome } from '../../shared/api';
import { documentTitle, titleFromFileName } from '../../shared/document/document-title';
import { ServiceError } from '../errors';
import { ImportError } from '../importers/import-error';
import type { ImportResult } from '../importers/import-file';
import { CanceledError } from '../work/work-errors';
import { inProcessRunner, type WorkRunner } from '../work/work-runner';
import type { DraftsService } from './drafts-service';

/**
 * Opens a file as a new draft. The import either succeeds whole or creates nothing: parsing and
 * cleanup finish (in a worker thread, through `work`) before the single INSERT of the draft. A cancel
 * (cancelAll) stops the parse and no draft is made.
 */
export class ImportService {
  private readonly running = new Set<AbortController>();

  constructor(
    private readonly drafts: DraftsService,
    private readonly work: WorkRunner = inProcessRunner,
  ) {}

  async importBytes(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
    const result = await this.readCancelable(fileName, bytes);
    // No await between the parse and the INSERT: a cancel arriving now is too late and changes nothing.
    const paragraphs = result.paragraphs;
    // Named by its title lines as they are edited; a file without a title keeps its file name.
    const draft = this.drafts.createFromParagraphs(paragraphs, documentTitle(paragraphs) ? '' : titleFromFileName(fileName));
    return {
      draft,
      encoding: result.encoding,
      removed: result.removed.map((r) => ({ text: r.text, reason: r.reason })),
      rawParagraphs: result.removed.length ? result.rawParagraphs : null,
    };
  }

  /** The file's paragraphs, cleaned up, without making a draft; a file it cannot read is invalid_input. */
  async read(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportResult> {
    try {
      return await this.work.run('importBytes', { fileName, bytes }, { signal });
    } catch (err) {
      if (err instanceof ImportError) throw new ServiceError('invalid_input', err.message);
      if (err instanceof CanceledError) throw canceled(fileName);
      throw err;
    }
  }

  /** read() under cancelAll (drafts.import, rollover.fromFile). */
  async readCancelable(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
    const controller = new AbortController();
    this.running.add(controller);
    try {
      return await this.read(fileName, bytes, controller.signal);
    } finally {
      this.running.delete(controller);
    }
  }

  /** Stops every import under way (their drafts are not made); false when none runs. */
  cancelAll(): boolean {
    if (this.running.size === 0) return false;
    for (const c of this.running) c.abort();
    return true;
  }
}

function canceled(fileName: string): CanceledError {
  return new CanceledError(`已取消导入“${fileName}”，没有创建文档。`);
}
