import { describe, expect, it } from 'vitest';
import { CanceledError } from '../work/work-errors';
import { inProcessRunner } from '../work/work-runner';
import { HeldWork } from './held-work';

const text = { fileName: 'a.txt', bytes: Buffer.from('正文') };
const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('HeldWork', () => {
  it('runs at once when nothing is held', async () => {
    const work = new HeldWork(inProcessRunner, ['importBytes']);
    expect((await work.run('importBytes', text)).paragraphs).toEqual([{ role: 'title', text: '正文' }]);
  });

  it('holds the chosen tasks until released, and only those', async () => {
    const work = new HeldWork(inProcessRunner, ['importBytes']);
    const release = work.hold();
    const held = work.run('importBytes', text);
    expect(await settled(held)).toBe(false);
    expect(work.waiting).toBe(1);
    // A task not chosen runs at once.
    expect(Buffer.from(await work.run('renderExport', { paragraphs: [{ role: 'body', text: '正文' }], format: 'txt', options: { fonts: 'standard' } })).toString('utf8')).toContain('正文');
    release();
    expect((await held).paragraphs).toHaveLength(1);
    expect(work.waiting).toBe(0);
    // Released for good: a later task is not held.
    expect(await settled(work.run('importBytes', text))).toBe(true);
  });

  it('a cancel while held rejects with CanceledError and the task never runs', async () => {
    const work = new HeldWork(inProcessRunner, ['importBytes']);
    const release = work.hold();
    const controller = new AbortController();
    const held = work.run('importBytes', text, { signal: controller.signal });
    await settled(held);
    controller.abort();
    await expect(held).rejects.toBeInstanceOf(CanceledError);
    expect(work.waiting).toBe(0);
    await expect(work.run('importBytes', text, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CanceledError);
    release();
  });
});
