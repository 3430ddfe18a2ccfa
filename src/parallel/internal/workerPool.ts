import type { ScoreTask, ScoreTaskResult } from './scoreBatch';

/** A started worker, Node's or the browser's, reduced to what a pool needs. @internal */
export interface ScoreWorker {
  /** Sends one task, transferring the buffers listed. */
  post(task: ScoreTask, transfer: ArrayBuffer[]): void;
  /** Calls `answer` with each answer of the worker, and `failed` once when it errors or stops. */
  listen(answer: (answer: WorkerAnswer) => void, failed: (error: unknown) => void): void;
  /** Whether the worker keeps a Node process alive (while it has a task) or not (while idle). */
  hold(held: boolean): void;
  /** Stops the worker. */
  terminate(): Promise<void>;
}

/** What a worker answers (see scoreWorker.ts). @internal */
export type WorkerAnswer =
  | { readonly ok: true; readonly result: ScoreTaskResult }
  | { readonly ok: false; readonly error: { readonly name: string; readonly code: string | null; readonly message: string } };

/** One place of a pool: its worker (started lazily, again after a failure) and the tasks it has in hand. */
interface Slot {
  worker: Promise<ScoreWorker> | null;
  readonly pending: { resolve: (result: ScoreTaskResult) => void; reject: (error: unknown) => void }[];
}

/** A set of score workers that scores tasks, reused from call to call (see `createScorePool`). @internal */
export interface WorkerPool {
  /** Number of workers. */
  readonly size: number;
  /** Whether `close` was called. */
  readonly closed: boolean;
  /**
   * Scores task `k` on worker `k mod size`, transferring the tasks' column buffers (private copies, never
   * a user's arrays), and returns the results in task order; a worker takes its tasks one after the
   * other. Rejects with the first failure: a worker's error (an `Error` carrying its name, code and
   * message) or a worker that stopped or could not start (it is started again for the next task).
   * `posted` is called once every task is on its way.
   */
  run(tasks: readonly ScoreTask[], posted?: () => void): Promise<ScoreTaskResult[]>;
  /** Stops every worker; later tasks are refused. */
  close(): Promise<void>;
}

/** Opens a pool of `size` workers made by `start`, each started on its first task. @internal */
export function openWorkerPool(size: number, start: () => Promise<ScoreWorker>): WorkerPool {
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, pending: [] }));
  let closed = false;
  const workerOf = (slot: Slot): Promise<ScoreWorker> => {
    if (slot.worker !== null) return slot.worker;
    const started = start().then((worker) => {
      worker.listen(
        (answer) => {
          const head = slot.pending.shift();
          if (slot.pending.length === 0) worker.hold(false);
          if (head === undefined) return;
          if (answer.ok) head.resolve(answer.result);
          else head.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name, code: answer.error.code }));
        },
        (error) => {
          if (slot.worker === started) slot.worker = null; // started again for the next task
          for (const task of slot.pending.splice(0)) task.reject(error);
        },
      );
      worker.hold(false);
      return worker;
    });
    started.catch(() => {
      if (slot.worker === started) slot.worker = null;
    });
    slot.worker = started;
    return started;
  };
  /** Sends a task once its worker has started; resolves (then) to the promise of its answer, boxed. */
  const runOne = async (slot: Slot, task: ScoreTask): Promise<{ readonly answer: Promise<ScoreTaskResult> }> => {
    const worker = await workerOf(slot);
    const answer = new Promise<ScoreTaskResult>((resolve, reject) => {
      slot.pending.push({ resolve, reject });
      if (slot.pending.length === 1) worker.hold(true);
      try {
        worker.post(task, [task.frequency.buffer, task.recency.buffer, task.T.buffer] as ArrayBuffer[]);
      } catch (error) {
        slot.pending.pop();
        if (slot.pending.length === 0) worker.hold(false);
        reject(error); // a task that cannot be sent (structured clone refused it)
      }
    });
    answer.catch(() => {}); // reported by run, not as an unhandled rejection
    return { answer };
  };
  return {
    size,
    get closed() {
      return closed;
    },
    async run(tasks, posted = () => {}) {
      if (closed) throw new Error('the score pool is closed');
      const sent = await Promise.allSettled(tasks.map((task, k) => runOne(slots[k % size] as Slot, task)));
      posted();
      return Promise.all(sent.map((s) => (s.status === 'fulfilled' ? s.value.answer : Promise.reject(s.reason))));
    },
    async close() {
      closed = true;
      const running = slots.map((slot) => slot.worker).filter((w): w is Promise<ScoreWorker> => w !== null);
      for (const slot of slots) slot.worker = null;
      await Promise.all(running.map((w) => w.then((worker) => worker.terminate(), () => undefined)));
    },
  };
}

/** The workers behind each pool `createScorePool` handed out. */
const registry = new WeakMap<object, WorkerPool>();

/** Records the workers behind a public pool object. @internal */
export function registerPool(pool: object, workers: WorkerPool): void {
  registry.set(pool, workers);
}

/** The workers of a pool made by `createScorePool`, or `undefined` for any other value. @internal */
export function workersOfPool(pool: unknown): WorkerPool | undefined {
  return pool !== null && typeof pool === 'object' ? registry.get(pool) : undefined;
}
