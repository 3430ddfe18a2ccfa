import { AllRowsRejectedError } from '../../core/errors/AllRowsRejectedError';
import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../../time/formatEpochDay';
import { choleskyDecomposition } from '../../core/linalg/choleskyDecomposition';
import { solveLinearSystem } from '../../core/linalg/solveLinearSystem';
import type { CovariateObjective } from '../covariates/internal/covariateObjective';
import { buildCoding } from '../covariates/internal/buildCoding';
import { covariateEstimates } from '../covariates/internal/covariateEstimates';
import { COVARIATE_KERNELS } from '../covariates/internal/covariateKernels';
import type { CovariateDesign } from '../covariates/internal/covariateDesign';
import { covariateFitReport } from '../covariates/internal/covariateFitReport';
import { covariateUncertainty } from '../covariates/internal/covariateUncertainty';
import { optimizeCovariates } from '../covariates/internal/optimizeCovariates';
import { resolveCovariateLayout } from '../covariates/internal/resolveCovariateLayout';
import { fitModel } from '../fitModel';
import { paretoNbd } from '../paretoNbd/index';
import type { ParetoNbdParams } from '../paretoNbd/types';
import type { RfmCustomer } from '../types';
import { buildTimeVaryingDesign } from './internal/buildTimeVaryingDesign';
import { readPeriodSettings } from './internal/readPeriodSettings';
import { readTimeVaryingCustomers } from './internal/readTimeVaryingCustomers';
import { readTimeVaryingTable } from './internal/readTimeVaryingTable';
import type { TimeVaryingDesign } from './internal/timeVaryingDesign';
import { timeVaryingHessian } from './internal/timeVaryingHessian';
import { timeVaryingLogLikelihood } from './internal/timeVaryingLogLikelihood';
import { timeVaryingObjective } from './internal/timeVaryingObjective';
import type { TimeVaryingFitOptions, TimeVaryingFitResult, TimeVaryingTransaction } from './types';

/**
 * Fits the Pareto/NBD model with time-varying covariates (Bachmann, Meierer & Näf 2021) by maximum
 * likelihood from a transaction log and covariate rows keyed by customer and calendar period: the
 * purchase rate is multiplied by `exp(γ_pᵀx_t)` and the dropout rate by `exp(γ_lᵀz_t)` in each period.
 *
 * @remarks
 * **Model.** While alive, customer `i` buys at rate `λ_i·e^{γ_pᵀx_i(t)}` and drops out at rate
 * `μ_i·e^{γ_lᵀz_i(t)}`, the covariates constant within each calendar period, `λ_i ~ Gamma(r, α)`,
 * `μ_i ~ Gamma(s, β)` (shape, rate). With `A(t) = ∫_0^t e^{γ_pᵀx}`, `C(t) = ∫_0^t e^{γ_lᵀz}` on the
 * customer's clock (periods since the first purchase), `t_j` its repeat purchases, `t_x` the last, `T`
 * its age at the calibration end:
 * ```
 * L_i = Γ(r+x)/Γ(r) · α^r β^s · Π_j e^{γ_pᵀx(t_j)} · [ (α+A(T))^−(r+x) (β+C(T))^−s
 *        + s ∫_{t_x}^T e^{γ_lᵀz(τ)} (α+A(τ))^−(r+x) (β+C(τ))^−(s+1) dτ ]
 * ```
 * (the paper's likelihood, which CLVTools evaluates as sums of Gauss hypergeometric terms over the
 * "walks" of a customer: the period of coming alive, the periods between purchases, and those from the
 * last purchase to `T`). Here the integral is split at the period boundaries and each part is the plain
 * Pareto/NBD integral with shifted `α`, `β`, computed 2F1-free in log space (docs/clv.md). With every
 * coefficient 0 it is the Pareto/NBD likelihood; with covariates constant in time, that of static
 * covariates (`fitCovariateModel`, `alpha_i = α e^{−γ_pᵀx}`, `beta_i = β e^{−γ_lᵀz}`).
 *
 * **Calendar conventions.** Periods are `options.periods.days` days long (default 7) and aligned on
 * `options.periods.start`: period `k` holds the days `start + k·days … start + (k+1)·days − 1`, and one
 * period is the time unit of the parameters. Each day is an instant at its start: the first purchase
 * on day `d0` is time 0, a purchase on day `d` is time `(d − d0)/days`, and `T = (calibrationEnd −
 * d0)/days`, as in customer summaries. The first period is partial unless `d0` is its first day
 * (CLVTools' `d_omega`, 1 on a period's first day); a purchase on a period's first day belongs to
 * that period. Purchases of a customer on one day count once. Nothing before a customer's first
 * purchase enters its likelihood, so covariates are needed for every period from the one containing
 * the first purchase to the one containing the calibration end: a customer lacking one is left out and
 * reported in `rejected` (field `purchase.period`), never dropped silently; rows of other periods are
 * ignored.
 *
 * **Coding.** As static covariates (`CovariateSpec`): strings, booleans and listed numeric columns are
 * dummy-coded against the first sorted level (or `reference`), named `column=level`; numeric columns
 * listed in `standardize` are centred and scaled by the mean and sample standard deviation over the
 * customer-periods fitted, and their coefficients are then also reported per raw unit (`raw`), the base
 * parameters at raw covariates 0 in `rawScale`.
 *
 * **Estimation.** From the plain Pareto/NBD estimate with coefficients 0, BFGS on
 * `θ = (ln r, ln α, ln s, ln β, γ)` with the analytic gradient, preconditioned by the outer product of
 * the per-customer gradients; the objective is the mean negative log-likelihood plus `Σ λ_j γ_j²`
 * (`l2`); `constrain` shares a coefficient between the processes. Standard errors from the inverse
 * Hessian of the total objective (forward differences of the analytic gradient), base parameters by the
 * delta method with intervals `exp(ln p ± z·SE)`. Times are divided by the largest `T` while fitting.
 * Complexity: O(customer-periods after each last purchase × 4–16 quadrature nodes) per evaluation.
 *
 * @param transactions - The transaction log: rows `{ customerId, date }` (returns excluded by the caller).
 * @param options - `calibrationEnd` and `periods` (required), `purchase` and `lifetime` covariate specs,
 *   `constrain`, `l2`, `confidenceLevel`, `maxIterations`, `strict`.
 * @returns Base parameters and every coefficient with standard error and interval (both scales when
 *   standardised), log-likelihood, AIC/BIC, convergence and gradient norm, the coding, and the rejected
 *   transactions and customers.
 * @throws InvalidArgumentError when `options`, a period setting, a covariate spec or row (bad period,
 *   two rows for one customer and period, mixed types), `constrain` or `l2` is invalid.
 * @throws EmptyInputError when `transactions` is empty or not an array.
 * @throws AllRowsRejectedError when no customer has a calibration history with every covariate it needs.
 * @throws NotConvergedError with `strict: true` when the fit did not converge.
 * @example
 * ```ts
 * import { fitTimeVaryingCovariateModel } from 'clientele/clv';
 * import { simulateTimeVaryingCovariateCustomers } from 'clientele/testing';
 *
 * const sim = simulateTimeVaryingCovariateCustomers({
 *   customers: 2000, periods: { start: '2024-01-01', days: 7 }, calibrationEnd: '2024-12-29', birthPeriods: 12,
 *   params: { r: 0.8, alpha: 12, s: 0.6, beta: 10 },
 *   coefficients: { purchase: { promo: 0.7 }, lifetime: { promo: -0.4 } },
 *   covariates: (_id, k) => ({ promo: k % 4 === 0 ? 1 : 0 }), seed: 1, // a promotion every fourth week
 * });
 * const spec = { data: sim.covariates, columns: ['promo'] };
 * const fit = fitTimeVaryingCovariateModel(sim.transactions, {
 *   calibrationEnd: '2024-12-29', periods: { start: '2024-01-01', days: 7 }, purchase: spec, lifetime: spec,
 * });
 * fit.converged; // true
 * fit.coefficients.purchase.promo.estimate.toFixed(1); // '0.7' (the truth; standard error 0.03)
 * ```
 * @see Bachmann, Meierer & Näf (2021). The role of time-varying contextual factors in latent attrition
 * models for customer base analysis. Marketing Science 40(4), 783–809. doi:10.1287/mksc.2020.1254
 * @see CLVTools (`SetDynamicCovariates`, `pnbd` with dynamic covariates): https://github.com/bachmannpatrick/CLVTools
 */
export function fitTimeVaryingCovariateModel(transactions: readonly TimeVaryingTransaction[], options: TimeVaryingFitOptions): TimeVaryingFitResult {
  const fn = 'fitTimeVaryingCovariateModel';
  if (!Array.isArray(transactions)) throw new InvalidArgumentError(fn, 'transactions', 'must be an array of rows { customerId, date }', transactions);
  if (transactions.length === 0) throw new EmptyInputError(fn, 'transactions');
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object { calibrationEnd, periods, purchase, lifetime, … }', options);
  }
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (typeof confidenceLevel !== 'number' || !(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new InvalidArgumentError(fn, 'options.confidenceLevel', 'must be a number in (0, 1)', confidenceLevel);
  }
  const maxIterations = options.maxIterations ?? 500;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new InvalidArgumentError(fn, 'options.maxIterations', 'must be an integer at least 1', maxIterations);
  const settings = readPeriodSettings(fn, options.periods, options.calibrationEnd, 'options');
  const { periodStart, periodDays, calibrationEnd } = settings;

  const purchase = readTimeVaryingTable(fn, 'purchase', options.purchase, periodStart, periodDays);
  const lifetime = readTimeVaryingTable(fn, 'lifetime', options.lifetime, periodStart, periodDays);
  const customers = readTimeVaryingCustomers(fn, transactions, periodStart, periodDays, calibrationEnd, calibrationEnd, purchase, lifetime);
  if (customers.ids.length === 0) {
    throw new AllRowsRejectedError(fn, 'transactions', transactions.length, customers.rejected.slice(0, 3), ' (no customer has a calibration history with every covariate period it needs: check calibrationEnd, periods and the covariate rows)');
  }
  const coding = {
    purchase: buildCoding(fn, purchase.table, Int32Array.from(customers.purchaseRows)),
    lifetime: buildCoding(fn, lifetime.table, Int32Array.from(customers.lifetimeRows)),
  };
  const layout = resolveCovariateLayout(fn, coding.purchase, coding.lifetime, options.constrain, options.l2);
  let k = 0;
  for (const T of customers.T) if (T > k) k = T;
  if (!(k > 0)) k = 1;
  const built = buildTimeVaryingDesign(customers, { table: purchase, coding: coding.purchase }, { table: lifetime, coding: coding.lifetime }, layout, k, (i) => customers.first[i] as number);
  const design = built.design;

  const kernel = COVARIATE_KERNELS.paretoNbd;
  const names = [...kernel.names, ...layout.names];
  const theta0 = plainStart(design, layout.names.length);
  const objective = timeVaryingObjective(design);
  const optimum = optimizeCovariates(kernel, design as unknown as CovariateDesign, objective, theta0, maxIterations, 1e-6, outerProduct(design, theta0));
  const hessian = timeVaryingHessian(objective, optimum.theta, design.total);
  const theta = newtonPolish(objective, optimum.theta, hessian, design.total);
  const uncertainty = covariateUncertainty(objective, theta, hessian, names);
  const estimates = covariateEstimates(kernel, theta, uncertainty.covariance, k, layout, coding, confidenceLevel);
  let purchases = 0;
  for (const x of design.x) purchases += x;
  const logLikelihood = objective.logLikelihood(theta) - Math.log(k) * purchases;
  const report = covariateFitReport(fn, {
    names,
    logLikelihood,
    total: design.total,
    optimum,
    uncertainty,
    confidenceLevel,
    strict: options.strict,
    unidentified: 'a covariate constant over the customer-periods, or collinear with another?',
  });
  return {
    model: 'paretoNbd',
    ...(estimates as unknown as Pick<TimeVaryingFitResult, 'params' | 'standardErrors' | 'confidenceIntervals' | 'coefficients' | 'rawScale'>),
    ...report,
    coding,
    constrained: layout.constrained,
    rejected: customers.rejected,
    unmatched: customers.unmatched,
    timeUnit: settings.timeUnit,
    data: {
      periodStart: formatEpochDay(periodStart),
      periodDays,
      calibrationEnd: formatEpochDay(calibrationEnd),
      transactions: transactions.length,
      afterCalibration: customers.afterCalibration,
      customers: customers.seen,
      customerPeriods: customers.u.length,
    },
  };
}

/**
 * Up to two Newton steps `θ ← θ − H⁻¹ N ∇F` from the optimiser's end (`H` the Hessian of the total
 * objective there), each kept only if it lowers the objective: BFGS stops on a preconditioned gradient
 * of 1e-6, and the polish brings the gradient to the level of the evaluation's rounding.
 */
function newtonPolish(objective: CovariateObjective, theta0: Float64Array, H: number[][], N: number): Float64Array {
  if (!H.every((row) => row.every(Number.isFinite)) || choleskyDecomposition(H) === null) return theta0;
  let theta = theta0;
  let value = objective.value(theta);
  let g = objective.gradient(theta);
  for (let step = 0; step < 2; step++) {
    if (!g.every(Number.isFinite)) break;
    const d = solveLinearSystem(H, Array.from(g, (v) => N * v));
    if (!d.every(Number.isFinite)) break;
    const next = Float64Array.from(theta, (v, j) => v - (d[j] as number));
    const nextValue = objective.value(next);
    if (!(nextValue <= value)) break;
    theta = next;
    value = nextValue;
    g = objective.gradient(next); // served from the cache of the value just computed
  }
  // leave the objective's cache at the estimate, so what follows reads it without another pass
  objective.value(theta);
  return theta;
}

/** `M = Σ w g gᵀ / N + 2Λ` at θ₀ (the outer-product estimate of the mean objective's Hessian). */
function outerProduct(design: TimeVaryingDesign, theta0: Float64Array): number[][] {
  const dim = theta0.length;
  const outer = new Float64Array(dim * dim);
  timeVaryingLogLikelihood(design, theta0, undefined, outer);
  const M: number[][] = [];
  for (let a = 0; a < dim; a++) {
    const row: number[] = [];
    for (let b = 0; b < dim; b++) row.push((outer[a * dim + b] as number) / design.total + (a === b && a >= 4 ? 2 * (design.l2[a - 4] as number) : 0));
    M.push(row);
  }
  return M;
}

/** θ₀: plain Pareto/NBD fitted to (a subsample of about 3,000 of) the customers, on data divided by `k`; coefficients 0. */
function plainStart(design: TimeVaryingDesign, m: number): Float64Array {
  const stride = Math.max(1, Math.floor(design.n / 3000));
  const rows: RfmCustomer[] = [];
  for (let i = 0; i < design.n; i += stride) rows.push({ frequency: design.x[i] as number, recency: design.tx[i] as number, T: design.T[i] as number });
  const theta = new Float64Array(4 + m);
  try {
    const plain = fitModel(paretoNbd, rows).params as ParetoNbdParams;
    theta[0] = Math.log(plain.r);
    theta[1] = Math.log(plain.alpha);
    theta[2] = Math.log(plain.s);
    theta[3] = Math.log(plain.beta);
  } catch {
    // a degenerate sample (e.g. nobody bought twice): start at (1, 1, 1, 1) on the scaled clock
  }
  if (!theta.slice(0, 4).every(Number.isFinite)) theta.fill(0, 0, 4);
  return theta;
}
