/**
 * The worker thread's entry (bundled as out/main/worker.js; run from source through tsx in tests): runs
 * the tasks of tasks.ts on request. One task at a time per worker; a byte result is transferred, not copied.
 */
import { parentPort } from 'node:worker_threads';
import { tasks, type TaskName } from './tasks';
import { toWire } from './work-errors';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReturnType<typeof toWire> };

const port = parentPort;
if (!port) throw new Error('main/work/worker.ts 只能在工作线程中运行。');

port.on('message', (request: TaskRequest) => {
  void (async () => {
    try {
      if (!Object.hasOwn(tasks, request.task)) throw new Error(`未知的后台任务：${String(request.task)}`);
      const run = tasks[request.task] as (input: unknown) => unknown;
      const value = await run(request.input);
      const transfer = value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer ? [value.buffer] : [];
      port.postMessage({ id: request.id, ok: true, value } satisfies TaskReply, transfer);
    } catch (err) {
      port.postMessage({ id: request.id, ok: false, error: toWire(err) } satisfies TaskReply);
    }
  })();
});
