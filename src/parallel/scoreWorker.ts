// The worker of `scoreCustomersInParallel`: scores the batches it is sent (see internal/scoreBatch.ts) and
// posts back the columns, transferring their buffers. Runs under Node's `worker_threads` and as a module
// web worker; built as its own file (dist/parallel/scoreWorker.js) that the caller finds next to itself.
import { scoreBatch } from './internal/scoreBatch';
import type { ScoreTask } from './internal/scoreBatch';

/** What both kinds of worker port offer: `postMessage(value, transfer)`. */
interface Port {
  postMessage(value: unknown, transfer: ArrayBuffer[]): void;
}

/** Scores one task and answers `{ ok: true, result }` or `{ ok: false, error }` (name, code and message). */
function answer(task: ScoreTask, port: Port): void {
  try {
    const result = scoreBatch(task);
    const transfer = [result.alive.buffer, result.expected.buffer];
    if (result.discounted !== null) transfer.push(result.discounted.buffer);
    port.postMessage({ ok: true, result }, transfer as ArrayBuffer[]);
  } catch (error) {
    const e = error as { name?: unknown; code?: unknown; message?: unknown };
    port.postMessage({ ok: false, error: { name: String(e?.name), code: e?.code === undefined ? null : String(e.code), message: String(e?.message ?? error) } }, []);
  }
}

declare const WorkerGlobalScope: unknown;
declare const self: Port & { onmessage: ((event: { data: ScoreTask }) => void) | null };

if (typeof WorkerGlobalScope !== 'undefined') {
  self.onmessage = (event) => answer(event.data, self);
} else {
  void import('node:worker_threads').then(({ parentPort }) => {
    parentPort?.on('message', (task: ScoreTask) => answer(task, parentPort as unknown as Port));
  });
}
