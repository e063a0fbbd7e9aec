import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(options: { fail?: () => boolean; postpone?: () => boolean } = {}) {
  const saves: string[] = [];
  const states: SaveState[] = [];
  let release: (() => void) | null = null;
  let slow = false;
  const saver = new Autosaver({
    delayMs: 1000,
    retryMs: 3000,
    shouldPostpone: options.postpone,
    onStateChange: (s) => states.push(s),
    save: (reason) => {
      saves.push(reason);
      if (options.fail?.()) return Promise.reject(new Error('磁盘已满'));
      if (slow) return new Promise<void>((r) => (release = r));
      return Promise.resolve();
    },
  });
  return { saver, saves, states, setSlow: (v: boolean) => (slow = v), release: () => release?.() };
}

describe('Autosaver', () => {
  it('saves at least every maxWaitMs while the writer types without a pause (snapshots need saves)', async () => {
    const saves: number[] = [];
    const saver = new Autosaver({
      delayMs: 1000,
      maxWaitMs: 30_000,
      save: () => {
        saves.push(Date.now());
        return Promise.resolve();
      },
    });
    const start = Date.now();
    // Ten minutes of steady typing, a change every 400 ms: the debounce alone would never fire.
    for (let t = 0; t < 10 * 60_000; t += 400) {
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(saves.length).toBeGreaterThanOrEqual(19);
    const gaps = saves.map((at, i) => at - (i === 0 ? start : saves[i - 1]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000 + 400);
  });

  it('saves once, about a second after typing stops', async () => {
    const { saver, saves, states } = setup();
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(600);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(900);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(saves).toEqual(['autosave']);
    expect(states.at(-1)).toBe('saved');
    expect(states).toContain('pending');
    expect(states).toContain('saving');
  });

  it('flushes immediately and cancels the pending timer', async () => {
    const { saver, saves } = setup();
    saver.markDirty();
    await saver.flush('close');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toEqual(['close']);
  });

  it('does not overlap saves: a change during a save triggers one more save afterwards', async () => {
    const t = setup();
    t.setSlow(true);
    t.saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saves).toEqual(['autosave']);
    t.saver.markDirty();
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.saves).toEqual(['autosave']); // still running
    t.setSlow(false);
    t.release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saves).toEqual(['autosave', 'autosave']);
    expect(t.saver.currentState).toBe('saved');
  });

  it('keeps the edit dirty after a failed save and retries', async () => {
    let failing = true;
    const t = setup({ fail: () => failing });
    t.saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.saver.currentState).toBe('error');
    failing = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(t.saves).toEqual(['autosave', 'autosave']);
    expect(t.saver.currentState).toBe('saved');
  });

  it('postpones a due save while the IME is composing', async () => {
    let composing = true;
    const t = setup({ postpone: () => composing });
    t.saver.markDirty();
    await vi.advanceTimersByTimeAsync(1600);
    expect(t.saves).toEqual([]);
    composing = false;
    await vi.advanceTimersByTimeAsync(200);
    expect(t.saves).toEqual(['autosave']);
  });
});
