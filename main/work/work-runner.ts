/**
 * Where CPU-bound pure work runs (main/work/tasks.ts): in a pool of worker threads for the app, so the
 * Electron main process keeps answering while a big file is parsed or an export is built, or in-process
 * for the CLI and the benchmarks' baseline. Cancel (an AbortSignal) terminates the worker running the
 * task: the task rejects with CanceledError and nothing it would have produced exists.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { tasks, type TaskInput, type TaskName, type TaskOutput } from './tasks';
import type { TaskReply, TaskRequest } from './worker';
import { CanceledError, fromWire } from './work-errors';

export interface RunOptions {
  signal?: AbortSignal | undefined;
}

export interface WorkRunner {
  /** 'worker' (a thread pool) or 'in-process'. */
  readonly kind: 'worker' | 'in-process';
  run<K extends TaskName>(task: K, input: TaskInput<K>, options?: RunOptions): Promise<TaskOutput<K>>;
}

/** Runs the task on the calling thread (the CLI, baselines). A cancel is noticed only before the task starts. */
export const inProcessRunner: WorkRunner = {
  kind: 'in-process',
  async run(task, input, options = {}) {
    if (options.signal?.aborted) throw new CanceledError();
    const run = tasks[task] as (input: unknown) => unknown;
    return (await run(input)) as TaskOutput<typeof task>;
  },
};

/** How to start a worker: the script and the execArgv it needs. */
export interface WorkerEntry {
  file: string;
  execArgv?: string[];
}

/**
 * The worker script beside this module: in the electron-vite bundle out/main/worker.js (this code sits in
 * out/main/index.js or a chunk under it); from the TypeScript sources (vitest, tsx) main/work/worker.ts,
 * started with the project's TypeScript loader (scripts/register-ts.mjs).
 */
export function defaultWorkerEntry(): WorkerEntry {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const register = path.resolve(path.dirname(here), '../../scripts/register-ts.mjs');
    return { file: path.join(path.dirname(here), 'worker.ts'), execArgv: ['--import', pathToFileURL(register).href] };
  }
  for (let dir = path.dirname(here), i = 0; i < 3; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'worker.js');
    if (fs.existsSync(candidate)) return { file: candidate };
  }
  throw new Error(`找不到后台工作线程脚本 worker.js（${path.dirname(here)}）。`);
}

interface Job {
  id: number;
  task: TaskName;
  input: unknown;
  transfer: ArrayBuffer[];
  signal: AbortSignal | undefined;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  idleTimer: NodeJS.Timeout | null;
}

export interface WorkerPoolOptions {
  /** Threads at most (default: cores − 1, between 1 and 4). */
  size?: number;
  entry?: WorkerEntry;
  /** An idle worker is stopped after this long (default 60 s); it never keeps the process alive. */
  idleMs?: number;
}

/** Copies of the byte inputs with their own ArrayBuffers, so they can be transferred, never a Buffer pool. */
function ownBytes(input: unknown, transfer: ArrayBuffer[]): unknown {
  if (input instanceof Uint8Array) {
    const copy = new Uint8Array(input);
    transfer.push(copy.buffer);
    return copy;
  }
  if (input && typeof input === 'object' && !Array.isArray(input) && Object.getPrototypeOf(input) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) out[k] = v instanceof Uint8Array ? ownBytes(v, transfer) : v;
    return out;
  }
  return input;
}

export class WorkerPool implements WorkRunner {
  readonly kind = 'worker' as const;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly size: number;
  private readonly idleMs: number;
  private entry: WorkerEntry | undefined;
  private closed = false;

  constructor(options: WorkerPoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.min(4, os.availableParallelism() - 1));
    this.idleMs = options.idleMs ?? 60_000;
    this.entry = options.entry;
  }

  /** Workers currently started (busy or idle). */
  get threads(): number {
    return this.slots.size;
  }

  run<K extends TaskName>(task: K, input: TaskInput<K>, options: RunOptions = {}): Promise<TaskOutput<K>> {
    if (this.closed) return Promise.reject(new Error('后台工作线程已关闭。'));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new CanceledError());
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      const transfer: ArrayBuffer[] = [];
      const job: Job = { id: this.nextId++, task, input: ownBytes(input, transfer), transfer, signal, resolve: resolve as (v: unknown) => void, reject };
      if (signal) {
        job.onAbort = () => this.cancel(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running tasks reject. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('后台工作线程已关闭。'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error('后台工作线程已关闭。'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.job === null);
      if (!slot) {
        if (this.slots.size >= this.size) return;
        try {
          slot = this.spawn();
        } catch (err) {
          // No worker can start (the script is missing): every waiting task fails with the reason.
          for (const job of this.queue.splice(0)) this.settle(job, err instanceof Error ? err : new Error(String(err)));
          return;
        }
      }
      const job = this.queue.shift()!;
      slot.job = job;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task, input: job.input } satisfies TaskRequest, job.transfer);
    }
  }

  private spawn(): Slot {
    this.entry ??= defaultWorkerEntry();
    const worker = new Worker(this.entry.file, this.entry.execArgv ? { execArgv: this.entry.execArgv } : {});
    const slot: Slot = { worker, job: null, idleTimer: null };
    this.slots.add(slot);
    worker.on('message', (reply: TaskReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      this.settle(job, reply.ok ? undefined : fromWire(reply.error), reply.ok ? reply.value : undefined);
      this.idle(slot);
      this.dispatch();
    });
    worker.on('error', (err) => {
      // An uncaught failure inside the worker (or a script that cannot load): the worker is gone.
      void this.retire(slot, err instanceof Error ? err : new Error(String(err)));
      this.dispatch();
    });
    worker.on('exit', (code) => {
      if (!this.slots.has(slot)) return;
      this.slots.delete(slot);
      if (slot.job) this.settle(slot.job, new Error(`后台工作线程意外退出（退出码 ${code}）。`));
      slot.job = null;
      this.dispatch();
    });
    return slot;
  }

  private idle(slot: Slot): void {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      if (slot.job === null) void this.retire(slot, null);
    }, this.idleMs);
    slot.idleTimer.unref();
  }

  private async retire(slot: Slot, reason: Error | null): Promise<void> {
    if (!this.slots.delete(slot)) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    if (slot.job) this.settle(slot.job, reason ?? new Error('后台工作线程已停止。'));
    slot.job = null;
    await slot.worker.terminate();
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(job, new CanceledError());
      return;
    }
    const slot = [...this.slots].find((s) => s.job === job);
    if (slot) {
      void this.retire(slot, new CanceledError());
      this.dispatch();
    }
  }

  private settle(job: Job, err: Error | undefined, value?: unknown): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    if (err) job.reject(err);
    else job.resolve(value);
  }
}

let shared: WorkerPool | undefined;

/** The process's one pool, started on first use (workers are made on demand and stop when idle). */
export function sharedWorkerPool(): WorkerPool {
  shared ??= new WorkerPool();
  return shared;
}
