/**
 * A WorkRunner for the browser tests that can hold tasks before they start, so a test sees work under
 * way (a file being opened) for as long as it needs, instead of guessing how long a big file takes to
 * parse on a loaded machine. A cancel while held rejects with CanceledError, as the pool does for a
 * task still in its queue; once released, tasks run on the runner underneath.
 */
import type { TaskInput, TaskName, TaskOutput } from '../work/tasks';
import { CanceledError } from '../work/work-errors';
import type { RunOptions, WorkRunner } from '../work/work-runner';

export class HeldWork implements WorkRunner {
  readonly kind: WorkRunner['kind'];
  private gate: { opened: Promise<void>; open: () => void } | null = null;
  private waitingNow = 0;

  constructor(
    private readonly inner: WorkRunner,
    /** The tasks a hold applies to; the others always run at once. */
    private readonly held: readonly TaskName[],
  ) {
    this.kind = inner.kind;
  }

  /** Tasks held right now (a test waits for 1 to know the work reached main). */
  get waiting(): number {
    return this.waitingNow;
  }

  /** Holds the chosen tasks from now on; the returned function lets them (and later ones) run. */
  hold(): () => void {
    if (!this.gate) {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      this.gate = { opened, open };
    }
    const gate = this.gate;
    return () => {
      if (this.gate === gate) this.gate = null;
      gate.open();
    };
  }

  async run<K extends TaskName>(task: K, input: TaskInput<K>, options: RunOptions<K> = {}): Promise<TaskOutput<K>> {
    if (this.gate && this.held.includes(task)) await this.wait(this.gate.opened, options.signal);
    return this.inner.run(task, input, options);
  }

  private async wait(opened: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw new CanceledError();
    this.waitingNow++;
    let onAbort = () => {};
    try {
      await Promise.race([opened, new Promise<never>((_, reject) => signal?.addEventListener('abort', (onAbort = () => reject(new CanceledError())), { once: true }))]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.waitingNow--;
    }
  }
}
