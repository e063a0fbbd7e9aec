/**
 * Where the work of main/work/tasks.ts runs: in worker threads for the app, so the Electron main process
 * keeps answering while a big file is parsed, an export is built or the library imports, or in-process
 * for the CLI and the benchmarks' baseline.
 *
 * A short task runs in the pool; cancel (an AbortSignal) terminates its worker: the task rejects with
 * CanceledError and nothing it would have produced exists. A long job (ownThread: a library import, the
 * library's full check) gets a worker of its own, so it never keeps the pool's threads from opening a
 * file meanwhile; cancel asks it to stop (its signal), and it answers with what it finished. One that
 * does not answer within CANCEL_GRACE_MS is terminated.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { tasks, type TaskContext, type TaskInput, type TaskName, type TaskOutput, type TaskProgress } from './tasks';
import type { CancelRequest, TaskReply, TaskRequest } from './worker';
import { CanceledError, fromWire } from './work-errors';

export interface RunOptions<K extends TaskName = TaskName> {
  signal?: AbortSignal | undefined;
  /** The task's progress reports (the library imports'). */
  onProgress?: ((progress: TaskProgress<K>) => void) | undefined;
  /** A long job: a worker thread of its own, stopped after it; cancel is asked for, not forced. */
  ownThread?: boolean;
}

/** How long a job on its own thread has to answer a cancel (finish its current file) before it is terminated. */
export const CANCEL_GRACE_MS = 10_000;

export interface WorkRunner {
  /** 'worker' (a thread pool) or 'in-process'. */
  readonly kind: 'worker' | 'in-process';
  run<K extends TaskName>(task: K, input: TaskInput<K>, options?: RunOptions<K>): Promise<TaskOutput<K>>;
}

/** Runs the task on the calling thread (the CLI, baselines). A short task notices a cancel only before it starts. */
export const inProcessRunner: WorkRunner = {
  kind: 'in-process',
  async run(task, input, options = {}) {
    if (options.signal?.aborted) throw new CanceledError();
    const run = tasks[task] as (input: unknown, context: TaskContext<unknown>) => unknown;
    const context: TaskContext<unknown> = {
      signal: options.signal ?? new AbortController().signal,
      progress: (progress) => (options.onProgress as ((p: unknown) => void) | undefined)?.(progress),
    };
    return (await run(input, context)) as TaskOutput<typeof task>;
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
  onProgress: ((progress: unknown) => void) | undefined;
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
  /** Workers started for one long job each (runOwnThread). */
  private readonly ownThreads = new Set<Worker>();
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

  run<K extends TaskName>(task: K, input: TaskInput<K>, options: RunOptions<K> = {}): Promise<TaskOutput<K>> {
    if (this.closed) return Promise.reject(new Error('后台工作线程已关闭。'));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new CanceledError());
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      const transfer: ArrayBuffer[] = [];
      const job: Job = {
        id: this.nextId++,
        task,
        input: ownBytes(input, transfer),
        transfer,
        signal,
        onProgress: options.onProgress as ((progress: unknown) => void) | undefined,
        resolve: resolve as (v: unknown) => void,
        reject,
      };
      if (options.ownThread) {
        this.runOwnThread(job);
        return;
      }
      if (signal) {
        job.onAbort = () => this.cancel(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** A long job in a worker of its own: progress passed on, cancel asked for, the worker stopped after it. */
  private runOwnThread(job: Job): void {
    let worker: Worker;
    try {
      worker = this.adoptIdleWorker() ?? this.startWorker();
    } catch (err) {
      job.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.ownThreads.add(worker);
    let settled = false;
    let forced = false;
    let forceTimer: NodeJS.Timeout | undefined;
    const finish = (err: Error | undefined, value?: unknown) => {
      if (settled) return;
      settled = true;
      if (forceTimer) clearTimeout(forceTimer);
      this.ownThreads.delete(worker);
      void worker.terminate();
      this.settle(job, err, value);
    };
    worker.on('message', (reply: TaskReply) => {
      if (reply.id !== job.id) return;
      if ('progress' in reply) job.onProgress?.(reply.progress);
      else finish(reply.ok ? undefined : fromWire(reply.error), reply.ok ? reply.value : undefined);
    });
    worker.on('error', (err) => finish(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => finish(forced ? new CanceledError() : new Error(`后台工作线程意外退出（退出码 ${code}）。`)));
    if (job.signal) {
      job.onAbort = () => {
        worker.postMessage({ cancel: job.id } satisfies CancelRequest);
        // Settled from 'exit', once the thread has stopped: a job still writing has then committed or never will.
        forceTimer = setTimeout(() => {
          forced = true;
          void worker.terminate();
        }, CANCEL_GRACE_MS);
      };
      job.signal.addEventListener('abort', job.onAbort, { once: true });
    }
    worker.postMessage({ id: job.id, task: job.task, input: job.input } satisfies TaskRequest, job.transfer);
  }

  /** Stops every worker; queued and running tasks reject. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('后台工作线程已关闭。'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error('后台工作线程已关闭。'))));
    await Promise.all([...this.ownThreads].map((worker) => worker.terminate()));
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

  /**
   * An idle pool worker taken out of the pool for a long job: its modules are loaded already (a fresh
   * thread spends a few hundred milliseconds on that). The pool starts another when it needs one.
   */
  private adoptIdleWorker(): Worker | null {
    const slot = [...this.slots].find((s) => s.job === null);
    if (!slot) return null;
    this.slots.delete(slot);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    for (const event of ['message', 'error', 'exit'] as const) slot.worker.removeAllListeners(event);
    slot.worker.ref();
    return slot.worker;
  }

  private startWorker(): Worker {
    this.entry ??= defaultWorkerEntry();
    // Never the parent's flags: a process started with a TypeScript loader (the benchmarks) would load it
    // into every worker of the built bundle too, a few hundred milliseconds each.
    return new Worker(this.entry.file, { execArgv: this.entry.execArgv ?? [] });
  }

  private spawn(): Slot {
    const worker = this.startWorker();
    const slot: Slot = { worker, job: null, idleTimer: null };
    this.slots.add(slot);
    worker.on('message', (reply: TaskReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      if ('progress' in reply) {
        job.onProgress?.(reply.progress);
        return;
      }
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
    const job = slot.job;
    slot.job = null;
    // Settled once the thread has stopped: whatever the task was writing (a draft's INSERT) has then
    // either committed or never will, so the caller can tidy up after a cancel.
    await slot.worker.terminate();
    if (job) this.settle(job, reason ?? new Error('后台工作线程已停止。'));
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
