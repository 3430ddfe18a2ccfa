import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { openWorkerPool, registerPool } from './internal/workerPool';
import { logicalCores } from './internal/logicalCores';
import { startScoreWorker } from './startScoreWorker';

/** Options of {@link createScorePool}. */
export interface ScorePoolOptions {
  /**
   * Worker threads in the pool, a whole number ≥ 1 (default: the logical cores, `os.availableParallelism()`
   * in Node, `navigator.hardwareConcurrency` in a browser).
   */
  readonly workers?: number;
}

/**
 * Workers kept for repeated calls of `scoreCustomersInParallel` (pass it as `options.pool`). A plain
 * object: its size, and `close()` to stop the workers.
 */
export interface ScorePool {
  /** Number of workers. */
  readonly workers: number;
  /** Stops the workers (the promise settles when they have stopped); a closed pool is refused by `scoreCustomersInParallel`. */
  close(): Promise<void>;
}

/**
 * Creates a pool of score workers for `scoreCustomersInParallel`, so that repeated scores do not start
 * workers each time.
 *
 * @remarks
 * Each worker is started on its first task (Node's `worker_threads`, or a module web worker in a
 * browser: the file `scoreWorker.js` beside this module) and then kept: it keeps the scoring code loaded,
 * compiled and warm, which saves the start (tens to a few hundred milliseconds a worker) and the cold first
 * run of every later call. An idle pool does not keep a Node process alive (its workers are unreferenced
 * between tasks), but it holds their memory until `close()`. A worker that fails is started again for the
 * next task. Without a pool, `scoreCustomersInParallel` starts workers for the call and stops them after.
 *
 * @param options - `workers`: the number of workers (default: the logical cores).
 * @returns A promise of the pool: `{ workers, close }`.
 * @throws InvalidArgumentError (the promise rejects) when `options.workers` is not a whole number ≥ 1.
 * @example
 * ```ts
 * const pool = await createScorePool({ workers: 2 });
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const n = 40_000;
 * const customers = {
 *   customerIds: Array.from({ length: n }, (_, i) => i),
 *   frequency: Float64Array.from({ length: n }, (_, i) => i % 7),
 *   recency: Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : 30 + (i % 9))),
 *   T: Float64Array.from({ length: n }, (_, i) => 39 + (i % 1000) / 100),
 * };
 * const options = { horizon: { value: 52, unit: 'week' }, as: 'columns', pool } as const;
 * const first = await scoreCustomersInParallel(fit, customers, options); // starts the workers
 * const again = await scoreCustomersInParallel(fit, customers, options); // reuses them
 * Object.is(first.totals.expectedPurchases, again.totals.expectedPurchases); // true
 * await pool.close();
 * ```
 * @see Node.js `worker_threads`: https://nodejs.org/api/worker_threads.html; web workers:
 * https://html.spec.whatwg.org/multipage/workers.html
 */
export async function createScorePool(options: ScorePoolOptions = {}): Promise<ScorePool> {
  const workers = options?.workers;
  if (workers !== undefined && !(typeof workers === 'number' && Number.isSafeInteger(workers) && workers >= 1)) {
    throw new InvalidArgumentError('createScorePool', 'options.workers', 'must be a whole number at least 1 (the worker threads of the pool)', workers);
  }
  const inner = openWorkerPool(workers ?? (await logicalCores()), startScoreWorker);
  const pool: ScorePool = { workers: inner.size, close: () => inner.close() };
  registerPool(pool, inner);
  return pool;
}
