import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { PurchaseFitLike } from '../clv/customerLifetimeValue';
import { clockOfCustomers } from '../clv/internal/clockOfCustomers';
import { continuousFit } from '../clv/internal/continuousFit';
import { groupCustomers } from '../clv/internal/groupCustomers';
import { isSummarizedData } from '../clv/internal/modelClock';
import { readScoredCustomers } from '../clv/internal/readScoredCustomers';
import { scoreCustomers } from '../clv/scoreCustomers';
import type { ScoreColumnsResult, ScoreCustomersOptions, ScoreInputCustomer, ScoreRowsResult } from '../clv/scoreCustomers';
import type { ModelParams, SummarizedData } from '../clv/types';
import { summaryOriginOf } from '../time/internal/summaryOrigin';
import { assembleScores, customerColumns } from './internal/assembleScores';
import { lastScore } from './internal/lastScore';
import type { BatchScores, CustomerColumns } from './internal/assembleScores';
import { MIN_CHUNK, planChunks } from './internal/planChunks';
import { runInWorkers } from './internal/runInWorkers';
import { scoreBatch } from './internal/scoreBatch';
import type { ScoreTask, ScoreTaskResult } from './internal/scoreBatch';
import { isNode, startScoreWorker } from './startScoreWorker';

/** Options of {@link scoreCustomersInParallel}: those of `scoreCustomers`, and how many workers to use. */
export interface ScoreInParallelOptions extends ScoreCustomersOptions {
  /**
   * Worker threads to score on, a whole number ≥ 1 (default: the logical cores, `os.availableParallelism()`
   * in Node, `navigator.hardwareConcurrency` in a browser). `1` scores on the calling thread.
   */
  readonly workers?: number;
}

/**
 * The options of `scoreCustomers` this function reproduces in workers; with any other option (one added to
 * `scoreCustomers` later) the score is left to `scoreCustomers`, so that it still returns the same.
 */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['horizon', 'spend', 'value', 'timeUnit', 'daysPerYear', 'as', 'order']);

/** Fewest customers scored in workers; smaller inputs are scored on the calling thread (`scoreCustomers`). */
export const PARALLEL_FROM = 30_000;

/**
 * Scores customers as `scoreCustomers` does, on all cores: the same result, bit for bit, from worker
 * threads (Node's `worker_threads`, a browser's module web workers).
 *
 * @remarks
 * The calling thread reads the customers exactly as `scoreCustomers` does (validation, rejected records,
 * duplicate ids, order) and groups them by distinct history `(x, t_x, T)`. The distinct histories are split
 * into contiguous chunks, one per worker, and sent as `Float64Array` columns whose buffers are transferred
 * (zero-copy; they are private copies, never the caller's). Each worker calls the model functions
 * (`probabilityAlive`, `conditionalExpectedPurchases`) and `customerLifetimeValue` on its chunk. The
 * models make some choices from the batch as a whole (interpolants from 10,000 customers, Pareto/NBD
 * tables whose ranges are those of the batch), so each chunk is padded with a few thousand histories of
 * the rest of the input chosen to make the same choices: every number is then the one `scoreCustomers`
 * computes. The calling thread forms spend and value per customer, the holdout columns and the totals
 * (the same compensated sums over the same columns in the same order), so rows, columns, `rejected`,
 * `totals` and `settings` are identical to `scoreCustomers(fit, customers, options)`.
 *
 * Scored on the calling thread, by `scoreCustomers` itself: inputs of fewer than {@link PARALLEL_FROM}
 * customers, `workers: 1`, a runtime without workers, an option other than `horizon`, `spend`, `value`,
 * `timeUnit`, `daysPerYear`, `as` and `order` (one added to `scoreCustomers` since is not reproduced in the
 * workers), and any input or option `scoreCustomers` rejects
 * (so every error is the very error `scoreCustomers` throws: same class, `code` and message, naming
 * `scoreCustomers`); a worker that fails or cannot start also hands the whole score back to
 * `scoreCustomers`. Inputs with fewer than 20,000 distinct histories (customers observed daily have many
 * ties) have their few model evaluations done on the calling thread.
 *
 * The worker is the file `scoreWorker.js` next to this module (`new URL('./scoreWorker.js',
 * import.meta.url)`), written in the `new Worker(new URL(…, import.meta.url))` form that bundlers such as
 * Vite and webpack 5 follow (not tested here; a browser loading the built files directly is). Workers are started for each call and stopped before the promise settles. Complexity as
 * `scoreCustomers`, the model evaluations divided among the workers; the reading, grouping and assembly,
 * O(n), stay on the calling thread.
 *
 * @param fit - A BG/NBD, MBG/NBD or Pareto/NBD fit (as for `scoreCustomers`).
 * @param customers - Customer records or a summary `{ customers, options }` (as for `scoreCustomers`).
 * @param options - The options of `scoreCustomers`, and `workers`.
 * @returns A promise of exactly what `scoreCustomers(fit, customers, options)` returns.
 * @throws InvalidArgumentError when `options.workers` is not a whole number ≥ 1 (the promise rejects).
 * @throws Whatever `scoreCustomers` throws for the same arguments (the promise rejects with it).
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const customers = Array.from({ length: 100_000 }, (_, i) => ({ customerId: i, frequency: i % 7, recency: i % 7 === 0 ? 0 : 30 + (i % 9), T: 39 + (i % 11) / 10 }));
 * const options = { horizon: { value: 52, unit: 'week' }, as: 'columns' } as const;
 * const parallel = await scoreCustomersInParallel(fit, customers, { ...options, workers: 2 });
 * const single = scoreCustomers(fit, customers, options);
 * parallel.totals.expectedPurchases === single.totals.expectedPurchases; // true
 * parallel.columns.customerIds.length; // 100000
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreInParallelOptions & { readonly as: 'columns' },
): Promise<ScoreColumnsResult>;
export function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreInParallelOptions & { readonly as?: 'rows' },
): Promise<ScoreRowsResult>;
export function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreInParallelOptions,
): Promise<ScoreRowsResult | ScoreColumnsResult>;
export async function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreInParallelOptions,
): Promise<ScoreRowsResult | ScoreColumnsResult> {
  lastScore.how = 'scoreCustomers';
  lastScore.chunks = 0;
  if (options === null || typeof options !== 'object') return scoreCustomers(fit, customers, options);
  const { workers, ...rest } = options;
  if (workers !== undefined && !(typeof workers === 'number' && Number.isSafeInteger(workers) && workers >= 1)) {
    throw new InvalidArgumentError('scoreCustomersInParallel', 'options.workers', 'must be a whole number at least 1 (the worker threads to score on)', workers);
  }
  const list: unknown = isSummarizedData(customers) ? customers.customers : customers;
  const known = Object.keys(rest).every((key) => KNOWN_OPTIONS.has(key));
  if (!Array.isArray(list) || list.length < PARALLEL_FROM || workers === 1 || !known || !workersAvailable()) return scoreCustomers(fit, customers, rest);
  const threads = workers ?? (await logicalCores());
  if (threads < 2) return scoreCustomers(fit, customers, rest);
  let plan: Plan<C> | undefined;
  try {
    plan = prepare(fit, customers, list as readonly C[], rest);
  } catch {
    plan = undefined; // an invalid option or input: scoreCustomers throws its own error below
  }
  if (plan === undefined) return scoreCustomers(fit, customers, rest);
  let posted = (): void => {};
  const sent = new Promise<void>((resolve) => (posted = resolve));
  const scoring = scoreDistinct(plan, threads, posted);
  const settled = scoring.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([sent, settled]); // the workers have their tasks (or failed to get them)
  let own: CustomerColumns;
  try {
    own = customerColumns(plan.read.list, rest, plan.settings);
  } catch (error) {
    await settled; // the workers stop before the error is reported
    throw error;
  }
  let batch: BatchScores;
  try {
    batch = await scoring;
  } catch {
    lastScore.how = 'fallback';
    return scoreCustomers(fit, customers, rest); // a worker failed: the whole score again, on this thread
  }
  return assembleScores(plan.read, plan.groups, batch, own, rest);
}

/** The customers read and grouped, the settings and the task of the whole batch of distinct histories. */
interface Plan<C> {
  readonly read: ReturnType<typeof readScoredCustomers<C>>;
  readonly groups: ReturnType<typeof groupCustomers<C>>;
  readonly settings: ScoreRowsResult['settings'];
  readonly task: ScoreTask;
}

/**
 * Reads the customers as `scoreCustomers` does, checks every option by scoring the first valid customer
 * alone (which also gives the settings, none of which depends on the customers), and groups the rest.
 * `undefined` when no customer is valid (left to `scoreCustomers`); throws when `scoreCustomers` would.
 */
function prepare<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  list: readonly C[],
  options: ScoreCustomersOptions,
): Plan<C> | undefined {
  const fn = 'scoreCustomers';
  const spend = options.spend;
  const needsSpend = spend !== null && typeof spend === 'object' && 'params' in spend;
  const read = readScoredCustomers(fn, list, needsSpend, options.order ?? 'customerId');
  if (read.list.length === 0) return undefined;
  const summary = isSummarizedData(customers) ? customers.options : summaryOriginOf(list);
  const first = [read.list[0] as C];
  const probe = scoreCustomers(fit, summary === undefined ? first : { customers: first, options: summary }, { ...options, as: 'columns' });
  if ((probe.settings.spend === 'gammaGamma') !== needsSpend) return undefined;
  const context = continuousFit(fn, fit, clockOfCustomers(fn, customers), options.timeUnit);
  if (context.model.name === 'ggomNbd' || context.model.name === 'mbgCnbdK') return undefined; // scored on one thread: its workers know the three classic models
  const groups = groupCustomers(read.list);
  const distinct = groups === undefined ? read.list : groups.representatives;
  const R = distinct.length;
  const frequency = new Float64Array(R);
  const recency = new Float64Array(R);
  const T = new Float64Array(R);
  for (let i = 0; i < R; i++) {
    const c = distinct[i] as C;
    frequency[i] = c.frequency;
    recency[i] = c.recency;
    T[i] = c.T;
  }
  const v = options.value;
  const task: ScoreTask = {
    model: context.model.name,
    params: context.params,
    unit: context.clock.unit,
    unitDays: context.clock.unitDays,
    horizon: probe.settings.horizon,
    value:
      v === undefined
        ? null
        : {
            discountRate: v.discountRate,
            horizon: v.horizon,
            ...(v.step === undefined ? {} : { step: v.step }),
            ...(v.discounting === undefined ? {} : { discounting: v.discounting }),
          },
    daysPerYear: options.daysPerYear,
    frequency,
    recency,
    T,
    from: 0,
    length: R,
  };
  return { read, groups, settings: probe.settings, task };
}

/**
 * Scores the distinct histories: in chunks on `threads` workers, or here when they are too few to split.
 * `posted` is called when the workers have their tasks (at once when scored here).
 */
async function scoreDistinct<C>(plan: Plan<C>, threads: number, posted: () => void): Promise<BatchScores> {
  const whole = plan.task;
  const R = whole.length;
  const parts = Math.min(threads, Math.floor(R / MIN_CHUNK));
  if (parts < 2) {
    lastScore.how = 'calling thread';
    posted();
    return scoreBatch(whole);
  }
  const chunks = planChunks(whole.model === 'paretoNbd', whole.frequency, whole.recency, whole.T, parts);
  const tasks = chunks.map((chunk): ScoreTask => {
    const m = chunk.indices.length;
    const frequency = new Float64Array(m);
    const recency = new Float64Array(m);
    const T = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const i = chunk.indices[j] as number;
      frequency[j] = whole.frequency[i] as number;
      recency[j] = whole.recency[i] as number;
      T[j] = whole.T[i] as number;
    }
    return { ...whole, frequency, recency, T, from: chunk.offset, length: chunk.to - chunk.from };
  });
  const results = await runInWorkers(tasks, startScoreWorker, posted);
  lastScore.how = 'workers';
  lastScore.chunks = parts;
  const alive = new Float64Array(R);
  const expected = new Float64Array(R);
  const discounted = whole.value === null ? null : new Float64Array(R);
  results.forEach((result: ScoreTaskResult, k) => {
    const from = (chunks[k] as { from: number }).from;
    alive.set(result.alive, from);
    expected.set(result.expected, from);
    if (discounted !== null && result.discounted !== null) discounted.set(result.discounted, from);
  });
  return { alive, expected, discounted };
}

/** Whether this runtime can start the workers. */
function workersAvailable(): boolean {
  return isNode() || typeof (globalThis as { Worker?: unknown }).Worker === 'function';
}

/** The logical cores of the machine. */
async function logicalCores(): Promise<number> {
  if (isNode()) {
    const os = await import('node:os');
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  }
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: unknown } }).navigator?.hardwareConcurrency;
  return typeof cores === 'number' && cores >= 1 ? cores : 1;
}
