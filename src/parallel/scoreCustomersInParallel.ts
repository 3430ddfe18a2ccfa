import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { PurchaseFitLike } from '../clv/customerLifetimeValue';
import { isSummarizedData } from '../clv/internal/modelClock';
import { scoreCustomers } from '../clv/scoreCustomers';
import type { ScoreColumnsResult, ScoreCustomersOptions, ScoreInputCustomer, ScoreRowsResult } from '../clv/scoreCustomers';
import type { ModelParams, SummarizedData, SummarySettingsLike } from '../clv/types';
import type { ScorePool } from './createScorePool';
import { assembleScores } from './internal/assembleScores';
import type { BatchScores } from './internal/assembleScores';
import { lastScore } from './internal/lastScore';
import { logicalCores } from './internal/logicalCores';
import { planColumns } from './internal/planColumns';
import { planRows } from './internal/planRows';
import type { ScorePlan } from './internal/probeScore';
import { checkCustomerColumns, customerRow } from './internal/readCustomerColumns';
import { scoreBatch } from './internal/scoreBatch';
import { scoreDistinct } from './internal/scoreDistinct';
import { openWorkerPool, workersOfPool } from './internal/workerPool';
import type { WorkerPool } from './internal/workerPool';
import { isNode, startScoreWorker } from './startScoreWorker';

/**
 * Customers as columns, for {@link scoreCustomersInParallel}: entry `i` of every column is customer `i`,
 * the same customer as the row `{ customerId: customerIds[i], frequency: frequency[i], … }` (an optional
 * column left out is a field left out). Typed arrays (`Float64Array`) are read without making an object
 * per customer; they are never modified or transferred.
 */
export interface ScoreCustomerColumns {
  /** Customer ids: non-blank strings or safe integers (`1` and `'1'` are the same customer). */
  readonly customerIds: ArrayLike<string | number>;
  /** Repeat purchases `x` (whole numbers ≥ 0). */
  readonly frequency: ArrayLike<number>;
  /** Time of the last purchase `t_x`, in the fit's time unit (0 ≤ recency ≤ T; 0 when `x = 0`). */
  readonly recency: ArrayLike<number>;
  /** Age `T` at the end of calibration, in the fit's time unit. */
  readonly T: ArrayLike<number>;
  /** Mean value of the repeat purchases (needed with a Gamma-Gamma `spend`). */
  readonly monetaryValue?: ArrayLike<number>;
  /** Purchases in the holdout (`NaN`: none known). */
  readonly frequencyHoldout?: ArrayLike<number>;
  /** Mean value of the holdout purchases (`NaN`: none known). */
  readonly monetaryValueHoldout?: ArrayLike<number>;
  /** The settings of the summary the columns come from (`summary.options`), which carry the time unit. */
  readonly options?: SummarySettingsLike;
}

/** Options of {@link scoreCustomersInParallel}: those of `scoreCustomers`, and which workers to use. */
export interface ScoreInParallelOptions extends ScoreCustomersOptions {
  /**
   * Worker threads to score on, a whole number ≥ 1 (default: the logical cores, `os.availableParallelism()`
   * in Node, `navigator.hardwareConcurrency` in a browser). `1` scores on the calling thread. Started for
   * the call and stopped after it; ignored with `pool`.
   */
  readonly workers?: number;
  /** Workers kept between calls, from `createScorePool` (not closed). Default: workers started for the call. */
  readonly pool?: ScorePool;
}

/**
 * The options of `scoreCustomers` this function reproduces in workers; with any other option (one added to
 * `scoreCustomers` later) the score is left to `scoreCustomers`, so that it still returns the same.
 */
const KNOWN_OPTIONS: ReadonlySet<string> = new Set(['horizon', 'spend', 'value', 'timeUnit', 'daysPerYear', 'as', 'order']);

/** Fewest customers scored in workers; smaller inputs are scored on the calling thread. */
export const PARALLEL_FROM = 30_000;

/**
 * Scores customers as `scoreCustomers` does, on all cores: the same result, bit for bit, from worker
 * threads (Node's `worker_threads`, a browser's module web workers).
 *
 * @remarks
 * The customers come as row objects or a summary (as for `scoreCustomers`), or as columns
 * ({@link ScoreCustomerColumns}: an id array and typed arrays), the fast form for millions of customers.
 * The calling thread reads them exactly as `scoreCustomers` reads the equivalent rows (validation, rejected
 * records, duplicate ids, order; columns in typed loops, without an object per customer) and groups them by
 * distinct history `(x, t_x, T)`. The distinct histories are split into contiguous chunks, one per worker,
 * and sent as `Float64Array` columns whose buffers are transferred (zero-copy; they are private copies,
 * never the caller's). Each worker calls the model functions (`probabilityAlive`,
 * `conditionalExpectedPurchases`) and `customerLifetimeValue` on its chunk. The models make some choices
 * from the batch as a whole (interpolants from 10,000 customers, Pareto/NBD tables whose ranges are those
 * of the batch), so each chunk is padded with a few thousand histories of the rest of the input chosen to
 * make the same choices: every number is then the one `scoreCustomers` computes. The calling thread forms
 * spend and holdout columns while the workers score, then value per customer and the totals with the
 * very helpers `scoreCustomers` ends with (the same compensated sums over the same columns in the same
 * order), so rows, columns, `rejected`, `totals` and `settings` are identical to
 * `scoreCustomers(fit, customers, options)` (for columns: of the equivalent rows). Row objects are made
 * only when `as: 'rows'` asks for them.
 *
 * Workers: those of `options.pool` (from `createScorePool`: started once, kept warm for every later call),
 * or else `workers` of them (default: the logical cores) started for the call and stopped before the
 * promise settles, which costs their start-up (tens to a few hundred milliseconds) and a cold first run.
 *
 * On the calling thread: inputs of fewer than {@link PARALLEL_FROM} customers and `workers: 1` (columns are
 * then scored by the same steps on this thread; rows by `scoreCustomers` itself), a runtime without
 * workers, an option other than `horizon`, `spend`, `value`, `timeUnit`, `daysPerYear`, `as` and `order`
 * (one added to `scoreCustomers` since is not reproduced in the workers; left to `scoreCustomers`), a
 * GG/NBD fit, and any input or option `scoreCustomers` rejects (so every error is the very error
 * `scoreCustomers` throws: same class, `code` and message, naming `scoreCustomers`). A worker that fails or
 * cannot start leaves its histories to the calling thread. Inputs with fewer than 20,000 distinct
 * histories (customers observed daily have many ties) have their few model evaluations done on the
 * calling thread.
 *
 * The worker is the file `scoreWorker.js` next to this module (`new URL('./scoreWorker.js',
 * import.meta.url)`), written in the `new Worker(new URL(…, import.meta.url))` form that bundlers such as
 * Vite and webpack 5 follow (not tested here; a browser loading the built files directly is). Complexity as
 * `scoreCustomers`, the model evaluations divided among the workers; the reading, grouping and assembly,
 * O(n) (O(n log n) for ids out of order), stay on the calling thread.
 *
 * @param fit - A BG/NBD, MBG/NBD or Pareto/NBD fit (as for `scoreCustomers`).
 * @param customers - Customer records or a summary `{ customers, options }` (as for `scoreCustomers`), or
 *   the same customers as columns ({@link ScoreCustomerColumns}).
 * @param options - The options of `scoreCustomers`, and `workers` or `pool`.
 * @returns A promise of exactly what `scoreCustomers(fit, customers, options)` returns (for columns: on
 *   the equivalent rows).
 * @throws InvalidArgumentError when `options.workers` is not a whole number ≥ 1, `options.pool` is closed
 *   or not a pool, or columns are missing or of different lengths (the promise rejects).
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
 *
 * // The same customers as columns: no object per customer.
 * const columns = {
 *   customerIds: customers.map((c) => c.customerId),
 *   frequency: Float64Array.from(customers, (c) => c.frequency),
 *   recency: Float64Array.from(customers, (c) => c.recency),
 *   T: Float64Array.from(customers, (c) => c.T),
 * };
 * const fromColumns = await scoreCustomersInParallel(fit, columns, { ...options, workers: 2 });
 * fromColumns.totals.expectedPurchases === single.totals.expectedPurchases; // true
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C> | ScoreCustomerColumns,
  options: ScoreInParallelOptions & { readonly as: 'columns' },
): Promise<ScoreColumnsResult>;
export function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C> | ScoreCustomerColumns,
  options: ScoreInParallelOptions & { readonly as?: 'rows' },
): Promise<ScoreRowsResult>;
export function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C> | ScoreCustomerColumns,
  options: ScoreInParallelOptions,
): Promise<ScoreRowsResult | ScoreColumnsResult>;
export async function scoreCustomersInParallel<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C> | ScoreCustomerColumns,
  options: ScoreInParallelOptions,
): Promise<ScoreRowsResult | ScoreColumnsResult> {
  lastScore.how = 'scoreCustomers';
  lastScore.chunks = 0;
  const columns = isCustomerColumns(customers) ? customers : undefined;
  const n = columns === undefined ? undefined : checkCustomerColumns(columns);
  const alone = (input: readonly C[] | SummarizedData<C> | ScoreCustomerColumns, rest: ScoreCustomersOptions) =>
    scoreCustomers(fit, input === columns ? (rowsOf(input as ScoreCustomerColumns) as readonly C[] | SummarizedData<C>) : (input as readonly C[] | SummarizedData<C>), rest);
  if (options === null || typeof options !== 'object') return alone(customers, options);
  const { workers, pool, ...rest } = options;
  if (workers !== undefined && !(typeof workers === 'number' && Number.isSafeInteger(workers) && workers >= 1)) {
    throw new InvalidArgumentError('scoreCustomersInParallel', 'options.workers', 'must be a whole number at least 1 (the worker threads to score on)', workers);
  }
  const kept = pool === undefined ? undefined : workersOfPool(pool);
  if (pool !== undefined && (kept === undefined || kept.closed)) {
    throw new InvalidArgumentError('scoreCustomersInParallel', 'options.pool', 'must be an open pool made by `createScorePool` (this one is closed or not a pool)', pool);
  }
  const known = Object.keys(rest).every((key) => KNOWN_OPTIONS.has(key));
  const list: unknown = columns !== undefined ? undefined : isSummarizedData(customers) ? customers.customers : customers;
  if (!known || n === 0 || (columns === undefined && !Array.isArray(list))) return alone(customers, rest);
  const size = kept?.size ?? (workers === 1 || !workersAvailable() ? 1 : (workers ?? (await logicalCores())));
  const parallel = size >= 2 && (n ?? (list as readonly C[]).length) >= PARALLEL_FROM;
  if (!parallel && columns === undefined) return alone(customers, rest);
  let plan: ScorePlan | undefined;
  try {
    plan = columns === undefined ? planRows(fit, customers as readonly C[] | SummarizedData<C>, list as readonly C[], rest) : planColumns(fit, columns, rest);
  } catch {
    plan = undefined; // an invalid option or input: scoreCustomers throws its own error below
  }
  if (plan === undefined) return alone(customers, rest);
  const workersOfCall = !parallel ? null : (kept ?? openWorkerPool(size, startScoreWorker));
  try {
    return await scoreWithPlan(plan, workersOfCall, rest);
  } finally {
    if (workersOfCall !== null && workersOfCall !== kept) await workersOfCall.close();
  }
}

/**
 * Scores a plan: the distinct histories on the workers (or this thread), meanwhile the spend and holdout
 * columns here, then the result. A worker that fails leaves the histories to this thread.
 */
async function scoreWithPlan(plan: ScorePlan, pool: WorkerPool | null, options: ScoreCustomersOptions): Promise<ScoreRowsResult | ScoreColumnsResult> {
  let posted = (): void => {};
  const sent = new Promise<void>((resolve) => (posted = resolve));
  const scoring = scoreDistinct(plan.task, pool, posted);
  const settled = scoring.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([sent, settled]); // the workers have their tasks (or failed to get them)
  let own: ReturnType<ScorePlan['own']>;
  try {
    own = plan.own();
  } catch (error) {
    await settled; // the workers finish before the error is reported
    throw error;
  }
  let batch: BatchScores;
  try {
    batch = await scoring;
  } catch {
    lastScore.how = 'fallback';
    batch = scoreBatch(plan.task); // a worker failed: the histories again, on this thread
  }
  return assembleScores(plan, batch, own, options);
}

/** Whether `customers` is given as columns (an object with `customerIds`, neither an array nor a summary). */
function isCustomerColumns(customers: unknown): customers is ScoreCustomerColumns {
  return customers !== null && typeof customers === 'object' && !Array.isArray(customers) && !isSummarizedData(customers) && 'customerIds' in customers;
}

/** The row objects (or summary) equivalent to columns, for the scores left to `scoreCustomers`. */
function rowsOf(columns: ScoreCustomerColumns): readonly ScoreInputCustomer[] | SummarizedData<ScoreInputCustomer> {
  const rows = Array.from({ length: columns.customerIds.length }, (_, i) => customerRow(columns, i));
  return columns.options === undefined ? rows : { customers: rows, options: columns.options };
}

/** Whether this runtime can start the workers. */
function workersAvailable(): boolean {
  return isNode() || typeof (globalThis as { Worker?: unknown }).Worker === 'function';
}
