/**
 * The worker thread's entry (bundled as out/main/worker.js; run from source through tsx in tests): runs
 * the tasks of tasks.ts on request. A pool worker runs one task at a time; a job's own worker (a library
 * import) runs one job and is stopped after it. A byte result is transferred, not copied.
 *
 * A task may report progress ({id, progress}); {cancel: id} aborts the task's signal, which a long job
 * (the library imports) notices between two files and answers with what it finished.
 */
import { parentPort } from 'node:worker_threads';
import { tasks, type TaskContext, type TaskName } from './tasks';
import { toWire } from './work-errors';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export interface CancelRequest {
  cancel: number;
}

export type TaskReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ReturnType<typeof toWire> }
  | { id: number; progress: unknown };

const port = parentPort;
if (!port) throw new Error('main/work/worker.ts 只能在工作线程中运行。');

const running = new Map<number, AbortController>();

port.on('message', (request: TaskRequest | CancelRequest) => {
  if ('cancel' in request) {
    running.get(request.cancel)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(request.id, controller);
  const context: TaskContext<unknown> = {
    signal: controller.signal,
    progress: (progress) => port.postMessage({ id: request.id, progress } satisfies TaskReply),
  };
  void (async () => {
    try {
      if (!Object.hasOwn(tasks, request.task)) throw new Error(`未知的后台任务：${String(request.task)}`);
      const run = tasks[request.task] as (input: unknown, context: TaskContext<unknown>) => unknown;
      const value = await run(request.input, context);
      const transfer = value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer ? [value.buffer] : [];
      port.postMessage({ id: request.id, ok: true, value } satisfies TaskReply, transfer);
    } catch (err) {
      port.postMessage({ id: request.id, ok: false, error: toWire(err) } satisfies TaskReply);
    } finally {
      running.delete(request.id);
    }
  })();
});
