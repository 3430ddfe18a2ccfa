import type { ScoreTask, ScoreTaskResult } from './scoreBatch';

/** A started worker, Node's or the browser's, reduced to what a score needs. @internal */
export interface ScoreWorker {
  /** Sends one task, transferring the buffers listed. */
  post(task: ScoreTask, transfer: ArrayBuffer[]): void;
  /** Calls `done` with the worker's first answer, or `failed` when it errors or stops first. */
  listen(done: (answer: WorkerAnswer) => void, failed: (error: unknown) => void): void;
  /** Stops the worker. */
  terminate(): void;
}

/** What a worker answers (see scoreWorker.ts). @internal */
export type WorkerAnswer =
  | { readonly ok: true; readonly result: ScoreTaskResult }
  | { readonly ok: false; readonly error: { readonly name: string; readonly code: string | null; readonly message: string } };

/**
 * Scores each task in a worker of its own, all at once, and returns the results in task order. The tasks'
 * column buffers are transferred (they are the caller's private copies, never a user's arrays); the
 * results come back transferred. Every worker is terminated before the promise settles. Rejects with the
 * first failure: a worker's error (an `Error` carrying its name, code and message) or one that stopped or
 * could not start. `posted` is called once every task is on its way (the caller may work meanwhile). @internal
 */
export async function runInWorkers(tasks: readonly ScoreTask[], start: () => Promise<ScoreWorker>, posted: () => void = () => {}): Promise<ScoreTaskResult[]> {
  const workers: ScoreWorker[] = [];
  try {
    for (let k = 0; k < tasks.length; k++) workers.push(await start());
    const answers = tasks.map(
      (task, k) =>
        new Promise<ScoreTaskResult>((resolve, reject) => {
          const worker = workers[k] as ScoreWorker;
          worker.listen((answer) => {
            if (answer.ok) resolve(answer.result);
            else reject(Object.assign(new Error(answer.error.message), { name: answer.error.name, code: answer.error.code }));
          }, reject);
          worker.post(task, [task.frequency.buffer, task.recency.buffer, task.T.buffer] as ArrayBuffer[]);
        }),
    );
    posted();
    return await Promise.all(answers);
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
