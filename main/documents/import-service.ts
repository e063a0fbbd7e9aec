import type { ImportOutcome } from '../../shared/api';
import { ServiceError } from '../errors';
import { ImportError } from '../importers/import-error';
import type { ImportResult } from '../importers/import-file';
import { CanceledError } from '../work/work-errors';
import type { TaskInput, TaskOutput } from '../work/tasks';
import { inProcessRunner, type WorkRunner } from '../work/work-runner';
import { newId, type DraftsService } from './drafts-service';

/**
 * Opens a file as a new draft. The import either succeeds whole or creates nothing: parsing and
 * cleanup finish (in a worker thread, through `work`) before the single INSERT of the draft, made by
 * that thread's own connection. A cancel (cancelAll) stops the worker and no draft is made.
 */
export class ImportService {
  private readonly running = new Set<AbortController>();

  constructor(
    private readonly drafts: DraftsService,
    private readonly work: WorkRunner = inProcessRunner,
  ) {}

  async importBytes(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
    // The id is chosen here: a cancel that stopped the worker just after its INSERT committed finds the
    // draft and removes it, so a canceled import never leaves one behind.
    const id = newId();
    const { result, draft } = await this.cancelable((signal) =>
      this.run('importDraft', { fileName, bytes, dbFile: this.drafts.file, at: this.drafts.timestamp(), id }, signal),
    ).catch((err: unknown) => {
      if (err instanceof CanceledError) this.drafts.discardNew(id);
      throw err;
    });
    return {
      draft,
      encoding: result.encoding,
      removed: result.removed.map((r) => ({ text: r.text, reason: r.reason })),
      rawParagraphs: result.removed.length ? result.rawParagraphs : null,
    };
  }

  /** The file's paragraphs, cleaned up, without making a draft; a file it cannot read is invalid_input. */
  read(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportResult> {
    return this.run('importBytes', { fileName, bytes }, signal);
  }

  /** read() under cancelAll (rollover.fromFile). */
  readCancelable(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
    return this.cancelable((signal) => this.read(fileName, bytes, signal));
  }

  private async run<K extends 'importBytes' | 'importDraft'>(task: K, input: TaskInput<K>, signal?: AbortSignal): Promise<TaskOutput<K>> {
    try {
      return await this.work.run(task, input, { signal });
    } catch (err) {
      if (err instanceof ImportError) throw new ServiceError('invalid_input', err.message);
      if (err instanceof CanceledError) throw canceled(input.fileName);
      throw err;
    }
  }

  private async cancelable<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.running.add(controller);
    try {
      return await job(controller.signal);
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
