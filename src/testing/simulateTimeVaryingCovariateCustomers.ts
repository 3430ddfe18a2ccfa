import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import { validatePositiveParams } from '../clv/internal/validatePositiveParams';
import type { ParetoNbdParams } from '../clv/paretoNbd/types';
import type { CovariateValue } from '../clv/covariates/types';
import type { CalendarDay, CovariatePeriods, TimeVaryingCovariateRow, TimeVaryingTransaction } from '../clv/timeVaryingCovariates/types';
import { formatEpochDay } from '../time/formatEpochDay';
import { parseCalendarDay } from '../time/parseCalendarDay';

/** Options of {@link simulateTimeVaryingCovariateCustomers}. */
export interface TimeVaryingSimulationOptions {
  /** Number of customers, a whole number ≥ 1. */
  readonly customers: number;
  /** The covariate periods (`days` default 7); customers are born from `start` on. */
  readonly periods: CovariatePeriods;
  /** Last day simulated (inclusive), e.g. the calibration end, or a later holdout end. */
  readonly end: CalendarDay;
  /** First purchases fall uniformly on the days of the first `birthPeriods` periods from `periods.start` (default 1). */
  readonly birthPeriods?: number;
  /** Pareto/NBD base parameters (per period). */
  readonly params: ParetoNbdParams;
  /** True coefficients by the names of numeric fields returned by `covariates`. */
  readonly coefficients: { readonly purchase?: Readonly<Record<string, number>>; readonly lifetime?: Readonly<Record<string, number>> };
  /**
   * The covariates of customer `customerId` in period `k` (period 0 starts on `periods.start`), whose
   * first day is `periodStart`: numeric fields named as the coefficients (coded values), and any
   * other fields to carry into the rows (e.g. the raw category a dummy codes).
   */
  readonly covariates: (customerId: string, k: number, periodStart: string) => Readonly<Record<string, CovariateValue>>;
  /** Seed of the random stream. */
  readonly seed: number;
}

/** The truth behind one simulated customer. */
export interface SimulatedTimeVaryingTruth {
  /** The customer's id. */
  readonly customerId: string;
  /** Day of the first purchase, `'yyyy-mm-dd'`. */
  readonly birth: string;
  /** Base purchase rate `λ` (per period, before the covariates' factor). */
  readonly lambda: number;
  /** Base dropout rate `μ`. */
  readonly mu: number;
  /** Day of dropout, `'yyyy-mm-dd'`, or `null` when alive at `end`. */
  readonly death: string | null;
}

/** The result of {@link simulateTimeVaryingCovariateCustomers}. */
export interface SimulatedTimeVaryingCustomers {
  /** The transaction log, by customer then day (one row per purchase day; the first is the birth). */
  readonly transactions: TimeVaryingTransaction[];
  /** One covariate row per customer and period, from the period of its birth to the one containing `end`. */
  readonly covariates: TimeVaryingCovariateRow[];
  /** The truth per customer. */
  readonly truth: SimulatedTimeVaryingTruth[];
}

/** `Σ γ_j v_j` of a covariate record, the fields of the coefficients required to be finite numbers. */
function linear(fn: string, coefficients: Readonly<Record<string, number>> | undefined, record: Readonly<Record<string, unknown>>, process: string): number {
  if (coefficients === undefined) return 0;
  let eta = 0;
  for (const [name, gamma] of Object.entries(coefficients)) {
    if (typeof gamma !== 'number' || !Number.isFinite(gamma)) throw new InvalidArgumentError(fn, `coefficients.${process}.${name}`, 'must be a finite number', gamma);
    const v = record[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(fn, `covariates(…).${name}`, `must return a finite number for each coefficient of ${process}`, v);
    eta += gamma * v;
  }
  return eta;
}

/**
 * Simulates a transaction log and weekly (or other) covariate rows from the Pareto/NBD model with
 * time-varying covariates: seeded, reproducible, in the input shapes of `fitTimeVaryingCovariateModel`.
 *
 * @remarks
 * Customer `c0`, `c1`, … is born on a day drawn uniformly from the first `birthPeriods` periods (the
 * first purchase), draws `λ ~ Gamma(r, alpha)` and `μ ~ Gamma(s, beta)` (rates per period), and in
 * period `k` buys as a Poisson process of rate `λ·e^{γ_pᵀx_k}` and drops out at rate `μ·e^{γ_lᵀz_k}`
 * (Bachmann, Meierer & Näf 2021), `x_k`, `z_k` the numeric fields returned by `covariates`. Time runs
 * continuously from the start of the birth day; a purchase at time `τ` is recorded on the day containing
 * it, so same-day purchases become one row. Simulated through the end of day `end`.
 * O(customers · periods + purchases).
 *
 * @param options - Customers, periods, end, birth window, parameters, coefficients, the covariate function, seed.
 * @returns Transactions, covariate rows and the truth per customer.
 * @throws InvalidArgumentError when a count, day, parameter, coefficient or returned covariate is invalid.
 * @example
 * ```ts
 * const sim = simulateTimeVaryingCovariateCustomers({
 *   customers: 3, periods: { start: '2024-01-01' }, end: '2024-06-30',
 *   params: { r: 1, alpha: 5, s: 0.5, beta: 10 }, coefficients: { purchase: { promo: 0.5 } },
 *   covariates: (_id, k) => ({ promo: k % 2 }), seed: 7,
 * });
 * sim.truth.length; // 3
 * sim.covariates.length; // 78 (26 weeks for each customer born in the first week)
 * ```
 * @see Bachmann, Meierer & Näf (2021). The role of time-varying contextual factors in latent attrition
 * models for customer base analysis. Marketing Science 40(4), 783–809. doi:10.1287/mksc.2020.1254
 */
export function simulateTimeVaryingCovariateCustomers(options: TimeVaryingSimulationOptions): SimulatedTimeVaryingCustomers {
  const fn = 'simulateTimeVaryingCovariateCustomers';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const { customers, params, coefficients, covariates, seed } = options;
  if (!Number.isInteger(customers) || customers < 1 || customers > 10_000_000) throw new InvalidArgumentError(fn, 'options.customers', 'must be a whole number from 1 to 10,000,000', customers);
  validatePositiveParams(fn, params as unknown as Readonly<Record<string, number>>, ['r', 'alpha', 's', 'beta']);
  if (coefficients === null || typeof coefficients !== 'object') throw new InvalidArgumentError(fn, 'options.coefficients', 'must be an object { purchase, lifetime }', coefficients);
  if (typeof covariates !== 'function') throw new InvalidArgumentError(fn, 'options.covariates', 'must be a function (customerId, k, periodStart) => covariates', covariates);
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', seed);
  const start = parseCalendarDay(options.periods?.start);
  if (!Number.isFinite(start)) throw new InvalidArgumentError(fn, 'options.periods.start', "must be a calendar day ('yyyy-mm-dd' or a Date)", options.periods?.start);
  const P = options.periods.days ?? 7;
  if (!Number.isInteger(P) || P < 1 || P > 3660) throw new InvalidArgumentError(fn, 'options.periods.days', 'must be a whole number of days from 1 to 3660', P);
  const end = parseCalendarDay(options.end);
  if (!Number.isFinite(end) || end < start) throw new InvalidArgumentError(fn, 'options.end', 'must be a calendar day on or after periods.start', options.end);
  const birthPeriods = options.birthPeriods ?? 1;
  if (!Number.isInteger(birthPeriods) || birthPeriods < 1 || birthPeriods > 1_000_000) throw new InvalidArgumentError(fn, 'options.birthPeriods', 'must be a whole number from 1 to 1,000,000', birthPeriods);
  const random = createRandom(seed);
  const transactions: TimeVaryingTransaction[] = [];
  const rows: TimeVaryingCovariateRow[] = [];
  const truth: SimulatedTimeVaryingTruth[] = [];
  const stop = end + 1; // the end of day `end`, in days
  const lastK = Math.floor((end - start) / P);
  const firstDays: string[] = [];
  for (let k = 0; k <= lastK; k++) firstDays.push(formatEpochDay(start + k * P));
  for (let i = 0; i < customers; i++) {
    const id = `c${i}`;
    const d0 = Math.min(end, start + Math.floor(random.next() * birthPeriods * P));
    const lambda = sampleGamma(random, params.r, params.alpha);
    const mu = sampleGamma(random, params.s, params.beta);
    let hazard = sampleExponential(random, 1);
    let death: number | null = null;
    const days: number[] = [d0];
    for (let k = Math.floor((d0 - start) / P); k <= lastK; k++) {
      const periodStart = firstDays[k] as string;
      const record = covariates(id, k, periodStart);
      if (record === null || typeof record !== 'object') throw new InvalidArgumentError(fn, 'options.covariates', 'must return an object of covariates', record);
      rows.push(Object.assign({}, record, { customerId: id, period: periodStart }) as TimeVaryingCovariateRow);
      if (death !== null) continue;
      const from = Math.max(d0, start + k * P);
      const to = Math.min(stop, start + (k + 1) * P);
      const a = lambda * Math.exp(linear(fn, coefficients.purchase, record, 'purchase'));
      const c = mu * Math.exp(linear(fn, coefficients.lifetime, record, 'lifetime'));
      // alive until the exponential clock of the cumulative hazard runs out
      const length = (to - from) / P;
      let until = to;
      if (c * length >= hazard) {
        until = from + (hazard / c) * P;
        death = until;
      } else hazard -= c * length;
      for (let t = from + sampleExponential(random, a) * P; t < until; t += sampleExponential(random, a) * P) {
        const day = Math.floor(t);
        if (day !== days[days.length - 1]) days.push(day);
      }
    }
    for (const day of days) transactions.push({ customerId: id, date: formatEpochDay(day) });
    truth.push({ customerId: id, birth: formatEpochDay(d0), lambda, mu, death: death === null ? null : formatEpochDay(Math.floor(death)) });
  }
  return { transactions, covariates: rows, truth };
}
