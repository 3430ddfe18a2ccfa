import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { bgBb } from './bgBb/index';
import { checkDiscreteCustomer, MAX_OPPORTUNITIES } from './bgBb/checkDiscreteCustomer';
import type { BgBbParams } from './bgBb/types';
import type { DrawableFit } from './drawParameters';
import { discreteIntervalEngine, type DiscretePrediction } from './internal/intervals/discreteIntervalEngine';
import { drawFitRows } from './internal/intervals/drawFitRows';
import { parameterIntervals } from './internal/intervals/parameterIntervals';
import { bootstrapDraws, refitSettings } from './internal/intervals/bootstrapDraws';
import { readIntervalRequest, type CheckedIntervalRequest } from './internal/intervals/readIntervalRequest';
import { readScoredCustomers, type ScoredCustomers } from './internal/readScoredCustomers';
import type { PredictionInterval } from './predictionIntervals';
import type { ScoreRejectedCustomer } from './scoreCustomers';
import type { IntervalsFromDrawsOptions } from './intervalsFromDraws';
import type { DiscreteCustomer } from './types';

/** A BG/BB prediction {@link bgBbPredictionIntervals} can give an interval for. */
export type BgBbPredictionQuantity = 'probabilityAlive' | 'expectedPurchases' | 'clv';

/** A BG/BB customer to score: an id and the history in opportunities. */
export interface BgBbScoreCustomer extends DiscreteCustomer {
  /** The customer's id: a non-blank string or a safe integer, unique. */
  readonly customerId: string | number;
}

/** Options of {@link bgBbPredictionIntervals}: the draws' `level`, `draws`, `seed`, `method` and `notIdentified`, and what to predict. */
export interface BgBbPredictionIntervalsOptions extends IntervalsFromDrawsOptions {
  /**
   * `'parameters'` (default): draw the parameters from the fit's covariance (1,000 draws by default).
   * `'bootstrap'`: resample the customers with replacement and refit BG/BB on each sample (200 refits by
   * default, at most 10,000); `customers` must then be the data the fit was made on, a `weight` counting customers.
   */
  readonly method?: 'parameters' | 'bootstrap';
  /** Future opportunities `n*` of the expected purchases, an integer 0 to 1,000,000 (needed for `'expectedPurchases'`). */
  readonly horizon?: number;
  /**
   * The residual lifetime value `clv = marginPerPurchase × DERT(d)`: `discountRate` `d` per opportunity
   * (at least 1e-4) and the expected margin of one purchase, in money units (needed for `'clv'`).
   */
  readonly value?: { readonly discountRate: number; readonly marginPerPurchase: number };
  /** The predictions to report (default: P(alive), plus expected purchases with `horizon` and `clv` with `value`). */
  readonly quantities?: readonly BgBbPredictionQuantity[];
  /** `'customerId'` (default): rows sorted by id (JavaScript string order). `'input'`: in input order. */
  readonly order?: 'customerId' | 'input';
}

/** One customer's intervals (`null` for a quantity not asked for). */
export interface BgBbPredictionIntervalRow {
  /** The customer's id, as a string. */
  readonly customerId: string;
  /** P(alive at the next opportunity `n + 1`). */
  readonly probabilityAlive: PredictionInterval | null;
  /** Expected purchases in the next `horizon` opportunities. */
  readonly expectedPurchases: PredictionInterval | null;
  /** Residual lifetime value `marginPerPurchase × DERT(d)`, money units. */
  readonly clv: PredictionInterval | null;
}

/** The result of {@link bgBbPredictionIntervals}. */
export interface BgBbPredictionIntervalsResult {
  /** One row per valid customer. */
  readonly rows: BgBbPredictionIntervalRow[];
  /** Intervals of the sums over the customers (`null` for a quantity not asked for). */
  readonly totals: {
    readonly customers: number;
    readonly probabilityAlive: PredictionInterval | null;
    readonly expectedPurchases: PredictionInterval | null;
    readonly clv: PredictionInterval | null;
  };
  /** The parameters: estimate and the quantiles of the draws. */
  readonly parameters: Readonly<Record<string, PredictionInterval>>;
  /** Customers left out (invalid history or id, duplicated id), by input index, with the reason. */
  readonly rejected: ScoreRejectedCustomer[];
  /** The settings used. */
  readonly settings: {
    readonly model: 'bgBb';
    readonly quantities: BgBbPredictionQuantity[];
    readonly horizon: number | null;
    readonly discountRate: number | null;
    readonly marginPerPurchase: number | null;
    readonly level: number;
    readonly method: 'parameters' | 'bootstrap';
    readonly draws: number;
    readonly seed: number;
    readonly held: string[];
    /** Bootstrap refits that did not converge (kept), `null` for parameter draws. */
    readonly bootstrapNotConverged: number | null;
    readonly order: 'customerId' | 'input';
  };
}

const fn = 'bgBbPredictionIntervals';
const QUANTITIES: readonly BgBbPredictionQuantity[] = ['probabilityAlive', 'expectedPurchases', 'clv'];

/**
 * Intervals for every BG/BB customer's P(alive), expected purchases and residual lifetime value, and for
 * their totals, from the uncertainty of the fitted parameters: the discrete-time counterpart of
 * `predictionIntervals`.
 *
 * @remarks
 * The parameters `(α, β, γ, δ)` are drawn `draws` times from the fit's asymptotic normal distribution on
 * the log scale (`drawParameters`, King, Tomz & Wittenberg 2000); each prediction is recomputed per draw
 * with the model's own functions (Fader, Hardie & Shang 2010: P(alive) eq. 11, expected purchases in the
 * next `n*` opportunities eq. 13, discounted expected residual purchases eq. 14), once per distinct history
 * `(x, t_x, n)`; the interval is the type-7 `(1 ∓ level)/2` quantiles of the draws and `estimate` the
 * prediction at the fitted parameters. The totals' intervals are the quantiles of each draw's sum over the
 * customers. Seeded: the same fit, customers and seed give the same numbers. Like every parameter-draw
 * interval, they say how well the expected value is known, not how many purchases a customer will make.
 * Cost: draws × distinct histories evaluations of each quantity (a 6-opportunity panel has at most 22
 * histories, so 1,000 draws take milliseconds; the residual value sums about `40/d` series terms each).
 *
 * With `method: 'bootstrap'` each draw is instead a refit of BG/BB (`fitModel`, started at the estimate,
 * with the fit's bounds and penalty) on the customers resampled with replacement (Efron & Tibshirani 1993,
 * ch. 6; a row's `weight` counts its customers), so `customers` must be the data the fit was made on. It
 * needs no covariance and does not lean on the normal approximation, at the cost of one fit per draw
 * (200 by default); refits that do not converge are kept and counted in `settings.bootstrapNotConverged`.
 *
 * @param fit - A BG/BB fit from `fitModel(bgBb, …)` (with `parameterNames` and `logCovariance`).
 * @param customers - `{ customerId, frequency, recency, n }` records in opportunities.
 * @param options - Horizon, value, quantities, level, draws, seed, method, notIdentified and order.
 * @returns Rows keyed by `customerId`, the totals' and parameters' intervals, the rejected customers and the settings.
 * @throws InvalidArgumentError when `fit` is not a drawable BG/BB fit, an option is invalid, or a quantity
 *   is asked without what it needs (`horizon`, `value`).
 * @throws UndefinedResultError when the fit does not identify a parameter (named) without `notIdentified: 'hold'`.
 * @throws EmptyInputError when there is no customer, or none is valid.
 * @example
 * ```ts
 * const data = simulateBgBb({ alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 }, { customers: 5000, opportunities: 6, seed: 1 });
 * const fit = fitModel(bgBb, data);
 * const result = bgBbPredictionIntervals(fit, data.map((c, i) => ({ customerId: i + 1, ...c })), {
 *   horizon: 5,
 *   value: { discountRate: 0.1, marginPerPurchase: 20 },
 *   draws: 1000,
 *   seed: 7,
 * });
 * const total = result.totals.expectedPurchases!;
 * total.lower < total.estimate && total.estimate < total.upper; // true
 * result.rows[0].clv; // { estimate, lower, upper } of customer "1"
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 * @see Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall/CRC.
 * @see King, G., Tomz, M. & Wittenberg, J. (2000). Making the most of statistical analyses: improving
 * interpretation and presentation. American Journal of Political Science 44(2), 347–361. https://doi.org/10.2307/2669316
 */
export function bgBbPredictionIntervals(
  fit: DrawableFit<BgBbParams>,
  customers: readonly BgBbScoreCustomer[],
  options: BgBbPredictionIntervalsOptions = {},
): BgBbPredictionIntervalsResult {
  if (fit === null || typeof fit !== 'object' || fit.model !== 'bgBb') {
    throw new InvalidArgumentError(fn, 'fit.model', "must be 'bgBb' (a fit from fitModel(bgBb, …); for the continuous-time models use predictionIntervals)", (fit as { model?: unknown } | null)?.model);
  }
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object { horizon, value, draws, … }', options);
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array of { customerId, frequency, recency, n }', customers);
  if (customers.length === 0) throw new EmptyInputError(fn, 'customers');
  const request = readIntervalRequest(fn, 'options', options);
  const order = options.order ?? 'customerId';
  if (order !== 'customerId' && order !== 'input') throw new InvalidArgumentError(fn, 'options.order', "must be 'customerId' or 'input'", order);
  const { quantities, predictions, horizon, value } = readQuantities(options);
  const read = readScoredCustomers(fn, customers, false, order, (c, i) => checkDiscreteCustomer(fn, `customers[${i}]`, c));
  if (read.list.length === 0) throw new EmptyInputError(fn, `customers (all ${customers.length} rejected; the first: ${read.rejected[0]?.field} ${read.rejected[0]?.reason})`);
  const { rows: draws, held, notConverged } = bgBbDraws(fit, read, request);
  const out = discreteIntervalEngine(fit.params, draws, read.list, predictions, request.level);
  const of = (q: BgBbPredictionQuantity) => {
    const k = quantities.indexOf(q);
    return k < 0 ? null : out[k] ?? null;
  };
  const columns = { probabilityAlive: of('probabilityAlive'), expectedPurchases: of('expectedPurchases'), clv: of('clv') };
  const at = (c: (typeof columns)[BgBbPredictionQuantity], i: number): PredictionInterval | null =>
    c === null ? null : { estimate: c.estimate[i] as number, lower: c.lower[i] as number, upper: c.upper[i] as number };
  return {
    rows: read.ids.map((customerId, i) => ({
      customerId,
      probabilityAlive: at(columns.probabilityAlive, i),
      expectedPurchases: at(columns.expectedPurchases, i),
      clv: at(columns.clv, i),
    })),
    totals: {
      customers: read.list.length,
      probabilityAlive: columns.probabilityAlive?.total ?? null,
      expectedPurchases: columns.expectedPurchases?.total ?? null,
      clv: columns.clv?.total ?? null,
    },
    parameters: parameterIntervals(fit.params, draws, request.level),
    rejected: read.rejected,
    settings: {
      model: 'bgBb',
      quantities,
      horizon,
      discountRate: value?.discountRate ?? null,
      marginPerPurchase: value?.marginPerPurchase ?? null,
      level: request.level,
      method: request.method,
      draws: request.draws,
      seed: request.seed,
      held,
      bootstrapNotConverged: notConverged,
      order,
    },
  };
}

/** The parameter sets of the intervals: draws from the fit's covariance, or refits on bootstrap samples of the customers. */
function bgBbDraws(
  fit: DrawableFit<BgBbParams>,
  read: ScoredCustomers<BgBbScoreCustomer>,
  request: CheckedIntervalRequest,
): { rows: BgBbParams[]; held: string[]; notConverged: number | null } {
  if (request.method === 'parameters') return { ...drawFitRows(fn, fit, request), notConverged: null };
  const row = (c: BgBbScoreCustomer, weight: number) => ({ frequency: c.frequency, recency: c.recency, n: c.n, weight });
  const b = bootstrapDraws(fn, bgBb as never, read.list, refitSettings(fit), null, request.draws, request.seed, row, read.index);
  return { rows: b.purchase as unknown as BgBbParams[], held: [], notConverged: b.notConverged };
}

/** The quantities asked for (checked against what they need) and the prediction of each. */
function readQuantities(options: BgBbPredictionIntervalsOptions): {
  quantities: BgBbPredictionQuantity[];
  predictions: DiscretePrediction[];
  horizon: number | null;
  value: { discountRate: number; marginPerPurchase: number } | null;
} {
  const horizon = options.horizon ?? null;
  if (horizon !== null && (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 0 || horizon > MAX_OPPORTUNITIES)) {
    throw new InvalidArgumentError(fn, 'options.horizon', 'must be an integer 0-1000000 (future opportunities)', horizon);
  }
  const value = readValue(options.value);
  const asked = options.quantities ?? QUANTITIES.filter((q) => q === 'probabilityAlive' || (q === 'expectedPurchases' && horizon !== null) || (q === 'clv' && value !== null));
  if (!Array.isArray(asked) || asked.length === 0) throw new InvalidArgumentError(fn, 'options.quantities', `must be a non-empty array of ${QUANTITIES.join(', ')}`, options.quantities);
  const quantities = QUANTITIES.filter((q) => asked.includes(q));
  const unknown = asked.find((q) => !QUANTITIES.includes(q));
  if (unknown !== undefined) throw new InvalidArgumentError(fn, 'options.quantities', `must hold only ${QUANTITIES.join(', ')}`, unknown);
  if (quantities.includes('expectedPurchases') && horizon === null) {
    throw new InvalidArgumentError(fn, 'options.horizon', "is required for 'expectedPurchases': the number of future opportunities", horizon);
  }
  if (quantities.includes('clv') && value === null) {
    throw new InvalidArgumentError(fn, 'options.value', "is required for 'clv': { discountRate (per opportunity), marginPerPurchase }", options.value);
  }
  const predictions = quantities.map((q): DiscretePrediction => {
    if (q === 'probabilityAlive') return (params, histories) => bgBb.probabilityAlive(params, histories);
    if (q === 'expectedPurchases') return (params, histories) => bgBb.conditionalExpectedPurchases(params, histories, horizon as number);
    const v = value as { discountRate: number; marginPerPurchase: number };
    return (params, histories) => bgBb.discountedExpectedResidualPurchases(params, histories, v.discountRate).map((d) => v.marginPerPurchase * d);
  });
  return { quantities, predictions, horizon, value };
}

/** The `value` option checked: a discount rate per opportunity of at least 1e-4 and a finite margin per purchase. */
function readValue(value: BgBbPredictionIntervalsOptions['value']): { discountRate: number; marginPerPurchase: number } | null {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') throw new InvalidArgumentError(fn, 'options.value', 'must be an object { discountRate, marginPerPurchase }', value);
  const { discountRate, marginPerPurchase } = value;
  if (typeof discountRate !== 'number' || !Number.isFinite(discountRate) || discountRate < 1e-4) {
    throw new InvalidArgumentError(fn, 'options.value.discountRate', 'must be a finite number at least 0.0001 (per opportunity)', discountRate);
  }
  if (typeof marginPerPurchase !== 'number' || !Number.isFinite(marginPerPurchase)) {
    throw new InvalidArgumentError(fn, 'options.value.marginPerPurchase', 'must be a finite number (money per purchase)', marginPerPurchase);
  }
  return { discountRate, marginPerPurchase };
}
