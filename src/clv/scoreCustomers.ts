import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { customerLifetimeValue } from './customerLifetimeValue';
import type { DiscountRate, Duration, PurchaseFitLike } from './customerLifetimeValue';
import type { GammaGammaParams } from './gammaGamma/types';
import { continuousFit } from './internal/continuousFit';
import type { ContinuousFit } from './internal/continuousFit';
import { customerValues } from './internal/customerValues';
import { durationInUnits } from './internal/durationInUnits';
import { groupCustomers } from './internal/groupCustomers';
import { holdoutColumns } from './internal/holdoutColumns';
import { clockOfCustomers } from './internal/clockOfCustomers';
import { discountedPurchasesOf } from './internal/intervals/discountedPurchasesOf';
import { runIntervals } from './internal/intervals/runIntervals';
import type { IntervalRun } from './internal/intervals/runIntervals';
import { isSummarizedData } from './internal/modelClock';
import { readScoredCustomers } from './internal/readScoredCustomers';
import type { ScoredCustomers } from './internal/readScoredCustomers';
import { scoreRows } from './internal/scoreRows';
import { scoreTotals } from './internal/scoreTotals';
import { spendColumn } from './internal/spendColumn';
import type { ModelParams, ModelTimeUnit, RfmCustomer, SpendCustomer, SummarizedData } from './types';

/**
 * One customer as {@link scoreCustomers} reads it: an id and `(frequency, recency, T)` in the fit's time
 * unit, with `monetaryValue` for a Gamma-Gamma spend fit and the holdout actuals when known. The rows of
 * `summarizeTransactions` fit as they are.
 */
export interface ScoreInputCustomer extends RfmCustomer {
  /** The customer's id: a non-blank string or a safe integer (`1` and `'1'` are the same customer). */
  readonly customerId: string | number;
  /** Mean value of the repeat purchases (needed with a Gamma-Gamma `spend`). */
  readonly monetaryValue?: number;
  /** Purchases in the holdout, when the summary has one. */
  readonly frequencyHoldout?: number;
  /** Mean value of the holdout purchases, when the summary has one. */
  readonly monetaryValueHoldout?: number;
}

/** The discounted lifetime value asked of {@link scoreCustomers} (see `customerLifetimeValue`). */
export interface ScoreValueOptions {
  /** Share of spend that is profit, in [0, 1]. */
  readonly margin: number;
  /** The discount rate and its period. */
  readonly discountRate: DiscountRate;
  /** How far ahead to count (finite, or `Infinity` with continuous discounting and Pareto/NBD). */
  readonly horizon: Duration;
  /** Step of discrete discounting (default one model time unit; a shorter final step when needed). */
  readonly step?: Duration;
  /** `'discrete'` (default) or `'continuous'` discounting. */
  readonly discounting?: 'discrete' | 'continuous';
}

/** Options of {@link scoreCustomers}. */
export interface ScoreCustomersOptions {
  /** Horizon of the expected purchases, e.g. `{ value: 52, unit: 'week' }` (converted into the fit's unit). */
  readonly horizon: Duration;
  /**
   * Spend per purchase: a Gamma-Gamma fit (the result of `fitModel(gammaGamma, …)`, or `{ params }`; each
   * customer then needs `monetaryValue`), or one expected value for everyone, `{ expected }`, in money
   * units. Without it the spend and value columns are `null`.
   */
  readonly spend?: { readonly params: GammaGammaParams; readonly model?: string } | { readonly expected: number };
  /** The discounted value to compute (needs `spend`); without it the value columns are `null`. */
  readonly value?: ScoreValueOptions;
  /** The unit of recency and T, needed only when neither the fit nor a summary carries it (must agree with them). */
  readonly timeUnit?: ModelTimeUnit;
  /** Days in a year, to convert between days/weeks and months/years (e.g. 365.25). */
  readonly daysPerYear?: number;
  /** `'rows'` (default): one object per customer. `'columns'`: typed arrays, for millions of customers. */
  readonly as?: 'rows' | 'columns';
  /** `'customerId'` (default): sorted by id (JavaScript string order). `'input'`: in input order. */
  readonly order?: 'customerId' | 'input';
  /**
   * Adds lower and upper ends to every score (`intervals` of each row, or of the columns) and to the
   * totals, from the uncertainty of the fitted parameters, as `predictionIntervals` computes them: the
   * fit must then be the result of `fitModel` (with its covariance), and a Gamma-Gamma `spend` fit has its
   * parameters drawn too. Default: none (no interval, no extra cost).
   */
  readonly intervals?: ScoreIntervalOptions;
}

/** How {@link scoreCustomers} computes intervals (see `predictionIntervals`). */
export interface ScoreIntervalOptions {
  /** Central coverage, in (0, 1). Default 0.9. */
  readonly level?: number;
  /** Parameter draws (default 1,000) or bootstrap refits (default 200). */
  readonly draws?: number;
  /** Seed of the draws (the spend model's use `seed + 1`). Default 1. */
  readonly seed?: number;
  /** `'parameters'` (default): draws from the fit's covariance; `'bootstrap'`: resample the customers and refit (expensive). */
  readonly method?: 'parameters' | 'bootstrap';
  /** Parameters the fit does not identify: `'throw'` (default) or `'hold'` at their estimates. */
  readonly notIdentified?: 'throw' | 'hold';
}

/** Lower and upper end of one score. */
export interface ScoreBounds {
  /** The `(1 − level)/2` quantile over the draws. */
  readonly lower: number;
  /** The `(1 + level)/2` quantile over the draws. */
  readonly upper: number;
}

/** The intervals of one scored customer (`null` where the score itself is `null`). */
export interface ScoreRowIntervals {
  /** Interval of `probabilityAlive`. */
  readonly probabilityAlive: ScoreBounds;
  /** Interval of `expectedPurchases`. */
  readonly expectedPurchases: ScoreBounds;
  /** Interval of `expectedSpend` (a point when spend is a constant or bare parameters). */
  readonly expectedSpend: ScoreBounds | null;
  /** Interval of `value`. */
  readonly value: ScoreBounds | null;
}

/** The intervals as columns, entry `i` for `customerIds[i]`. */
export interface ScoreIntervalColumns {
  /** Lower and upper ends of P(alive). */
  readonly probabilityAliveLower: Float64Array;
  readonly probabilityAliveUpper: Float64Array;
  /** Lower and upper ends of the expected purchases. */
  readonly expectedPurchasesLower: Float64Array;
  readonly expectedPurchasesUpper: Float64Array;
  /** Lower and upper ends of the expected spend, `null` without `spend`. */
  readonly expectedSpendLower: Float64Array | null;
  readonly expectedSpendUpper: Float64Array | null;
  /** Lower and upper ends of the value, `null` without `value`. */
  readonly valueLower: Float64Array | null;
  readonly valueUpper: Float64Array | null;
}

/** How the intervals of a score were made, and the totals' intervals. */
export interface ScoreIntervalSummary {
  /** Central coverage. */
  readonly level: number;
  /** `'parameters'` or `'bootstrap'`. */
  readonly method: 'parameters' | 'bootstrap';
  /** Draws or refits. */
  readonly draws: number;
  /** The seed. */
  readonly seed: number;
  /** Purchase parameters held at their estimates. */
  readonly held: string[];
  /** Spend parameters held (`'fixed'`: bare parameters), `null` without a spend fit. */
  readonly spendHeld: string[] | 'fixed' | null;
  /** Bootstrap refits that did not converge, `null` for parameter draws. */
  readonly bootstrapNotConverged: number | null;
  /** Intervals of the totals: expected purchases, expected customers alive, and equity (`null` without `value`). */
  readonly totals: { readonly probabilityAlive: ScoreBounds; readonly expectedPurchases: ScoreBounds; readonly value: ScoreBounds | null };
}

/** One scored customer. */
export interface ScoreRow {
  /** The customer's id, as a string. */
  readonly customerId: string;
  /** Probability that the customer is still active at the end of calibration, in [0, 1]. */
  readonly probabilityAlive: number;
  /** Expected purchases over `horizon`. */
  readonly expectedPurchases: number;
  /** Expected spend per purchase in money units, `null` without `spend`. */
  readonly expectedSpend: number | null;
  /** Discounted expected purchases over the value horizon, `null` without `value`. */
  readonly discountedPurchases: number | null;
  /** Discounted lifetime value `margin × expectedSpend × discountedPurchases`, `null` without `value`. */
  readonly value: number | null;
  /** Holdout purchases, `null` when the customer has no holdout field. */
  readonly frequencyHoldout: number | null;
  /** Mean holdout purchase value, `null` when the customer has no holdout field. */
  readonly monetaryValueHoldout: number | null;
  /** Lower and upper ends of the scores, present only with `options.intervals`. */
  readonly intervals?: ScoreRowIntervals;
}

/** The scores as columns: entry `i` of every array belongs to `customerIds[i]`. */
export interface ScoreColumns {
  /** Customer ids, as strings, in the result's order. */
  readonly customerIds: string[];
  /** P(alive) of each customer. */
  readonly probabilityAlive: Float64Array;
  /** Expected purchases over the horizon. */
  readonly expectedPurchases: Float64Array;
  /** Expected spend per purchase, `null` without `spend`. */
  readonly expectedSpend: Float64Array | null;
  /** Discounted expected purchases, `null` without `value`. */
  readonly discountedPurchases: Float64Array | null;
  /** Discounted lifetime value, `null` without `value`. */
  readonly value: Float64Array | null;
  /** Holdout purchases (`NaN` where a customer has none), `null` when no customer has any. */
  readonly frequencyHoldout: Float64Array | null;
  /** Mean holdout purchase value (`NaN` where none), `null` when no customer has any. */
  readonly monetaryValueHoldout: Float64Array | null;
  /** Lower and upper ends of the scores, present only with `options.intervals`. */
  readonly intervals?: ScoreIntervalColumns;
}

/** A customer left out of the score, with the reason. */
export interface ScoreRejectedCustomer {
  /** Index of the customer in the input. */
  readonly index: number;
  /** The offending field (`'recency'`, `'customerId'`, …), or `'row'` when the record is not an object. */
  readonly field: string;
  /** The rule broken. */
  readonly reason: string;
  /** The offending value. */
  readonly value: unknown;
}

/** Sums over the scored customers (compensated sums). */
export interface ScoreTotals {
  /** Customers scored. */
  readonly customers: number;
  /** Expected purchases of all of them over the horizon. */
  readonly expectedPurchases: number;
  /** Customer equity (sum of values), `null` without `value`. */
  readonly value: number | null;
  /** Holdout purchases of the customers that have the field, `null` when none has. */
  readonly frequencyHoldout: number | null;
}

/** The settings a score used, converted into the fit's time unit. */
export interface ScoreSettings {
  /** The purchase model. */
  readonly model: 'bgNbd' | 'mbgNbd' | 'paretoNbd' | 'ggomNbd' | 'mbgCnbdK';
  /** The regularity `k` of an `mbgCnbdK` fit; absent for the other models. */
  readonly k?: number;
  /** The model time unit. */
  readonly timeUnit: ModelTimeUnit;
  /** Horizon of the expected purchases in model time units. */
  readonly horizon: number;
  /** How spend was found: `'gammaGamma'`, `'constant'`, or `null` without spend. */
  readonly spend: 'gammaGamma' | 'constant' | null;
  /** The value settings (as `customerLifetimeValue` reports them), `null` without `value`. */
  readonly value: {
    readonly margin: number;
    readonly discounting: 'discrete' | 'continuous';
    readonly method: 'sum' | 'dert' | 'integral';
    readonly horizon: number | null;
    readonly step: number | null;
    readonly steps: number | null;
    readonly lastStep: number | null;
    readonly ratePerUnit: number;
  } | null;
  /** Row order. */
  readonly order: 'customerId' | 'input';
}

/** What every score result holds besides its rows or columns. */
interface ScoreResultBase {
  /** Customers left out (invalid record, duplicated id), by input index. */
  readonly rejected: ScoreRejectedCustomer[];
  /** Sums over the scored customers. */
  readonly totals: ScoreTotals;
  /** The settings used. */
  readonly settings: ScoreSettings;
  /** How the intervals were made and the totals' intervals, present only with `options.intervals`. */
  readonly intervals?: ScoreIntervalSummary;
}

/** The result of {@link scoreCustomers} with `as: 'rows'` (the default). */
export interface ScoreRowsResult extends ScoreResultBase {
  /** The form of the result. */
  readonly as: 'rows';
  /** One row per scored customer. */
  readonly rows: ScoreRow[];
}

/** The result of {@link scoreCustomers} with `as: 'columns'`. */
export interface ScoreColumnsResult extends ScoreResultBase {
  /** The form of the result. */
  readonly as: 'columns';
  /** The scores as typed-array columns. */
  readonly columns: ScoreColumns;
}

/** The columns computed, in output order. */
interface Computed {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  readonly spend: Float64Array | null;
  readonly discounted: Float64Array | null;
  readonly value: Float64Array | null;
  readonly valueSettings: ScoreSettings['value'];
}

/**
 * Scores every customer in one table keyed by customer: P(alive), expected purchases over a horizon,
 * expected spend per purchase, discounted lifetime value and the holdout actuals (the equivalent of
 * CLVTools' `predict()`).
 *
 * @remarks
 * Nothing is computed here that the model functions do not already compute: for BG/NBD, MBG/NBD,
 * Pareto/NBD, Gamma-Gompertz/NBD or MBG/CNBD-k (`mbgCnbdK(fit.k)`), `probabilityAlive` (e.g. BG/NBD
 * `1/(1 + [x>0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x))`, Fader, Hardie & Lee 2005, eq. 11) and `conditionalExpectedPurchases(·, t)` (eq. 10) are called once per
 * distinct history `(x, t_x, T)`; the spend is Gamma-Gamma's `conditionalExpectedSpend`
 * `p(γ + x m)/(p x + q − 1)` (Fader, Hardie & Lee 2005b, eq. 5) or a constant; the value is
 * `customerLifetimeValue` (`margin × spend × Σ_k ΔE[Y]_k e^{−δ t_k}`, through the models'
 * `weightedExpectedPurchases`). So each row equals the separate calls exactly.
 *
 * Units travel with the fit: the horizons are converted into the fit's time unit (from the summary it was
 * fitted on), a summary given as `customers` must be in the same unit, and `timeUnit` is needed only
 * when nothing else carries it. Invalid customers (a field breaking `0 ≤ recency ≤ T`, a missing
 * `monetaryValue` with a Gamma-Gamma spend, a blank id) and every customer of a duplicated id are
 * reported in `rejected` and change no other row. Rows are sorted by `customerId` (a list already in id
 * order is not re-sorted), or kept in input order with `order: 'input'`. `as: 'columns'` returns typed
 * arrays instead of objects for millions of customers. Complexity: O(n) model evaluations (one per
 * distinct history), plus O(n log n) to sort ids that are not in order.
 *
 * With `intervals`, every score and total also gets lower and upper ends from the uncertainty of the
 * fitted parameters (draws from the fit's covariance on the log scale, or a seeded bootstrap), computed
 * as `predictionIntervals` does (docs/clv.md, "Uncertainty of predictions"); its cost is that of the
 * draws (about draws × the score without intervals, less for data with many tied histories).
 *
 * @param fit - A BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gompertz/NBD or MBG/CNBD-k fit (the result of `fitModel`; an
 *   `mbgCnbdK` fit is scored with `mbgCnbdK(fit.k)`, its regularity recorded in the fit); best of a summary).
 * @param customers - `{ customerId, frequency, recency, T, monetaryValue?, frequencyHoldout? }` records, or a
 *   summary `{ customers, options }` as `summarizeTransactions` returns it.
 * @param options - Horizon, spend, value, time unit, `daysPerYear`, `as`, `order` and `intervals`.
 * @returns Rows (or columns), rejected customers, totals and the settings used.
 * @throws InvalidArgumentError when an option is invalid, `value` is asked without `spend`, the fit is not
 *   of a continuous-time purchase model (or is an `mbgCnbdK` fit without its `k`), or no time unit is
 *   known (the message names `options.timeUnit`).
 * @throws UnitMismatchError when the fit's, the summary's and the passed units disagree, or a horizon cannot
 *   be converted into the fit's unit.
 * @throws EmptyInputError when `customers` is empty.
 * @throws UndefinedResultError when the Gamma-Gamma fit has `q ≤ 1` (no mean spend), or, with `intervals`,
 *   the fit does not identify a parameter (without `notIdentified: 'hold'`) or a spend draw has `q ≤ 1`.
 * @example
 * ```ts
 * const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
 * const scores = scoreCustomers(fit, [
 *   { customerId: 'b', frequency: 0, recency: 0, T: 38.86 },
 *   { customerId: 'a', frequency: 2, recency: 30.43, T: 38.86, frequencyHoldout: 1 },
 * ], { horizon: { value: 39, unit: 'week' }, spend: { expected: 35 }, value: { margin: 0.3, discountRate: { rate: 0.01, per: 'week' }, horizon: { value: 52, unit: 'week' } } });
 * scores.rows.map((r) => r.customerId); // ['a', 'b']
 * scores.rows[0].probabilityAlive.toFixed(4); // '0.7266'
 * scores.rows[0].expectedPurchases.toFixed(3); // '1.226'
 * scores.rows[0].value?.toFixed(2); // '12.95'
 * scores.rows[0].frequencyHoldout; // 1
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: Using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 */
export function scoreCustomers<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreCustomersOptions & { readonly as: 'columns' },
): ScoreColumnsResult;
export function scoreCustomers<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreCustomersOptions & { readonly as?: 'rows' },
): ScoreRowsResult;
export function scoreCustomers<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreCustomersOptions,
): ScoreRowsResult | ScoreColumnsResult;
export function scoreCustomers<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams>,
  customers: readonly C[] | SummarizedData<C>,
  options: ScoreCustomersOptions,
): ScoreRowsResult | ScoreColumnsResult {
  const fn = 'scoreCustomers';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const summarized = isSummarizedData(customers);
  const list: readonly C[] = summarized ? (customers.customers as readonly C[]) : (customers as readonly C[]);
  if (!Array.isArray(list)) throw new InvalidArgumentError(fn, 'customers', 'must be an array or a summary { customers, options }', customers);
  if (list.length === 0) throw new EmptyInputError(fn, 'customers');
  const context = continuousFit(fn, fit, clockOfCustomers(fn, customers), options.timeUnit);
  const as = options.as ?? 'rows';
  if (as !== 'rows' && as !== 'columns') throw new InvalidArgumentError(fn, 'options.as', "must be 'rows' or 'columns'", as);
  const order = options.order ?? 'customerId';
  if (order !== 'customerId' && order !== 'input') throw new InvalidArgumentError(fn, 'options.order', "must be 'customerId' or 'input'", order);
  const daysPerYear = options.daysPerYear;
  if (daysPerYear !== undefined && (typeof daysPerYear !== 'number' || !Number.isFinite(daysPerYear) || daysPerYear <= 0)) {
    throw new InvalidArgumentError(fn, 'options.daysPerYear', 'must be a finite number greater than 0', daysPerYear);
  }
  const horizon = durationInUnits(fn, 'options.horizon', options.horizon, context.clock, daysPerYear, false);
  const spendKind = readSpendKind(fn, options);
  const read = readScoredCustomers(fn, list, spendKind === 'gammaGamma', order);
  const computed = compute(context, read, horizon, options, spendKind);
  const holdout = holdoutColumns(read.list.length, (i) => read.list[i]?.frequencyHoldout, (i) => read.list[i]?.monetaryValueHoldout);
  const settings: ScoreSettings = { model: context.model.name, ...(context.model.k === undefined ? {} : { k: context.model.k }), timeUnit: context.clock.unit, horizon, spend: spendKind, value: computed.valueSettings, order };
  const totals = scoreTotals(computed.expected, computed.value, holdout.frequency);
  const run = options.intervals === undefined || read.list.length === 0 ? undefined : intervalsOf(fn, fit, context, read.list, horizon, options);
  const summary = run === undefined ? {} : { intervals: summaryOf(run) };
  if (as === 'columns') {
    const columns: ScoreColumns = {
      customerIds: read.ids,
      probabilityAlive: computed.alive,
      expectedPurchases: computed.expected,
      expectedSpend: computed.spend,
      discountedPurchases: computed.discounted,
      value: computed.value,
      frequencyHoldout: holdout.frequency,
      monetaryValueHoldout: holdout.monetary,
      ...(run === undefined ? {} : { intervals: intervalColumns(run) }),
    };
    return { as, columns, rejected: read.rejected, totals, settings, ...summary };
  }
  const rows = scoreRows(read.ids, computed, holdout);
  return { as, rows: run === undefined ? rows : withIntervals(rows, run), rejected: read.rejected, totals, settings, ...summary };
}

/** The intervals of a score (`options.intervals`), by the engine of `predictionIntervals`. */
function intervalsOf<C extends ScoreInputCustomer>(
  fn: string,
  fit: PurchaseFitLike<ModelParams>,
  context: ContinuousFit,
  list: readonly C[],
  horizon: number,
  options: ScoreCustomersOptions,
): IntervalRun {
  const value = options.value === undefined ? null : discountedPurchasesOf(fn, context, options.value, options.daysPerYear);
  return runIntervals(fn, 'options.intervals', fit, context, list, horizon, options.spend, value, options.intervals as ScoreIntervalOptions);
}

/** The settings and totals' intervals of a run. */
function summaryOf(run: IntervalRun): ScoreIntervalSummary {
  const t = run.output.totals;
  return {
    level: run.level,
    method: run.method,
    draws: run.draws,
    seed: run.seed,
    held: run.held,
    spendHeld: run.spendHeld,
    bootstrapNotConverged: run.notConverged,
    totals: {
      probabilityAlive: { lower: t.alive.lower, upper: t.alive.upper },
      expectedPurchases: { lower: (t.expected as { lower: number }).lower, upper: (t.expected as { upper: number }).upper },
      value: t.value === null ? null : { lower: t.value.lower, upper: t.value.upper },
    },
  };
}

/** The interval columns of a run. */
function intervalColumns(run: IntervalRun): ScoreIntervalColumns {
  const o = run.output;
  return {
    probabilityAliveLower: o.alive.lower,
    probabilityAliveUpper: o.alive.upper,
    expectedPurchasesLower: o.expected.lower,
    expectedPurchasesUpper: o.expected.upper,
    expectedSpendLower: o.spend === null ? null : o.spend.lower,
    expectedSpendUpper: o.spend === null ? null : o.spend.upper,
    valueLower: o.value === null ? null : o.value.lower,
    valueUpper: o.value === null ? null : o.value.upper,
  };
}

/** The rows with their intervals. */
function withIntervals(rows: readonly ScoreRow[], run: IntervalRun): ScoreRow[] {
  const o = run.output;
  const at = (q: { lower: Float64Array; upper: Float64Array } | null, i: number): ScoreBounds | null =>
    q === null ? null : { lower: q.lower[i] as number, upper: q.upper[i] as number };
  return rows.map((row, i) => ({
    ...row,
    intervals: {
      probabilityAlive: at(o.alive, i) as ScoreBounds,
      expectedPurchases: at(o.expected, i) as ScoreBounds,
      expectedSpend: at(o.spend, i),
      value: at(o.value, i),
    },
  }));
}

/** Which spend the options ask for (and that `value` has one). */
function readSpendKind(fn: string, options: ScoreCustomersOptions): ScoreSettings['spend'] {
  const spend = options.spend;
  let kind: ScoreSettings['spend'] = null;
  if (spend !== undefined) {
    if (spend !== null && typeof spend === 'object' && 'params' in spend) {
      if (spend.model !== undefined && spend.model !== 'gammaGamma') {
        throw new InvalidArgumentError(fn, 'options.spend.model', 'must be "gammaGamma" (a spend fit)', spend.model);
      }
      kind = 'gammaGamma';
    } else if (spend !== null && typeof spend === 'object' && 'expected' in spend) {
      if (typeof spend.expected !== 'number' || !Number.isFinite(spend.expected) || spend.expected < 0) {
        throw new InvalidArgumentError(fn, 'options.spend.expected', 'must be a finite number at least 0', spend.expected);
      }
      kind = 'constant';
    } else {
      throw new InvalidArgumentError(fn, 'options.spend', 'must be a Gamma-Gamma fit ({ params }) or { expected }', spend);
    }
  }
  if (options.value !== undefined) {
    if (options.value === null || typeof options.value !== 'object') throw new InvalidArgumentError(fn, 'options.value', 'must be an object { margin, discountRate, horizon }', options.value);
    if (kind === null) throw new InvalidArgumentError(fn, 'options.spend', 'must be given with `options.value` (the value is margin × spend × discounted purchases)', spend);
  }
  return kind;
}

/** P(alive) and expected purchases once per distinct history, spend, and value by customerLifetimeValue. */
function compute<C extends ScoreInputCustomer>(
  context: ContinuousFit,
  read: ScoredCustomers<C>,
  horizon: number,
  options: ScoreCustomersOptions,
  spendKind: ScoreSettings['spend'],
): Computed {
  const list = read.list;
  const n = list.length;
  const alive = new Float64Array(n);
  const expected = new Float64Array(n);
  const groups = n > 0 ? groupCustomers(list) : undefined;
  const reps = groups === undefined ? list : groups.representatives;
  if (n > 0) {
    const params = context.params as never;
    const a = context.model.probabilityAlive(params, reps);
    const e = context.model.conditionalExpectedPurchases(params, reps, horizon);
    for (let i = 0; i < n; i++) {
      const g = groups === undefined ? i : (groups.groupOf[i] as number);
      alive[i] = a[g] as number;
      expected[i] = e[g] as number;
    }
  }
  const spend = spendColumn(spendKind, options.spend, n, list as unknown as readonly SpendCustomer[]);
  const v = options.value;
  if (v === undefined || spend === null || n === 0) {
    const none = v === undefined ? null : new Float64Array(0); // value asked, no customer left to value
    return { alive, expected, spend, discounted: none, value: none, valueSettings: null };
  }
  // Discounted purchases once per distinct history (spend 1, margin 1: the value is then exactly the
  // discounted purchases), and each customer's value as customerLifetimeValue forms it.
  if (typeof v.margin !== 'number' || !(v.margin >= 0 && v.margin <= 1)) {
    throw new InvalidArgumentError('scoreCustomers', 'options.value.margin', 'must be a number from 0 to 1', v.margin);
  }
  const clv = customerLifetimeValue(reps, {
    purchaseFit: { model: context.model.name, ...(context.model.k === undefined ? {} : { k: context.model.k }), params: context.params, timeUnit: context.clock.unit, data: fitDataOf(context) },
    spend: { expected: 1 },
    margin: 1,
    discountRate: v.discountRate,
    horizon: v.horizon,
    ...(v.step === undefined ? {} : { step: v.step }),
    ...(v.discounting === undefined ? {} : { discounting: v.discounting }),
    ...(options.daysPerYear === undefined ? {} : { daysPerYear: options.daysPerYear }),
  });
  const { discounted, value } = customerValues(read.ids, clv.discountedPurchases, groups?.groupOf, spend, v.margin);
  return {
    alive,
    expected,
    spend,
    discounted,
    value,
    valueSettings: {
      margin: v.margin,
      discounting: clv.discounting,
      method: clv.method,
      horizon: clv.horizon,
      step: clv.step,
      steps: clv.steps,
      lastStep: clv.lastStep,
      ratePerUnit: clv.ratePerUnit,
    },
  };
}

/** The fit conventions handed on to `customerLifetimeValue` (only the unit length matters there). */
function fitDataOf(context: ContinuousFit): NonNullable<PurchaseFitLike<ModelParams>['data']> {
  return {
    source: 'array',
    unitDays: context.clock.unitDays,
    monthLength: null,
    mergeBy: null,
    calibrationEnd: null,
    observationEnd: null,
    records: 0,
    excluded: 0,
  };
}
