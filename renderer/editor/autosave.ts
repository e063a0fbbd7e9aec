/**
 * Debounced autosave, independent of Lexical and React so it can be tested on its own.
 *
 * `markDirty()` on every change; the save runs `delayMs` after the last change (about 1 s, per the
 * product spec), and at the latest `maxWaitMs` after the first unsaved change, so a writer who types
 * for minutes without a pause still gets saves (and main its 5-minute version snapshots); or at once on `flush()` (window close, switching drafts, Ctrl+S). Saves never overlap:
 * a change during a save schedules another one. A failed save keeps the state dirty and retries.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaverOptions {
  /** Reads the current document and stores it; rejects on failure. */
  save: (reason: 'autosave' | 'close' | 'manual') => Promise<void>;
  delayMs?: number;
  /** The longest an unsaved change waits while changes keep coming (default 30 s). */
  maxWaitMs?: number;
  retryMs?: number;
  /** Return true to postpone a due save (e.g. during IME composition). */
  shouldPostpone?: () => boolean;
  onStateChange?: (state: SaveState, error?: Error) => void;
}

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  /** When the oldest unsaved change was made (Date.now()), null when nothing waits. */
  private dirtySince: number | null = null;
  private running: Promise<void> | null = null;
  private state: SaveState = 'saved';
  private disposed = false;

  constructor(private readonly options: AutosaverOptions) {}

  get currentState(): SaveState {
    return this.state;
  }

  markDirty(): void {
    if (this.disposed) return;
    this.dirty = true;
    this.dirtySince ??= Date.now();
    if (this.state !== 'saving') this.setState('pending');
    const waited = Date.now() - this.dirtySince;
    this.schedule(Math.max(0, Math.min(this.options.delayMs ?? 1000, (this.options.maxWaitMs ?? 30_000) - waited)));
  }

  /** Saves now if anything is unsaved; resolves when everything typed so far is stored. */
  async flush(reason: 'close' | 'manual' = 'manual'): Promise<void> {
    this.clearTimer();
    if (this.running) await this.running.catch(() => undefined);
    if (this.dirty || reason === 'close') await this.run(reason);
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.options.shouldPostpone?.()) return this.schedule(200);
      if (this.running) return; // the running save reschedules when it ends
      void this.run('autosave').catch(() => undefined);
    }, ms);
  }

  private async run(reason: 'autosave' | 'close' | 'manual'): Promise<void> {
    this.dirty = false;
    this.dirtySince = null;
    this.setState('saving');
    const attempt = this.options.save(reason);
    this.running = attempt;
    try {
      await attempt;
      this.running = null;
      if (this.dirty) {
        this.setState('pending');
        this.schedule(this.options.delayMs ?? 1000);
      } else {
        this.setState('saved');
      }
    } catch (err) {
      this.running = null;
      this.dirty = true;
      this.dirtySince ??= Date.now();
      this.setState('error', err instanceof Error ? err : new Error(String(err)));
      if (!this.disposed) this.schedule(this.options.retryMs ?? 3000);
      throw err;
    }
  }

  private setState(state: SaveState, error?: Error): void {
    this.state = state;
    this.options.onStateChange?.(state, error);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
