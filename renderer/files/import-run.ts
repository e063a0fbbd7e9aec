import { ApiFailure } from '../api';

/**
 * One file being opened, from the writer's choice to the new draft. Saving the open draft and reading the
 * file come first, in the renderer: a cancel then stops it here, as main has nothing to stop yet
 * (drafts.cancelImport would find no import and the file would still open). Once the file is sent, a
 * cancel must go to main, which stops the parse and makes no draft.
 */
export class ImportRun {
  private state: 'preparing' | 'sent' | 'canceled' = 'preparing';

  constructor(readonly fileName: string) {}

  get canceled(): boolean {
    return this.state === 'canceled';
  }

  /** Called just before drafts.import: false when the writer canceled meanwhile, and nothing is to be sent. */
  send(): boolean {
    if (this.state === 'canceled') return false;
    this.state = 'sent';
    return true;
  }

  /** The writer canceled: true when main has the file and must be told (drafts.cancelImport), once. */
  cancel(): boolean {
    const tellMain = this.state === 'sent';
    this.state = 'canceled';
    return tellMain;
  }
}

/** The rejection of an import the writer canceled (code 'canceled'): what they asked for, nothing to report. */
export function isCanceled(err: unknown): boolean {
  return err instanceof ApiFailure && err.code === 'canceled';
}

/**
 * Why a second file does not open while one is being read. One at a time because main's cancel stops every
 * import under way (ImportService.cancelAll): 取消 on the one shown would silently stop the other too.
 */
export function busyMessage(fileName: string): string {
  return `正在读取“${fileName}”：请等它打开，或先取消。`;
}
