import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { Duration, PurchaseFitLike } from './customerLifetimeValue';
import type { DrawableFit } from './drawParameters';
import type { GammaGammaParams } from './gammaGamma/types';
import { clockOfCustomers } from './internal/clockOfCustomers';
import { continuousFit } from './internal/continuousFit';
import { durationInUnits } from './internal/durationInUnits';
import { discountedPurchasesOf } from './internal/intervals/discountedPurchasesOf';
import type { EngineQuantity } from './internal/intervals/intervalEngine';
import { runIntervals } from './internal/intervals/runIntervals';
import { isSummarizedData } from './internal/modelClock';
import { readScoredCustomers } from './internal/readScoredCustomers';
import type { ScoreInputCustomer, ScoreRejectedCustomer, ScoreValueOptions } from './scoreCustomers';
import type { ModelParams, ModelTimeUnit, SummarizedData } from './types';

/** A prediction {@link predictionIntervals} can give an interval for. */
export type PredictionQuantity = 'probabilityAlive' | 'expectedPurchases' | 'expectedSpend' | 'clv';

/** A point estimate with its interval. */
export interface PredictionInterval {
  /** The prediction at the fitted parameters (what `scoreCustomers` reports). */
  readonly estimate: number;
  /** Lower end: the `(1 − level)/2` quantile of the prediction over the draws. */
  readonly lower: number;
  /** Upper end: the `(1 + level)/2` quantile over the draws. */
  readonly upper: number;
}

/** Options of {@link predictionIntervals}. */
export interface PredictionIntervalsOptions {
  /** Horizon of the expected purchases, e.g. `{ value: 52, unit: 'week' }` (converted into the fit's unit). */
  readonly horizon: Duration;
  /**
   * The predictions to report (default: P(alive) and expected purchases, plus expected spend with
   * `spend` and `clv` with `value`). `'expectedSpend'` needs `spend`; `'clv'` needs `spend` and `value`.
   */
  readonly quantities?: readonly PredictionQuantity[];
  /** Central coverage of the intervals, in (0, 1). Default 0.9 (the 5 % and 95 % quantiles). */
  readonly level?: number;
  /** Parameter draws or bootstrap refits. Default 1,000 (`'parameters'`, at most 100,000) or 200 (`'bootstrap'`, at most 10,000). */
  readonly draws?: number;
  /** Seed of the draws (the spend model's parameter draws use `seed + 1`). Default 1. */
  readonly seed?: number;
  /**
   * `'parameters'` (default): draw the parameters from the fit's asymptotic normal distribution on the
   * log scale (`drawParameters`). `'bootstrap'`: resample the customers with replacement and refit
   * (`fitModel`) each time; the customers must then be the data the fit was made on.
   */
  readonly method?: 'parameters' | 'bootstrap';
  /** Parameters the fit does not identify: `'throw'` (default) or `'hold'` them at their estimates (see `drawParameters`). */
  readonly notIdentified?: 'throw' | 'hold';
  /**
   * Spend per purchase: a Gamma-Gamma fit from `fitModel` (its parameters are then drawn too, or refitted
   * on the bootstrap samples' repeat buyers; each customer needs `monetaryValue`), bare `{ params }`
   * (held at the estimate), or one expected value for everyone, `{ expected }`, in money units.
   */
  readonly spend?: { readonly params: GammaGammaParams; readonly model?: string } | { readonly expected: number };
  /** The discounted lifetime value (`clv`), as in `scoreCustomers`; needs `spend`. */
  readonly value?: ScoreValueOptions;
  /** The unit of recency and T, needed only when neither the fit nor a summary carries it. */
  readonly timeUnit?: ModelTimeUnit;
  /** Days in a year, to convert between days/weeks and months/years (e.g. 365.25). */
  readonly daysPerYear?: number;
  /** `'rows'` (default): one object per customer. `'columns'`: typed arrays, for many customers. */
  readonly as?: 'rows' | 'columns';
  /** `'customerId'` (default): sorted by id (JavaScript string order). `'input'`: in input order. */
  readonly order?: 'customerId' | 'input';
}

/** One customer's intervals (`null` for a quantity not asked for). */
export interface PredictionIntervalRow {
  /** The customer's id, as a string. */
  readonly customerId: string;
  /** P(alive) at the end of calibration. */
  readonly probabilityAlive: PredictionInterval | null;
  /** Expected purchases over the horizon. */
  readonly expectedPurchases: PredictionInterval | null;
  /** Expected spend per purchase, money units. */
  readonly expectedSpend: PredictionInterval | null;
  /** Discounted lifetime value `margin × spend × discounted purchases`, money units. */
  readonly clv: PredictionInterval | null;
}

/** One quantity as columns: entry `i` belongs to `customerIds[i]`. */
export interface PredictionIntervalColumn {
  /** Point estimates. */
  readonly estimate: Float64Array;
  /** Lower ends. */
  readonly lower: Float64Array;
  /** Upper ends. */
  readonly upper: Float64Array;
}

/** The intervals as columns. */
export interface PredictionIntervalColumns {
  /** Customer ids, as strings, in the result's order. */
  readonly customerIds: string[];
  /** P(alive), `null` when not asked for. */
  readonly probabilityAlive: PredictionIntervalColumn | null;
  /** Expected purchases over the horizon, `null` when not asked for. */
  readonly expectedPurchases: PredictionIntervalColumn | null;
  /** Expected spend per purchase, `null` when not asked for. */
  readonly expectedSpend: PredictionIntervalColumn | null;
  /** Discounted lifetime value, `null` when not asked for. */
  readonly clv: PredictionIntervalColumn | null;
}

/** Intervals of the whole customer base's totals (each draw's sum over the customers). */
export interface PredictionIntervalTotals {
  /** Customers scored. */
  readonly customers: number;
  /** Expected number of customers alive, `Σ P(alive)`. */
  readonly probabilityAlive: PredictionInterval;
  /**
   * Expected purchases of all customers over the horizon; `null` when neither `'expectedPurchases'` nor
   * `'clv'` is asked for (P(alive) alone needs no expectation, and is much faster).
   */
  readonly expectedPurchases: PredictionInterval | null;
  /** Customer equity `Σ clv`, `null` without `value`. */
  readonly clv: PredictionInterval | null;
}

/** The settings used, echoed. */
export interface PredictionIntervalSettings {
  /** The purchase model. */
  readonly model: 'bgNbd' | 'mbgNbd' | 'paretoNbd' | 'ggomNbd' | 'mbgCnbdK';
  /** The model time unit. */
  readonly timeUnit: ModelTimeUnit;
  /** Horizon of the expected purchases, model time units. */
  readonly horizon: number;
  /** The quantities reported. */
  readonly quantities: PredictionQuantity[];
  /** Central coverage of the intervals. */
  readonly level: number;
  /** How the uncertainty was found. */
  readonly method: 'parameters' | 'bootstrap';
  /** Parameter draws or bootstrap refits. */
  readonly draws: number;
  /** The seed. */
  readonly seed: number;
  /** Purchase parameters held at their estimates (`notIdentified: 'hold'`). */
  readonly held: string[];
  /**
   * The spend model's parameters held at their estimates: `'fixed'` when `spend` has no covariance
   * (bare `{ params }`), a list (empty when all were drawn) for a Gamma-Gamma fit, `null` without one.
   */
  readonly spendHeld: string[] | 'fixed' | null;
  /** Bootstrap refits that did not converge (kept), `null` for parameter draws. */
  readonly bootstrapNotConverged: number | null;
  /** Row order. */
  readonly order: 'customerId' | 'input';
}

/** What every result of {@link predictionIntervals} holds besides its rows or columns. */
interface PredictionIntervalsBase {
  /** Intervals of the totals over all scored customers. */
  readonly totals: PredictionIntervalTotals;
  /** The purchase parameters: estimate and the quantiles of the draws (or refits). */
  readonly parameters: Readonly<Record<string, PredictionInterval>>;
  /** The same for the Gamma-Gamma spend parameters, `null` when they were not drawn. */
  readonly spendParameters: Readonly<Record<string, PredictionInterval>> | null;
  /** Customers left out (invalid record, duplicated id), by input index. */
  readonly rejected: ScoreRejectedCustomer[];
  /** The settings used. */
  readonly settings: PredictionIntervalSettings;
}

/** The result of {@link predictionIntervals} with `as: 'rows'` (the default). */
export interface PredictionIntervalsRowsResult extends PredictionIntervalsBase {
  /** The form of the result. */
  readonly as: 'rows';
  /** One row per customer. */
  readonly rows: PredictionIntervalRow[];
}

/** The result of {@link predictionIntervals} with `as: 'columns'`. */
export interface PredictionIntervalsColumnsResult extends PredictionIntervalsBase {
  /** The form of the result. */
  readonly as: 'columns';
  /** The intervals as typed-array columns. */
  readonly columns: PredictionIntervalColumns;
}

const QUANTITIES: readonly PredictionQuantity[] = ['probabilityAlive', 'expectedPurchases', 'expectedSpend', 'clv'];

/**
 * Intervals for every customer's P(alive), expected purchases, expected spend and lifetime value, and for
 * the customer base's totals, from the uncertainty of the fitted parameters.
 *
 * @remarks
 * Each prediction is a function of the parameters, so its sampling uncertainty follows theirs. With
 * `method: 'parameters'` (default) the purchase parameters are drawn `draws` times from the fit's
 * asymptotic normal distribution on the log scale (`drawParameters`: `θ ~ N(θ̂, H⁻¹)`; King, Tomz &
 * Wittenberg 2000), and a Gamma-Gamma spend fit's parameters likewise and independently (seed + 1);
 * every prediction is recomputed per draw and the interval is the type-7 `(1 ∓ level)/2` quantiles of the
 * draws, while `estimate` is the prediction at the fitted parameters (it equals `scoreCustomers`' column).
 * With `method: 'bootstrap'` each draw instead refits the models on `n` customers resampled with
 * replacement (Efron & Tibshirani 1993): no normality assumption, but it needs the fitting data and is
 * expensive. Both are seeded and reproducible: the same inputs and seed give the same numbers.
 * The intervals describe parameter (estimation) uncertainty only: they say how well the expected value
 * is known, not how many purchases a customer will make (that spread is the model's own, e.g.
 * `probabilityOfPurchases`).
 *
 * Computation per draw: P(alive) once per distinct history `(x, t_x, T)` by a table-driven kernel (one
 * exponential each for BG/NBD and MBG/NBD; Pareto/NBD, GGom/NBD and MBG/CNBD-k use their own
 * `probabilityAlive`), and the expected and discounted purchases through
 * `E[Y(t) | x, t_x, T] = P(alive) · E[Y(t) | alive, x, T]` once per distinct `(x, T)` (a few thousand for
 * a year of daily data): interpolated per frequency in `ln(1 + T/α)` and checked against the model's own
 * value to 1e-8 (far below the Monte Carlo error of a quantile); for MBG/CNBD-k the second factor is the
 * MBG/NBD one at `k·α` (Platzer & Reutterer 2016, as BTYDplus), for GGom/NBD
 * `(r+x)/(α+T) · ∫_0^t S(T+u)/S(T) du` with the integral once per distinct `T` (Bemmaor & Glady 2012);
 * the regularity `k` of an MBG/CNBD-k fit is held, not drawn. The estimates use the model functions directly. Each history's draws are computed into
 * reused buffers and their quantiles selected at once, among the few values beyond the draws that bounded
 * the previous history's tails (neighbouring histories rank the draws almost alike; the same order
 * statistics as a full selection, O(draws) each); the per-draw expectations of the `(x, T)` pairs are
 * kept for all pairs up to 8 million doubles (64 MB), else per block of histories. Memory therefore stays
 * bounded (well under 100 MB besides the input) whatever customers × draws is: no 1e8-double matrix is
 * stored, and every kept value is a float64.
 *
 * Cost: parameter draws ≈ draws × (distinct histories + ~14 evaluations per frequency × steps of the
 * value) model evaluations, plus O(draws) selection per history: 1,000 draws of P(alive) and a one-year
 * CLV in 4-week steps for 100,000 daily-observed customers (32,000 distinct histories) take a few
 * seconds of CPU, about half of it the pairs' expectations, P(alive) alone under 2 s
 * (`npm run bench -- intervals`). Asking only for the quantities needed
 * saves their selection; P(alive) alone skips the expectations entirely. Bootstrap ≈ draws × one
 * `fitModel` (plus one Gamma-Gamma fit) on the whole data plus the same prediction work: one BG/NBD refit
 * of 10,000 customers takes a fraction of a second, so 200 refits take tens of seconds (Pareto/NBD several
 * times more); use it to check the parametric intervals, not routinely.
 *
 * @param fit - A BG/NBD, MBG/NBD, Pareto/NBD, GGom/NBD or MBG/CNBD-k fit from `fitModel` (with `logCovariance`).
 * @param customers - `{ customerId, frequency, recency, T, monetaryValue? }` records, or a summary
 *   `{ customers, options }`. For `'bootstrap'`, the data the fit was made on.
 * @param options - Horizon, quantities, level, draws, seed, method, spend, value, units, form and order.
 * @returns Per-customer intervals (rows or columns, sorted by id), totals' intervals, parameter
 *   intervals, rejected customers and the settings used.
 * @throws InvalidArgumentError when an option is invalid, a quantity is asked without what it needs, or
 *   `fit` has no covariance with `method: 'parameters'`.
 * @throws UndefinedResultError when the fit does not identify a parameter (named) without
 *   `notIdentified: 'hold'`, or a spend draw has `q ≤ 1`.
 * @throws UnitMismatchError when the fit's, the summary's and the passed units disagree.
 * @throws EmptyInputError when `customers` is empty.
 * @example
 * ```ts
 * const data = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 2000, seed: 1, T: 39 });
 * const fit = fitModel(bgNbd, data, { timeUnit: 'week' });
 * const result = predictionIntervals(fit, data.map((c, i) => ({ customerId: i + 1, ...c })), {
 *   horizon: { value: 52, unit: 'week' },
 *   draws: 1000,
 *   seed: 7,
 * });
 * const total = result.totals.expectedPurchases!; // null only when no expectation is asked for
 * total.lower < total.estimate && total.estimate < total.upper; // true
 * result.rows[0].probabilityAlive?.lower <= result.rows[0].probabilityAlive?.upper; // true
 * ```
 * @see King, G., Tomz, M. & Wittenberg, J. (2000). Making the most of statistical analyses: improving
 * interpretation and presentation. American Journal of Political Science 44(2), 347–361.
 * https://doi.org/10.2307/2669316
 * @see Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall.
 * https://doi.org/10.1201/9780429246593
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function predictionIntervals<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams> & Partial<DrawableFit<ModelParams>>,
  customers: readonly C[] | SummarizedData<C>,
  options: PredictionIntervalsOptions & { readonly as: 'columns' },
): PredictionIntervalsColumnsResult;
export function predictionIntervals<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams> & Partial<DrawableFit<ModelParams>>,
  customers: readonly C[] | SummarizedData<C>,
  options: PredictionIntervalsOptions & { readonly as?: 'rows' },
): PredictionIntervalsRowsResult;
export function predictionIntervals<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams> & Partial<DrawableFit<ModelParams>>,
  customers: readonly C[] | SummarizedData<C>,
  options: PredictionIntervalsOptions,
): PredictionIntervalsRowsResult | PredictionIntervalsColumnsResult;
export function predictionIntervals<C extends ScoreInputCustomer>(
  fit: PurchaseFitLike<ModelParams> & Partial<DrawableFit<ModelParams>>,
  customers: readonly C[] | SummarizedData<C>,
  options: PredictionIntervalsOptions,
): PredictionIntervalsRowsResult | PredictionIntervalsColumnsResult {
  const fn = 'predictionIntervals';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object { horizon, … }', options);
  const list: readonly C[] = isSummarizedData(customers) ? (customers.customers as readonly C[]) : (customers as readonly C[]);
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
  const spend = readSpend(fn, options);
  const quantities = readQuantities(fn, options, spend !== undefined);
  const value = options.value === undefined ? null : discountedPurchasesOf(fn, context, options.value, daysPerYear);
  const read = readScoredCustomers(fn, list, spend !== undefined && 'params' in spend, order);
  if (read.list.length === 0) throw new EmptyInputError(fn, 'customers (every record was rejected; see the first reason by scoring one)');
  const skip = { alive: !quantities.includes('probabilityAlive'), expected: !quantities.includes('expectedPurchases') };
  const run = runIntervals(fn, 'options', fit, context, read.list, horizon, spend, value, options, skip);
  const o = run.output;
  const pick = (q: PredictionQuantity, column: EngineQuantity | null): EngineQuantity | null => (quantities.includes(q) ? column : null);
  const picked = { probabilityAlive: pick('probabilityAlive', o.alive), expectedPurchases: pick('expectedPurchases', o.expected), expectedSpend: pick('expectedSpend', o.spend), clv: pick('clv', o.value) };
  const base: PredictionIntervalsBase = {
    totals: { customers: read.list.length, probabilityAlive: o.totals.alive, expectedPurchases: o.totals.expected, clv: o.totals.value },
    parameters: run.parameters,
    spendParameters: run.spendParameters,
    rejected: read.rejected,
    settings: {
      model: context.model.name,
      timeUnit: context.clock.unit,
      horizon,
      quantities,
      level: run.level,
      method: run.method,
      draws: run.draws,
      seed: run.seed,
      held: run.held,
      spendHeld: run.spendHeld,
      bootstrapNotConverged: run.notConverged,
      order,
    },
  };
  if (as === 'columns') return { as, columns: { customerIds: read.ids, ...picked }, ...base };
  const at = (column: EngineQuantity | null, i: number): PredictionInterval | null =>
    column === null ? null : { estimate: column.estimate[i] as number, lower: column.lower[i] as number, upper: column.upper[i] as number };
  const rows = read.ids.map((customerId, i) => ({
    customerId,
    probabilityAlive: at(picked.probabilityAlive, i),
    expectedPurchases: at(picked.expectedPurchases, i),
    expectedSpend: at(picked.expectedSpend, i),
    clv: at(picked.clv, i),
  }));
  return { as, rows, ...base };
}

/** The spend option, checked. */
function readSpend(fn: string, options: PredictionIntervalsOptions): PredictionIntervalsOptions['spend'] {
  const spend = options.spend;
  if (spend === undefined) {
    if (options.value !== undefined) throw new InvalidArgumentError(fn, 'options.spend', 'must be given with `options.value` (the value is margin × spend × discounted purchases)', spend);
    return undefined;
  }
  if (spend !== null && typeof spend === 'object' && 'params' in spend) {
    if (spend.model !== undefined && spend.model !== 'gammaGamma') throw new InvalidArgumentError(fn, 'options.spend.model', 'must be "gammaGamma" (a spend fit)', spend.model);
    return spend;
  }
  if (spend !== null && typeof spend === 'object' && 'expected' in spend) {
    if (typeof spend.expected !== 'number' || !Number.isFinite(spend.expected) || spend.expected < 0) {
      throw new InvalidArgumentError(fn, 'options.spend.expected', 'must be a finite number at least 0', spend.expected);
    }
    return spend;
  }
  throw new InvalidArgumentError(fn, 'options.spend', 'must be a Gamma-Gamma fit ({ params }) or { expected }', spend);
}

/** The quantities asked for (default: all that the options allow), checked. */
function readQuantities(fn: string, options: PredictionIntervalsOptions, hasSpend: boolean): PredictionQuantity[] {
  const hasValue = options.value !== undefined;
  const asked = options.quantities;
  if (asked === undefined) return QUANTITIES.filter((q) => (q === 'expectedSpend' ? hasSpend : q === 'clv' ? hasValue : true));
  if (!Array.isArray(asked) || asked.length === 0) throw new InvalidArgumentError(fn, 'options.quantities', `must be a non-empty array of ${QUANTITIES.join(', ')}`, asked);
  asked.forEach((q, i) => {
    if (!QUANTITIES.includes(q)) throw new InvalidArgumentError(fn, `options.quantities[${i}]`, `must be one of ${QUANTITIES.join(', ')}`, q);
    if (q === 'expectedSpend' && !hasSpend) throw new InvalidArgumentError(fn, 'options.spend', "must be given to ask for 'expectedSpend'", options.spend);
    if (q === 'clv' && !hasValue) throw new InvalidArgumentError(fn, 'options.value', "must be given to ask for 'clv' (margin, discount rate, horizon)", options.value);
  });
  return QUANTITIES.filter((q) => asked.includes(q));
}
