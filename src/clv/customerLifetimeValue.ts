import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { isClienteleError } from '../core/errors/isClienteleError';
import { restateError } from '../core/errors/restateError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { gaussLegendre } from '../core/integrate/gaussLegendre';
import { neumaierSum } from '../core/stats/neumaierSum';
import { groupCustomers } from './internal/groupCustomers';
import { clockOfCustomers } from './internal/clockOfCustomers';
import { checkModelTimeUnit, clockOf, clockOfFit, describeClock, isSummarizedData, resolveClock, toModelUnits } from './internal/modelClock';
import type { ModelClock } from './internal/modelClock';
import { mbgCnbdKOfFit } from './internal/mbgCnbdKOfFit';
import { purchaseModelOf } from './internal/purchaseModelOf';
import { gammaGammaConditionalExpectedSpend } from './gammaGamma/gammaGammaConditionalExpectedSpend';
import type { GammaGammaParams } from './gammaGamma/types';
import type { FitDataSettings, ModelName, ModelTimeUnit, SpendCustomer, SummarizedData } from './types';

/**
 * A unit of time. `'day'` and `'week'` (7 days) convert into each other exactly, as do `'month'`,
 * `'quarter'` and `'year'` (12 and 4 a year); converting between the two families needs an explicit
 * `daysPerYear` (a year is then `daysPerYear` days and a month a twelfth of it). `'period'` is an abstract
 * unit (a BG/BB opportunity, a contract period) that converts to nothing else.
 */
export type DurationUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'period';

/** A length of time with its unit, e.g. `{ value: 52, unit: 'week' }`. */
export interface Duration {
  /** The length, > 0 (`Infinity` allowed for a horizon where documented). */
  readonly value: number;
  /** Its unit. */
  readonly unit: DurationUnit;
}

/** A discount rate with the period it applies to, e.g. `{ rate: 0.1, per: 'year' }` for 10 % a year. */
export interface DiscountRate {
  /** The rate, ≥ 0. */
  readonly rate: number;
  /** The period the rate applies to. */
  readonly per: DurationUnit;
  /**
   * `'effective'` (default): money is worth `1/(1+rate)` one `per` later. `'continuous'`: worth
   * `e^−rate` (a force of interest).
   */
  readonly compounding?: 'effective' | 'continuous';
}

/**
 * What {@link customerLifetimeValue} needs from a purchase model: its name and the conditional expected
 * number of purchases in the next `t` time units for an array of customers. `bgNbd`, `mbgNbd`,
 * `paretoNbd` and `bgBb` all fit.
 */
export interface PurchaseModelLike<P, C> {
  /** The model's name (`'bgBb'` switches to whole opportunities). */
  readonly name: ModelName;
  /** `E[Y(t) | customer]` for each customer, `t` in model time units (opportunities for BG/BB). */
  readonly conditionalExpectedPurchases: (params: P, customers: readonly C[], t: number) => number[];
  /**
   * The same at several horizons at once (`values[h][i]`), when the model can share work across them
   * (BG/NBD, MBG/NBD); used for the discounting steps when present.
   */
  readonly conditionalExpectedPurchasesCurve?: (params: P, customers: readonly C[], horizons: readonly number[]) => number[][];
  /**
   * `Σ_h w_h E[Y(t_h) | customer]` for each customer (BG/NBD, MBG/NBD); when present, every finite
   * horizon is computed through it in one call (discount factors as weights), without an array per step.
   */
  readonly weightedExpectedPurchases?: (params: P, customers: readonly C[], horizons: readonly number[], weights: readonly number[]) => number[];
  /** Pareto/NBD DERT with a continuous rate per time unit; used for an infinite continuous horizon. */
  readonly discountedExpectedResidualTransactions?: (params: P, customers: readonly C[], delta: number) => number[];
  /** BG/BB DERT with a discount rate per opportunity; used for an infinite horizon. */
  readonly discountedExpectedResidualPurchases?: (params: P, customers: readonly C[], discountRate: number) => number[];
}

/**
 * A fit as the prediction functions read it: what `fitModel` returns (its `model`, `params`, and the
 * `timeUnit` and `data` conventions it recorded) fits as it is.
 */
export interface PurchaseFitLike<P> {
  /** The fitted model's name (`'bgNbd'`, `'mbgNbd'`, `'paretoNbd'`, `'bgBb'`, `'ggomNbd'`, `'mbgCnbdK'`). */
  readonly model: ModelName;
  /** The regularity of an `mbgCnbdK` fit (as `fitModel` records it); absent for the other models. */
  readonly k?: number;
  /** The estimates, in the fit's time unit. */
  readonly params: P;
  /** The time unit of the fitted data, `null` (or absent) when unknown. */
  readonly timeUnit?: ModelTimeUnit | null;
  /** The conventions of the fitted data (its unit length in days among them), when recorded. */
  readonly data?: FitDataSettings | null;
}

/** Options of {@link customerLifetimeValue}. */
export interface CustomerLifetimeValueOptions<P, C> {
  /**
   * The fit of the purchase model (the result of `fitModel`): its parameters and its time unit travel
   * together, so a horizon in any unit is converted into the unit the model was fitted in. Give either
   * this or `purchaseParams`.
   */
  readonly purchaseFit?: PurchaseFitLike<P>;
  /**
   * The purchase model, e.g. `bgNbd`. Optional with `purchaseFit` (then found by `purchaseFit.model`, and
   * when given it must be that model).
   */
  readonly purchaseModel?: PurchaseModelLike<P, C>;
  /** Bare parameters of the purchase model, in `timeUnit` (which is then required). */
  readonly purchaseParams?: P;
  /**
   * The time unit of the data the purchase model was fitted on (the unit of `recency` and `T`); for
   * BG/BB, the length of one opportunity (`'period'` when it has no calendar length). Read from
   * `purchaseFit` and from a summary given as `customers` when they know it; required only with bare
   * `purchaseParams` and bare customers. When given as well, it must agree (`UNIT_MISMATCH` otherwise).
   */
  readonly timeUnit?: ModelTimeUnit;
  /**
   * Spend per purchase: Gamma-Gamma parameters (each customer then needs `frequency` and
   * `monetaryValue`; `conditionalExpectedSpend` is used), or expected values given directly (one number
   * for everyone, or one per customer), in money units.
   */
  readonly spend: { readonly params: GammaGammaParams } | { readonly expected: number | readonly number[] };
  /** Share of spend that is profit, in [0, 1] (1 when `spend` already is a margin). */
  readonly margin: number;
  /** The discount rate and its period. */
  readonly discountRate: DiscountRate;
  /**
   * How far ahead to count, > 0. `Infinity` is allowed with continuous discounting and a positive rate
   * (and for BG/BB with steps of one opportunity).
   */
  readonly horizon: Duration;
  /**
   * `'discrete'` (default): purchases expected in each step are discounted to the end of the step,
   * `Σ_k ΔE[Y]_k (1+d_step)^−k` (docs/clv.md, "Lifetime value, with explicit units", as lifetimes and pymc-marketing do). `'continuous'`:
   * `∫ e^−δu dE[Y(u)]`, by the model's DERT when it has one and the horizon is infinite, otherwise by
   * Gauss–Legendre quadrature.
   */
  readonly discounting?: 'discrete' | 'continuous';
  /**
   * Step of discrete discounting (default one model time unit). A horizon that is not a whole number of
   * steps ends with a shorter final step (its purchases discounted to the horizon); for BG/BB the
   * horizon and the step must be whole numbers of opportunities.
   */
  readonly step?: Duration;
  /** Days in a year, needed only to convert between days/weeks and months/quarters/years (e.g. 365.25). */
  readonly daysPerYear?: number;
}

/** Result of {@link customerLifetimeValue}: a plain JSON-serialisable object. */
export interface CustomerLifetimeValueResult {
  /** Discounted expected future value of each customer, in money units, in input order. */
  readonly values: number[];
  /** Customer equity: the sum of `values` (compensated sum). */
  readonly total: number;
  /** Discounted expected future purchases of each customer (the value divided by margin × spend). */
  readonly discountedPurchases: number[];
  /** Expected spend per purchase of each customer. */
  readonly expectedSpend: number[];
  /** The model time unit everything was converted to. */
  readonly timeUnit: ModelTimeUnit;
  /** The discounting used. */
  readonly discounting: 'discrete' | 'continuous';
  /** How the discounted purchases were computed. */
  readonly method: 'sum' | 'dert' | 'integral';
  /** The horizon in model time units (`null` when infinite). */
  readonly horizon: number | null;
  /** The discrete step in model time units (`null` for continuous discounting). */
  readonly step: number | null;
  /** Number of discrete steps, the last one possibly shorter (`null` for continuous discounting or an infinite horizon). */
  readonly steps: number | null;
  /** Length of the last discrete step in model time units: `step`, or less when the horizon is not a whole number of steps (`null` as `steps`). */
  readonly lastStep: number | null;
  /** The continuous discount rate `δ` per model time unit (`ln(1+d)` scaled to the unit). */
  readonly ratePerUnit: number;
}

const TIME_UNITS: readonly string[] = ['day', 'week', 'month', 'quarter', 'year', 'period'];

/** A number for a message: at most 6 significant digits. */
const short = (v: number): string => String(Number(v.toPrecision(6)));

/**
 * Discounted expected future value of each customer from a purchase model and a spend model, with
 * explicit, checked time units.
 *
 * @remarks
 * `CLV_i = margin · E[M_i] · DEP_i`, where `E[M_i]` is the expected spend per purchase (Gamma-Gamma
 * `conditionalExpectedSpend`, or given) and `DEP_i` the discounted expected purchases (docs/clv.md, "Lifetime value, with explicit units"):
 * - discrete: `DEP = Σ_{k=1}^{K} (E[Y(t_k)] − E[Y(t_{k−1})]) e^{−δ t_k}`, `t_k = kΔ` (purchases of a step
 *   discounted to its end), `K = ⌈horizon/Δ⌉`; when the horizon is not a whole number of steps the last
 *   step is shorter and ends at the horizon, `t_K = H` (a 12-month horizon in weekly steps is 52 steps and
 *   a final step of 1.25 days with `daysPerYear: 365.25`);
 * - continuous: `DEP = ∫_0^H e^{−δu} dE[Y(u)] = e^{−δH} E[Y(H)] + δ ∫_0^H e^{−δu} E[Y(u)] du`, by 16-point
 *   Gauss–Legendre on 11 geometrically growing panels up to `min(H, 50/δ)`; for an infinite horizon the
 *   Pareto/NBD DERT (Fader, Hardie & Lee 2005b, eq. 2) is used when the model offers it;
 * - BG/BB: purchases happen at opportunities `1, 2, …`, so `DEP = Σ_k ΔE[X(n, n+k)] e^{−δk}` (continuous) or
 *   per step of whole opportunities (discrete), and its DERT (`d = e^δ − 1`) for an infinite horizon.
 *
 * Units are the point of this function (lifetimes #194, #215, #233 silently assumed daily data and
 * 30-day months). The model's time unit travels with the data: `purchaseFit` (a `fitModel` result of a
 * summary) and a summary given as `customers` carry it; a separately passed `timeUnit` is needed only
 * for bare parameters and bare customers, and must agree with what the fit and the summary say, or the
 * call fails with `UNIT_MISMATCH` naming both units (a fit on days with `timeUnit: 'week'` used to give
 * a silently wrong total). The horizon, the step and the discount rate carry their own units and are
 * converted exactly (day↔week, and days into a unit of fixed length such as a summary's 30.4375-day
 * month; month↔quarter↔year). A conversion between days/weeks and months/years happens only with an
 * explicit `daysPerYear`; otherwise, like any other incompatible pair (or `'period'` against a calendar
 * unit), it is a `UNIT_MISMATCH` error.
 * An effective rate `d` per `per` becomes `δ = ln(1+d) / (length of one per in model units)`.
 * Complexity: O(K · customers) model evaluations (discrete), O(176 · customers) (continuous integral).
 *
 * @param input - the customers in the purchase model's data format (e.g. `summarizeTransactions` rows), or
 *   the summary `{ customers, options }` itself (its unit is then checked against the fit's)
 * @param options - fit (or model, parameters and time unit), spend, margin, discount rate, horizon,
 *   discounting, step
 * @returns Per-customer values, their total and the converted settings
 * @throws `INVALID_ARGUMENT` when an option is missing or out of range (the time unit when nothing carries
 *   it), or, for BG/BB, the horizon or step is not a whole number of opportunities (the message gives the
 *   count and the option to change), or an infinite horizon is asked with discrete steps or a zero rate;
 *   also when a customer is invalid (named by its path, e.g. `customers[3].recency`) or a spend parameter
 *   is (`options.spend.params.p`), as the model functions find them.
 * @throws `UNIT_MISMATCH` when `timeUnit`, the fit's unit and the summary's unit disagree, or the horizon,
 *   step or discount period cannot be converted to the model time unit.
 * @throws `EMPTY_INPUT` when `customers` is empty.
 * @throws `UNDEFINED_RESULT` when Gamma-Gamma spend needs `q > 1` and the fit has `q ≤ 1`, or the value is
 *   not finite.
 * @example
 * ```ts
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // BG/NBD, weeks
 * const result = customerLifetimeValue([{ frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 40 }], {
 *   purchaseModel: bgNbd,
 *   purchaseParams: params,
 *   timeUnit: 'week',
 *   spend: { params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 *   margin: 0.3,
 *   discountRate: { rate: 0.1, per: 'year' },
 *   horizon: { value: 52, unit: 'week' },
 *   step: { value: 4, unit: 'week' },
 *   daysPerYear: 365.25,
 * });
 * result.values[0]; // 17.454931290393933
 * // With a fit of a summary, the unit comes from the fit: customerLifetimeValue(summary, { purchaseFit: fit, … });
 * // a 12-month horizon in 4-week steps is then 13 steps of 4 weeks and a last step of 1.25 days.
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 * @see Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing 17(1), 9–24.
 * https://doi.org/10.1002/dir.10045
 */
export function customerLifetimeValue<P, C>(
  input: readonly C[] | SummarizedData<C>,
  options: CustomerLifetimeValueOptions<P, C>,
): CustomerLifetimeValueResult {
  const fn = 'customerLifetimeValue';
  const summarized = isSummarizedData(input);
  const customers: readonly C[] = summarized ? (input.customers as readonly C[]) : (input as readonly C[]);
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array or a summary { customers, options }', customers);
  if (customers.length === 0) throw new EmptyInputError(fn, 'customers');
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const { model, params, clock } = resolvePurchaseModel(fn, options, clockOfCustomers(fn, input));
  const timeUnit = clock.unit;
  const checkUnit = (argument: string, unit: unknown): void => {
    if (typeof unit !== 'string' || !TIME_UNITS.includes(unit)) {
      throw new InvalidArgumentError(fn, argument, `must be one of ${TIME_UNITS.join(', ')}`, unit);
    }
  };
  const daysPerYear = options.daysPerYear;
  if (daysPerYear !== undefined && (typeof daysPerYear !== 'number' || !Number.isFinite(daysPerYear) || daysPerYear <= 0)) {
    throw new InvalidArgumentError(fn, 'options.daysPerYear', 'must be a finite number greater than 0', daysPerYear);
  }
  const margin = options.margin;
  if (typeof margin !== 'number' || !(margin >= 0 && margin <= 1)) {
    throw new InvalidArgumentError(fn, 'options.margin', 'must be a number from 0 to 1', margin);
  }
  const discounting = options.discounting ?? 'discrete';
  if (discounting !== 'discrete' && discounting !== 'continuous') {
    throw new InvalidArgumentError(fn, 'options.discounting', "must be 'discrete' or 'continuous'", discounting);
  }

  // Discount rate → continuous rate δ per model time unit.
  const rate = options.discountRate;
  if (rate === null || typeof rate !== 'object') {
    throw new InvalidArgumentError(fn, 'options.discountRate', 'must be an object { rate, per }', rate);
  }
  if (typeof rate.rate !== 'number' || !Number.isFinite(rate.rate) || rate.rate < 0) {
    throw new InvalidArgumentError(fn, 'options.discountRate.rate', 'must be a finite number at least 0', rate.rate);
  }
  checkUnit('options.discountRate.per', rate.per);
  const compounding = rate.compounding ?? 'effective';
  if (compounding !== 'effective' && compounding !== 'continuous') {
    throw new InvalidArgumentError(fn, 'options.discountRate.compounding', "must be 'effective' or 'continuous'", compounding);
  }
  const forcePerPeriod = compounding === 'effective' ? Math.log1p(rate.rate) : rate.rate;
  const periodInUnits = toModelUnits(fn, 'options.discountRate.per', 1, rate.per, clock, daysPerYear);
  const delta = forcePerPeriod / periodInUnits;

  // Horizon and step in model time units.
  const horizon = options.horizon;
  if (horizon === null || typeof horizon !== 'object') {
    throw new InvalidArgumentError(fn, 'options.horizon', 'must be an object { value, unit }', horizon);
  }
  if (typeof horizon.value !== 'number' || !(horizon.value > 0)) {
    throw new InvalidArgumentError(fn, 'options.horizon.value', 'must be a number greater than 0 (or Infinity)', horizon.value);
  }
  checkUnit('options.horizon.unit', horizon.unit);
  const H = toModelUnits(fn, 'options.horizon.unit', horizon.value, horizon.unit, clock, daysPerYear);
  const infinite = H === Number.POSITIVE_INFINITY;
  if (infinite && !(delta > 0)) {
    throw new InvalidArgumentError(fn, 'options.horizon.value', 'must be finite when the discount rate is 0', horizon.value);
  }
  const stepInput = options.step;
  if (stepInput !== undefined && (stepInput === null || typeof stepInput !== 'object' || typeof stepInput.value !== 'number' || !(stepInput.value > 0) || !Number.isFinite(stepInput.value))) {
    throw new InvalidArgumentError(fn, 'options.step', 'must be { value, unit } with a finite value greater than 0', stepInput);
  }
  if (stepInput !== undefined) checkUnit('options.step.unit', stepInput.unit);
  const step = stepInput === undefined ? 1 : toModelUnits(fn, 'options.step.unit', stepInput.value, stepInput.unit, clock, daysPerYear);
  const stepName = stepInput === undefined ? `one ${describeClock(clock)}` : `${short(stepInput.value)} ${stepInput.unit}`;
  /** A whole number of opportunities (BG/BB), refused with the step, the count and the fixing option. */
  const wholeSteps = (length: number, argument: string, value: unknown, rule: string): number => {
    const k = Math.round(length);
    if (!(k >= 1) || Math.abs(length - k) > 1e-9 * Math.max(1, length)) {
      throw new InvalidArgumentError(fn, argument, rule.replace('{n}', short(length)), value);
    }
    return k;
  };

  // Spend per purchase.
  let expectedSpend: number[];
  const spend = options.spend;
  if (spend !== null && typeof spend === 'object' && 'params' in spend) {
    expectedSpend = asCaller(fn, 'options.spend.params', () => gammaGammaConditionalExpectedSpend(spend.params, customers as unknown as readonly SpendCustomer[]));
  } else if (spend !== null && typeof spend === 'object' && 'expected' in spend) {
    const e = spend.expected;
    if (typeof e === 'number') {
      if (!Number.isFinite(e) || e < 0) throw new InvalidArgumentError(fn, 'options.spend.expected', 'must be a finite number at least 0', e);
      expectedSpend = new Array<number>(customers.length).fill(e);
    } else if (Array.isArray(e) && e.length === customers.length) {
      expectedSpend = (e as readonly number[]).map((v, i) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
          throw new InvalidArgumentError(fn, `options.spend.expected[${i}]`, 'must be a finite number at least 0', v);
        }
        return v;
      });
    } else {
      throw new InvalidArgumentError(fn, 'options.spend.expected', `must be a number or an array of ${customers.length} numbers`, e);
    }
  } else {
    throw new InvalidArgumentError(fn, 'options.spend', 'must be { params } (Gamma-Gamma) or { expected }', spend);
  }

  let method: CustomerLifetimeValueResult['method'] = 'sum';
  let stepOut: number | null = discounting === 'discrete' ? step : null;
  let stepsOut: number | null = null;
  let lastStepOut: number | null = null;
  // Each distinct history is computed once (daily data have many ties; CLV needs a horizon per step).
  // If the grouped run throws (an invalid customer), the ungrouped run reports it by its own index.
  const n = customers.length;
  const groups = groupCustomers(customers);
  const paramsPath = options.purchaseFit !== undefined ? 'options.purchaseFit.params' : 'options.purchaseParams';
  const dep = asCaller(fn, paramsPath, (): number[] => {
    if (groups === undefined) return discountedPurchases(customers);
    let grouped: number[];
    try {
      grouped = discountedPurchases(groups.representatives);
    } catch (error) {
      discountedPurchases(customers);
      throw error;
    }
    const all = new Array<number>(n);
    for (let i = 0; i < n; i++) all[i] = grouped[groups.groupOf[i] as number] as number;
    return all;
  });

  const values = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = margin * (expectedSpend[i] as number) * Math.max(0, dep[i] as number);
    if (!Number.isFinite(v)) throw new UndefinedResultError(fn, `the value of customers[${i}] is not finite`, v);
    values[i] = v;
  }
  return {
    values,
    total: neumaierSum(values),
    discountedPurchases: dep.map((v) => Math.max(0, v)),
    expectedSpend,
    timeUnit,
    discounting,
    method,
    horizon: infinite ? null : H,
    step: stepOut,
    steps: stepsOut,
    lastStep: lastStepOut,
    ratePerUnit: delta,
  };

  /** Discounted expected purchases `dep` of each customer of `list` (sets `method` and `stepOut`). */
  function discountedPurchases(list: readonly C[]): number[] {
    const expected = (t: number): number[] => model.conditionalExpectedPurchases(params, list, t);
    const n = list.length;
    const dep = new Array<number>(n).fill(0);

    if (model.name === 'bgBb') {
      const dert = model.discountedExpectedResidualPurchases;
      const opportunityStep =
        discounting === 'continuous'
          ? 1
          : wholeSteps(step, 'options.step', stepInput, `must be a whole number of opportunities (BG/BB customers buy only at opportunities of one ${describeClock(clock)}): it is {n} opportunities; set \`options.step\` to whole opportunities`);
      if (infinite) {
        if (opportunityStep !== 1) {
          throw new InvalidArgumentError(fn, 'options.horizon.value', 'must be finite with steps longer than one opportunity', horizon.value);
        }
        if (typeof dert !== 'function') throw new InvalidArgumentError(fn, 'options.purchaseModel', 'must offer discountedExpectedResidualPurchases', model);
        const values = dert(params, list, Math.expm1(delta));
        for (let i = 0; i < n; i++) dep[i] = values[i] as number;
        method = 'dert';
      } else {
        const total = wholeSteps(H, 'options.horizon', horizon, `must be a whole number of opportunities (BG/BB customers buy only at opportunities of one ${describeClock(clock)}): it is {n} opportunities; set \`options.horizon\` to whole opportunities`);
        const K = wholeSteps(total / opportunityStep, 'options.horizon', horizon, `must be a whole number of steps of ${opportunityStep} opportunities (\`options.step\` ${stepName}): it is {n} steps; set \`options.step\` to a divisor of the horizon`);
        accumulateSteps(K, opportunityStep, opportunityStep);
        if (discounting === 'discrete') {
          stepsOut = K;
          lastStepOut = opportunityStep;
        }
      }
      if (discounting === 'continuous') stepOut = null;
    } else if (discounting === 'discrete') {
      if (infinite) {
        throw new InvalidArgumentError(fn, 'options.horizon.value', "must be finite with discrete discounting (use discounting: 'continuous')", horizon.value);
      }
      // A whole number of steps (within rounding), or whole steps and a shorter final one ending at H.
      const ratio = H / step;
      const nearest = Math.round(ratio);
      const whole = nearest >= 1 && Math.abs(ratio - nearest) <= 1e-9 * Math.max(1, ratio);
      const K = whole ? nearest : Math.ceil(ratio);
      if (K > 100_000) throw new InvalidArgumentError(fn, 'options.step', `must leave at most 100,000 steps in the horizon (it leaves ${short(ratio)} steps of ${stepName})`, stepInput ?? step);
      const last = whole ? step : H - (K - 1) * step;
      accumulateSteps(K, step, last);
      stepsOut = K;
      lastStepOut = last;
    } else if (infinite && typeof model.discountedExpectedResidualTransactions === 'function') {
      const values = model.discountedExpectedResidualTransactions(params, list, delta);
      for (let i = 0; i < n; i++) dep[i] = values[i] as number;
      method = 'dert';
    } else {
      method = 'integral';
      if (delta === 0) {
        const e = expected(H);
        for (let i = 0; i < n; i++) dep[i] = e[i] as number;
      } else {
        const cutoff = 50 / delta;
        const upper = Math.min(H, cutoff);
        const rule = gaussLegendre(16);
        const panels = 11;
        const horizons: number[] = [];
        const weights: number[] = [];
        let lo = 0;
        for (let j = panels - 1; j >= 0; j--) {
          const hi = upper / 4 ** j;
          const mid = (lo + hi) / 2;
          const half = (hi - lo) / 2;
          for (let g = 0; g < rule.nodes.length; g++) {
            const u = mid + half * (rule.nodes[g] as number);
            horizons.push(u);
            weights.push(half * (rule.weights[g] as number) * delta * Math.exp(-delta * u));
          }
          lo = hi;
        }
        if (H <= cutoff) {
          horizons.push(H);
          weights.push(Math.exp(-delta * H));
        }
        addWeighted(horizons, weights);
      }
    }
    return dep;

    /** Adds `Σ_h w_h E[Y(t_h)]` to `dep`, in one call when the model offers `weightedExpectedPurchases`. */
    function addWeighted(horizons: readonly number[], weights: readonly number[]): void {
      const weighted = model.weightedExpectedPurchases;
      if (weighted !== undefined) {
        const values = weighted(params, list, horizons, weights);
        for (let i = 0; i < n; i++) dep[i] = (dep[i] as number) + (values[i] as number);
        return;
      }
      for (let h = 0; h < horizons.length; h++) {
        const e = expected(horizons[h] as number);
        const w = weights[h] as number;
        for (let i = 0; i < n; i++) dep[i] = (dep[i] as number) + w * (e[i] as number);
      }
    }

    /**
     * Adds `Σ_{k=1}^{K} (E[Y(kΔ)] − E[Y((k−1)Δ)]) e^{−δkΔ}` to `dep` (continuous BG/BB: Δ = 1); as
     * `Σ_k E[Y(kΔ)] (f_k − f_{k+1})`, `f_k = e^{−δkΔ}`, `f_{K+1} = 0`, when the model takes weights.
     */
    function accumulateSteps(K: number, length: number, last: number): void {
      // Step k ends at kΔ, except the last one, which ends at (K − 1)Δ + last (= H).
      const end = (k: number): number => (k < K || last === length ? k * length : (K - 1) * length + last);
      if (model.weightedExpectedPurchases !== undefined) {
        const horizons: number[] = [];
        const weights: number[] = [];
        const drop = -Math.expm1(-delta * length); // 1 − f_{k+1}/f_k
        const lastDrop = -Math.expm1(-delta * last);
        for (let k = 1; k <= K; k++) {
          const factor = Math.exp(-delta * end(k));
          horizons.push(end(k));
          weights.push(k < K ? factor * (k === K - 1 ? lastDrop : drop) : factor);
        }
        addWeighted(horizons, weights);
        return;
      }
      const curve = model.conditionalExpectedPurchasesCurve;
      let batch: number[][] = [];
      let batchStart = 1;
      let previous = new Array<number>(n).fill(0);
      for (let k = 1; k <= K; k++) {
        if (curve !== undefined && k - batchStart >= batch.length) {
          // Up to 16 horizons per call: the model shares its work across them, memory stays 16 · n.
          batchStart = k;
          const horizons: number[] = [];
          for (let j = k; j <= Math.min(K, k + 15); j++) horizons.push(end(j));
          batch = curve(params, list, horizons);
        }
        const current = curve !== undefined ? (batch[k - batchStart] as number[]) : expected(end(k));
        const factor = Math.exp(-delta * end(k));
        for (let i = 0; i < n; i++) dep[i] = (dep[i] as number) + ((current[i] as number) - (previous[i] as number)) * factor;
        previous = current;
      }
    }
  }
}

/**
 * Checks the parameters with the model's own `validateParams`, when it has one, so that a bad parameter is
 * reported as `customerLifetimeValue`'s `options.purchaseParams.r`, not by the model function that would
 * meet it first.
 */
function checkPurchaseParams(fn: string, model: object, params: unknown, path: string): void {
  const validate = (model as { readonly validateParams?: unknown }).validateParams;
  if (typeof validate !== 'function') return;
  try {
    validate(params, fn);
  } catch (e) {
    if (!isClienteleError(e)) throw e;
    throw restateError(e, fn, (e.argument ?? 'params').replace(/^params/, path));
  }
}

/**
 * Runs a model function on the caller's customers and reports its errors as `customerLifetimeValue`'s:
 * `customers[3].recency` stays the caller's own path, `params.p` becomes `paramsPath.p` (the model
 * functions validate the customers as they meet them, and would otherwise name themselves, e.g.
 * `gammaGamma.conditionalExpectedSpend`).
 */
function asCaller<T>(fn: string, paramsPath: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (!isClienteleError(e) || e.fn === fn) throw e;
    throw restateError(e, fn, e.argument?.replace(/^params(?=$|[.[])/, paramsPath));
  }
}

/** The purchase model, its parameters and the model time unit, from a fit or bare parameters. */
function resolvePurchaseModel<P, C>(
  fn: string,
  options: CustomerLifetimeValueOptions<P, C>,
  summaryClock: ModelClock | undefined,
): { model: PurchaseModelLike<P, C>; params: P; clock: ModelClock } {
  const fit = options.purchaseFit;
  let model = options.purchaseModel;
  let params = options.purchaseParams;
  let fitClock: ModelClock | undefined;
  if (fit !== undefined) {
    if (fit === null || typeof fit !== 'object' || fit.params === null || typeof fit.params !== 'object') {
      throw new InvalidArgumentError(fn, 'options.purchaseFit', 'must be a fit { model, params, timeUnit } from fitModel', fit);
    }
    if (params !== undefined) {
      throw new InvalidArgumentError(fn, 'options.purchaseParams', 'must not be given with `purchaseFit` (the fit carries its parameters)', params);
    }
    // An mbgCnbdK fit names its model by `k`; one saved without `k` (before fit format version 3) needs `purchaseModel`.
    const given = fit.model === 'mbgCnbdK' && model !== null && typeof model === 'object' && model.name === fit.model ? model : undefined;
    const rebuilt = fit.model === 'mbgCnbdK' && fit.k !== undefined ? (mbgCnbdKOfFit(fn, 'options.purchaseFit', fit.k) as unknown as PurchaseModelLike<P, C>) : undefined;
    const named = (purchaseModelOf(fit.model) as PurchaseModelLike<P, C> | undefined) ?? rebuilt ?? given;
    if (named === undefined && fit.model === 'mbgCnbdK') {
      throw new InvalidArgumentError(fn, 'options.purchaseModel', 'must be mbgCnbdK(k) with the k of the fit (this fit of mbgCnbdK does not record k: it was saved before fit format version 3)', model);
    }
    const givenK = (given as { readonly k?: unknown } | undefined)?.k;
    if (rebuilt !== undefined && givenK !== undefined && givenK !== fit.k) {
      throw new InvalidArgumentError(fn, 'options.purchaseModel', `must be mbgCnbdK(${fit.k}), the regularity of the fit (options.purchaseFit.k)`, `mbgCnbdK(${String(givenK)})`);
    }
    if (named === undefined) {
      throw new InvalidArgumentError(fn, 'options.purchaseFit.model', 'must be a purchase model (bgNbd, mbgNbd, paretoNbd or bgBb)', fit.model);
    }
    if (model !== undefined && model !== null && typeof model === 'object' && model.name !== fit.model) {
      throw new InvalidArgumentError(fn, 'options.purchaseModel', `must be the fitted model "${fit.model}"`, model.name);
    }
    model = model ?? named;
    params = fit.params;
    if (fit.timeUnit !== undefined && fit.timeUnit !== null) checkModelTimeUnit(fn, 'options.purchaseFit.timeUnit', fit.timeUnit);
    fitClock = clockOfFit(fit);
  }
  if (model === null || typeof model !== 'object' || typeof model.conditionalExpectedPurchases !== 'function') {
    throw new InvalidArgumentError(fn, 'options.purchaseModel', 'must be a purchase model such as bgNbd (or give `purchaseFit`)', model);
  }
  if (params === undefined) {
    throw new InvalidArgumentError(fn, 'options.purchaseFit', 'must be given (the result of fitModel), or bare `purchaseParams` with `timeUnit`', undefined);
  }
  checkPurchaseParams(fn, model, params, fit !== undefined ? 'options.purchaseFit.params' : 'options.purchaseParams');
  const unit = options.timeUnit;
  if (unit !== undefined) checkModelTimeUnit(fn, 'options.timeUnit', unit);
  const clock = resolveClock(
    fn,
    [
      { clock: fitClock, argument: 'options.purchaseFit.timeUnit', label: "the fit's time unit" },
      { clock: summaryClock, argument: 'customers.options.unit', label: "the summary's unit" },
      { clock: unit === undefined ? undefined : clockOf(unit), argument: 'options.timeUnit', label: 'options.timeUnit' },
    ],
    'is required: nothing carries the unit in which recency and T were measured (bare parameters or a fit of a bare array, and bare customers); pass `options.timeUnit`, or fit the summary itself (`fitModel(model, summary)`) and pass `purchaseFit`',
  );
  return { model, params, clock };
}
