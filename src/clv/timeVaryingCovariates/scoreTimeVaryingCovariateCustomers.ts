import { AllRowsRejectedError } from '../../core/errors/AllRowsRejectedError';
import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { neumaierSum } from '../../core/stats/neumaierSum';
import { formatEpochDay } from '../../time/formatEpochDay';
import type { CovariateCoding } from '../covariates/types';
import { buildTimeVaryingDesign } from './internal/buildTimeVaryingDesign';
import { readPeriodSettings } from './internal/readPeriodSettings';
import { readTimeVaryingCustomers } from './internal/readTimeVaryingCustomers';
import { readTimeVaryingTable } from './internal/readTimeVaryingTable';
import { timeVaryingPredictions } from './internal/timeVaryingPredictions';
import { timeVaryingBootstrapFits } from './internal/timeVaryingBootstrapFits';
import { timeVaryingScoreIntervals } from './internal/timeVaryingScoreIntervals';
import type { BoundColumns } from '../covariates/internal/drawBounds';
import type { TimeVaryingFitResult, TimeVaryingRejected, TimeVaryingScoreOptions, TimeVaryingScoreResult, TimeVaryingScoreRow, TimeVaryingTransaction } from './types';

/** Largest horizon, in periods (each customer's periods are laid out one by one). */
const MAX_HORIZON = 100_000;
/** Largest spend per purchase, in money units (keeps values and their sums finite). */
const MAX_SPEND = 1e12;

/** Checks the shape of a fit (throws `INVALID_ARGUMENT` naming the field). */
function checkFit(fn: string, fit: TimeVaryingFitResult): void {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(fit) || fit.model !== 'paretoNbd') throw new InvalidArgumentError(fn, 'fit', 'must be a result of fitTimeVaryingCovariateModel', fit);
  if (!isObject(fit.params)) throw new InvalidArgumentError(fn, 'fit.params', 'must be an object { r, alpha, s, beta }', fit.params);
  if (!isObject(fit.data) || typeof fit.data.periodStart !== 'string' || typeof fit.data.calibrationEnd !== 'string') {
    throw new InvalidArgumentError(fn, 'fit.data', 'must hold the fit\'s periodStart, periodDays and calibrationEnd', fit.data);
  }
  for (const process of ['purchase', 'lifetime'] as const) {
    const coding = isObject(fit.coding) ? fit.coding[process] : undefined;
    if (!isObject(coding) || !Array.isArray(coding.columns) || !Array.isArray(coding.names) || !coding.columns.every(isObject)) {
      throw new InvalidArgumentError(fn, `fit.coding.${process}`, 'must be a coding { columns, names } (a result of fitTimeVaryingCovariateModel)', coding);
    }
    const coefficients = isObject(fit.coefficients) ? fit.coefficients[process] : undefined;
    if (!isObject(coefficients)) throw new InvalidArgumentError(fn, `fit.coefficients.${process}`, 'must be an object of coefficients by name', coefficients);
  }
}

/** The fit's coefficients in coding order, as θ with `pIndex = 0…kp−1`, `lIndex = kp…`. */
function thetaOf(fn: string, fit: TimeVaryingFitResult): Float64Array {
  const { r, alpha, s, beta } = fit.params;
  const base = [r, alpha, s, beta];
  if (!base.every((v) => typeof v === 'number' && v > 0 && Number.isFinite(v))) throw new InvalidArgumentError(fn, 'fit.params', 'must hold r, alpha, s, beta > 0 (a result of fitTimeVaryingCovariateModel)', fit.params);
  const out = [...base.map(Math.log)];
  for (const process of ['purchase', 'lifetime'] as const) {
    for (const name of fit.coding[process].names) {
      const c = fit.coefficients[process][name];
      if (c === undefined || typeof c.estimate !== 'number' || !Number.isFinite(c.estimate)) throw new InvalidArgumentError(fn, `fit.coefficients.${process}`, `must hold a finite estimate of ${name}`, c);
      out.push(c.estimate);
    }
  }
  return Float64Array.from(out);
}

/** The spec under which rows are read for a fitted coding (numeric columns coded by level listed as categorical). */
function specOf(coding: CovariateCoding, data: unknown) {
  return {
    data: data as never,
    columns: coding.columns.map((c) => c.column),
    categorical: coding.columns.filter((c) => c.kind === 'categorical' && c.numeric).map((c) => c.column),
  };
}

/**
 * Scores customers under a time-varying covariate fit: P(alive) at the calibration end, expected
 * purchases over a horizon and, with a spend per purchase, the discounted lifetime value, each customer
 * with its own covariates in every future period (rows keyed by `customerId`).
 *
 * @remarks
 * Given the history (Bachmann, Meierer & Näf 2021), `P(alive) = (α+A(T))^−(r+x)(β+C(T))^−s / [ … ]` (the
 * first term's share of the likelihood bracket, see `fitTimeVaryingCovariateModel`), the purchase rate is
 * `Gamma(r+x, α+A(T))` and an alive customer survives to `u > T` with probability
 * `((β+C(T))/(β+C(u)))^s`, so
 * ```
 * E[Y(T, T+H]] = P(alive) · (r+x)/(α+A(T)) · ∫_T^{T+H} e^{γ_pᵀx(u)} ((β+C(T))/(β+C(u)))^s du
 * ```
 * with the covariates of each future period (closed form per period). The value is
 * `margin · spend · ∫_T^{T+H} e^{−δ(u−T)} dE[Y(u)]`, `δ = ln(1+d)` for an effective rate `d` per period
 * (16-point Gauss–Legendre per period). The calendar conventions are the fit's: the periods, and `T`
 * measured to the start of the calibration end day. Covariate rows are needed for every period from a
 * customer's first purchase to the one containing the end of the horizon; a customer lacking one, or
 * holding a category the fit did not see, is reported in `rejected`. O(customer-periods).
 *
 * With `intervals: { level, draws, seed, notIdentified }` every score and the totals get lower and upper
 * ends: the fit's free parameters (log base parameters and coefficients) are drawn `draws` times (default
 * 200) from their asymptotic normal distribution (the fit's `covariance`; King, Tomz & Wittenberg 2000),
 * the predictions are recomputed per draw on the customers' covariate paths (built once), and the ends are
 * the type-7 `(1 ∓ level)/2` quantiles (`intervals` of each row, `result.intervals` with the totals').
 * Seeded and reproducible; cost `draws` × the predictions, memory customers × draws × 4 doubles (at most
 * 4 million customer-draws).
 *
 * With `intervals: { method: 'bootstrap' }` each draw is instead a refit (default 100) on the customers
 * of `transactions` resampled with replacement (Efron & Tibshirani 1993): a customer picked `c` times
 * enters as `c` copies of its transactions and covariate rows, and the refit repeats the fit's settings
 * (periods, calibration end, coding, references, standardised columns, constraints, L2 weights);
 * `transactions` and `covariates` must then be the fitting data. Each refit's predictions use the
 * customers' covariates coded as that refit codes them. A sample in which a level of a categorical
 * covariate has no customer is drawn again. Cost: one fit per refit.
 *
 * @param fit - A result of `fitTimeVaryingCovariateModel` (or `JSON.parse` of one).
 * @param transactions - The transaction log `{ customerId, date }`; purchases after the calibration end are ignored.
 * @param options - `horizon` (periods), `covariates` `{ purchase, lifetime }`, optional `calibrationEnd`, `spend`, `margin`, `discountRate`, `intervals`.
 * @returns Rows sorted by `customerId` (with `intervals` when asked), rejected transactions and customers, totals, the settings, and with `intervals` how they were made.
 * @throws InvalidArgumentError when the fit, `horizon`, a covariate row, `spend`, `margin` or `discountRate` is invalid.
 * @throws EmptyInputError when `transactions` is empty.
 * @throws AllRowsRejectedError when no customer can be scored.
 * @throws UndefinedResultError with `intervals`, when the fit does not identify a parameter (unless `notIdentified: 'hold'`).
 * @example
 * ```ts
 * import { fitTimeVaryingCovariateModel, scoreTimeVaryingCovariateCustomers } from 'clientele/clv';
 * import { simulateTimeVaryingCovariateCustomers } from 'clientele/testing';
 *
 * const periods = { start: '2024-01-01', days: 7 };
 * const sim = simulateTimeVaryingCovariateCustomers({
 *   customers: 2000, periods, end: '2025-03-30', birthPeriods: 12, // rows run 13 weeks past the calibration end
 *   params: { r: 0.8, alpha: 12, s: 0.6, beta: 10 }, coefficients: { purchase: { promo: 0.7 } },
 *   covariates: (_id, k) => ({ promo: k % 4 === 0 ? 1 : 0 }), seed: 1,
 * });
 * const spec = { data: sim.covariates, columns: ['promo'] };
 * const fit = fitTimeVaryingCovariateModel(sim.transactions, { calibrationEnd: '2024-12-29', periods, purchase: spec });
 * const scored = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, {
 *   horizon: 13, covariates: { purchase: sim.covariates }, spend: 40, margin: 0.3, discountRate: 0.002,
 * });
 * scored.rows[0].probabilityAlive.toFixed(3); // '0.852' (customer c0: 13 repeat purchases, the last 6 weeks ago)
 * scored.rows[0].value?.toFixed(2); // '33.27'
 * scored.totals.expectedPurchases.toFixed(0); // '747' (the simulated holdout has 757)
 * // With 200 parameter draws: each row's intervals, and the totals' in scored.intervals.
 * // scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon: 13, covariates: { purchase: sim.covariates }, intervals: { seed: 1 } });
 * ```
 * @see Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall/CRC.
 * @see Bachmann, Meierer & Näf (2021). The role of time-varying contextual factors in latent attrition
 * models for customer base analysis. Marketing Science 40(4), 783–809. doi:10.1287/mksc.2020.1254
 */
export function scoreTimeVaryingCovariateCustomers(fit: TimeVaryingFitResult, transactions: readonly TimeVaryingTransaction[], options: TimeVaryingScoreOptions): TimeVaryingScoreResult {
  const fn = 'scoreTimeVaryingCovariateCustomers';
  checkFit(fn, fit);
  if (!Array.isArray(transactions)) throw new InvalidArgumentError(fn, 'transactions', 'must be an array of rows { customerId, date }', transactions);
  if (transactions.length === 0) throw new EmptyInputError(fn, 'transactions');
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object { horizon, covariates, … }', options);
  const { horizon } = options;
  if (typeof horizon !== 'number' || !(horizon > 0 && horizon <= MAX_HORIZON)) throw new InvalidArgumentError(fn, 'options.horizon', `must be a number of periods greater than 0 and at most ${MAX_HORIZON}`, horizon);
  const margin = options.margin ?? 1;
  if (typeof margin !== 'number' || !(margin >= 0 && margin <= 1)) throw new InvalidArgumentError(fn, 'options.margin', 'must be a number in [0, 1]', margin);
  const discountRate = options.discountRate ?? 0;
  if (typeof discountRate !== 'number' || !(discountRate >= 0) || !Number.isFinite(discountRate)) throw new InvalidArgumentError(fn, 'options.discountRate', 'must be a finite number at least 0 (an effective rate per period)', discountRate);
  const spend = options.spend;
  if (spend !== undefined && (typeof spend === 'number' ? !(spend >= 0 && spend <= MAX_SPEND) : spend === null || typeof spend !== 'object' || Array.isArray(spend))) {
    throw new InvalidArgumentError(fn, 'options.spend', `must be a number from 0 to ${MAX_SPEND}, or an object { customerId: spend }`, spend);
  }
  const covariates = options.covariates ?? {};
  const settings = readPeriodSettings(fn, { start: fit.data.periodStart, days: fit.data.periodDays }, options.calibrationEnd ?? fit.data.calibrationEnd, 'options');
  const { periodStart, periodDays, calibrationEnd } = settings;
  const theta = thetaOf(fn, fit);
  const purchase = readTimeVaryingTable(fn, 'purchase', fit.coding.purchase.columns.length === 0 ? undefined : specOf(fit.coding.purchase, covariates.purchase), periodStart, periodDays);
  const lifetime = readTimeVaryingTable(fn, 'lifetime', fit.coding.lifetime.columns.length === 0 ? undefined : specOf(fit.coding.lifetime, covariates.lifetime), periodStart, periodDays);
  const customers = readTimeVaryingCustomers(fn, transactions, periodStart, periodDays, calibrationEnd, calibrationEnd + horizon * periodDays, purchase, lifetime);
  const kp = fit.coding.purchase.names.length;
  const kl = fit.coding.lifetime.names.length;
  const layout = {
    pIndex: Int32Array.from({ length: kp }, (_, j) => j),
    lIndex: Int32Array.from({ length: kl }, (_, j) => kp + j),
    names: [...fit.coding.purchase.names, ...fit.coding.lifetime.names],
    l2: new Float64Array(kp + kl),
  };
  const designFor = (f: TimeVaryingFitResult) => buildTimeVaryingDesign(customers, { table: purchase, coding: f.coding.purchase }, { table: lifetime, coding: f.coding.lifetime }, layout, 1, (i) => customers.first[i] as number);
  const built = designFor(fit);
  const rejected: TimeVaryingRejected[] = [...customers.rejected, ...built.rejected];
  if (built.design.n === 0) throw new AllRowsRejectedError(fn, 'transactions', transactions.length, rejected.slice(0, 3), ' (no customer has a history and every covariate period through the horizon)');
  const predictions = timeVaryingPredictions(built.design, theta, horizon, Math.log1p(discountRate));
  // margin · spend of each scored customer, NaN where it has no usable spend (its value is null).
  const valueScale = Float64Array.from(built.kept, (i) => {
    const perPurchase = spend === undefined ? undefined : typeof spend === 'number' ? spend : (spend as Readonly<Record<string, number>>)[customers.ids[i] as string];
    return typeof perPurchase === 'number' && perPurchase >= 0 && perPurchase <= MAX_SPEND ? margin * perPurchase : Number.NaN;
  });
  const bootstrap = {
    refits: (draws: number, seed: number) => timeVaryingBootstrapFits(fn, fit, transactions, covariates, draws, seed),
    designOf: (f: TimeVaryingFitResult) => designFor(f).design,
  };
  const run = options.intervals === undefined ? null : timeVaryingScoreIntervals(fn, fit, built.design, horizon, Math.log1p(discountRate), options.intervals, (f) => thetaOf(fn, f), valueScale, bootstrap);
  const ends = (column: BoundColumns, j: number) => ({ lower: column.lower[j] as number, upper: column.upper[j] as number });
  const rows: TimeVaryingScoreRow[] = built.kept.map((i, j) => {
    const discounted = predictions.discountedPurchases[j] as number;
    const scale = valueScale[j] as number;
    const row = {
      customerId: customers.ids[i] as string,
      frequency: customers.x[i] as number,
      recency: customers.tx[i] as number,
      T: customers.T[i] as number,
      probabilityAlive: predictions.probabilityAlive[j] as number,
      expectedPurchases: predictions.expectedPurchases[j] as number,
      discountedPurchases: discounted,
      value: Number.isNaN(scale) ? null : scale * discounted,
    };
    if (run === null) return row;
    const intervals = { probabilityAlive: ends(run.ends.alive, j), expectedPurchases: ends(run.ends.expected, j), value: Number.isNaN(scale) ? null : ends(run.ends.value, j) };
    return { ...row, intervals };
  });
  rows.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  rejected.sort((a, b) => (a.source === b.source ? a.index - b.index : a.source === 'transactions' ? -1 : 1));
  const values = rows.map((r) => r.value);
  return {
    rows,
    unmatched: customers.unmatched,
    rejected,
    totals: {
      customers: rows.length,
      expectedPurchases: neumaierSum(rows.map((r) => r.expectedPurchases)),
      value: values.every((v) => v !== null) ? neumaierSum(values as number[]) : null,
    },
    settings: { horizon, timeUnit: settings.timeUnit, periodStart: formatEpochDay(periodStart), periodDays, calibrationEnd: formatEpochDay(calibrationEnd), margin, discountRate },
    ...(run === null
      ? {}
      : {
          intervals: {
            level: run.level,
            method: run.method,
            draws: run.draws,
            seed: run.seed,
            held: run.held,
            bootstrapNotConverged: run.notConverged,
            totals: { probabilityAlive: run.ends.totals.alive, expectedPurchases: run.ends.totals.expected, value: values.every((v) => v !== null) ? run.ends.totals.value : null },
          },
        }),
  };
}
