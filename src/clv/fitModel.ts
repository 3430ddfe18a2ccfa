import { AbortedError } from '../core/errors/AbortedError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { NotConvergedError } from '../core/errors/NotConvergedError';
import { boundsAtEstimate } from './internal/fit/boundsAtEstimate';
import { checkFittableModel } from './internal/fit/checkFittableModel';
import { chooseTimeScale } from './internal/fit/chooseTimeScale';
import { createFitControl } from './internal/fit/createFitControl';
import { createFitObjective } from './internal/fit/createFitObjective';
import { createParameterMap } from './internal/fit/createParameterMap';
import { fitConvergence } from './internal/fit/fitConvergence';
import { fitIdentification } from './internal/fit/fitIdentification';
import { hessianAt } from './internal/fit/hessianAt';
import { logCovarianceOf } from './internal/fit/logCovarianceOf';
import { parameterUncertainty } from './internal/fit/parameterUncertainty';
import { readFitData } from './internal/fit/readFitData';
import { reportStarts } from './internal/fit/reportStarts';
import { rescaleData } from './internal/fit/rescaleData';
import { resolveFitOptions } from './internal/fit/resolveFitOptions';
import { runAllStarts } from './internal/fit/runAllStarts';
import { startingThetas } from './internal/fit/startingThetas';
import type { FitRun } from './internal/fit/types';
import type { FitDataSettings, FittableModel, ModelName, ModelParams, ModelTimeUnit, SummarizedData } from './types';

/** Options of {@link fitModel}. */
export interface FitOptions<P extends ModelParams> {
  /**
   * Starting point(s) in the data's time unit, tried in addition to the model's own starts. The best
   * log-likelihood wins.
   */
  readonly start?: P | readonly P[];
  /**
   * L2 penalty `λ ≥ 0`: the objective becomes `mean NLL + λ Σ params²` (parameters in the data's time unit).
   * Default 0. The reported log-likelihood is always the unpenalised one.
   */
  readonly penalty?: number;
  /** Throw `NOT_CONVERGED` instead of returning a fit with `converged: false`. Default `false`. */
  readonly strict?: boolean;
  /** Iteration cap of each optimiser stage (Nelder–Mead at most `200 · parameters`), per start. Default 500. */
  readonly maxIterations?: number;
  /** Convergence tolerance on the gradient norm of the mean NLL in log-parameters. Default 1e-7. */
  readonly tolerance?: number;
  /**
   * Divide every time column by this factor while fitting, for conditioning (docs/clv.md, "Fitting"). `'auto'`
   * (default) uses the largest value of the model's time columns; `1` turns rescaling off. Results are
   * always reported in the data's time unit.
   */
  readonly timeScale?: number | 'auto';
  /** Level of the confidence intervals, in (0, 1). Default 0.95. */
  readonly confidenceLevel?: number;
  /**
   * The time unit of the data (of `recency` and `T`; for BG/BB and sBG the length of one opportunity or
   * period), recorded in the fit so that predictions can check it. Not needed for a summary, which
   * carries its unit (when given, it must agree with the summary's). Not allowed for Gamma-Gamma, whose
   * data have no time unit.
   */
  readonly timeUnit?: ModelTimeUnit;
  /**
   * Lower bounds enforced during the fit, by parameter: `{ q: { greaterThan: 1 } }` fits Gamma-Gamma with
   * `q > 1`, where its mean spend `p·gamma/(q − 1)` exists. A bounded parameter is optimised as
   * `params_j = b + e^θ_j`, so the bound holds strictly at every step; its standard error and interval
   * follow by the delta method in `θ_j` (the interval stays above `b`). Bounds are in the data's time
   * unit. Default: none (every parameter only positive), so the fit is the unconstrained maximum. A
   * start in `options.start` must lie above the bounds; a model start that does not is moved to `b`
   * plus its value.
   */
  readonly constraints?: FitConstraints<P>;
  /**
   * Called after every optimiser iteration with the run, stage, iteration, current parameters,
   * log-likelihood and gradient norm (see {@link FitProgress}). It runs synchronously inside the fit;
   * an exception it throws ends the fit and propagates. Default: none.
   */
  readonly onProgress?: (progress: FitProgress<P>) => void;
  /**
   * Stops the fit when aborted: checked before the data are compressed, before every starting point and
   * after every optimiser iteration (so also when aborted from `onProgress`); the fit then throws
   * `ABORTED` (`AbortedError`) and returns nothing. The fit mutates nothing of the caller's, so there is
   * nothing to undo. A fit is synchronous, so no timer or event handler runs while it does (an
   * `AbortSignal.timeout` cannot fire mid-fit): abort from `onProgress` (e.g. on a time budget) or before
   * the call; to stop a fit from the outside, run it in a worker. Default: none.
   */
  readonly signal?: AbortSignalLike;
}

/**
 * What {@link fitModel} reads of an `AbortSignal`: `aborted`, and `reason` for the error. A signal from
 * `new AbortController()` fits; so does any object with these fields (the library does not depend on
 * the DOM or Node type definitions).
 */
export interface AbortSignalLike {
  /** Whether the caller has asked to stop. */
  readonly aborted: boolean;
  /** Why, passed on as the `value` of the `ABORTED` error (`undefined` when not given). */
  readonly reason?: unknown;
}

/** Lower bounds on parameters (in the data's time unit), e.g. `{ q: { greaterThan: 1 } }` for Gamma-Gamma. */
export type FitConstraints<P extends ModelParams> = { readonly [K in keyof P]?: { readonly greaterThan: number } };

/** What {@link fitModel} reports to `options.onProgress` after every optimiser iteration. */
export interface FitProgress<P extends ModelParams> {
  /** Index of the starting point being run, from 0 (the model's own starts first, then `options.start`). */
  readonly start: number;
  /** Number of starting points. */
  readonly starts: number;
  /** The optimiser at work: `'nelderMead'` (into the basin) or `'bfgs'` (quasi-Newton). */
  readonly stage: 'nelderMead' | 'bfgs';
  /** Iterations of this run so far, all stages (the count `FitResult.iterations` reports for the winner). */
  readonly iteration: number;
  /** The current parameters, in the data's time unit. */
  readonly params: P;
  /** Unpenalised log-likelihood at `params`, in the data's time unit (`-Infinity` outside the domain). */
  readonly logLikelihood: number;
  /**
   * Euclidean norm of the gradient of the mean objective in the optimiser's coordinates (as
   * `FitResult.gradientNorm`), or `null` in the Nelder–Mead stage, which computes none.
   */
  readonly gradientNorm: number | null;
}

/** One optimisation run of {@link fitModel}, from one starting point. */
export interface FitStart<P extends ModelParams> {
  /** The starting point (data time unit). */
  readonly start: P;
  /** Where the run ended (data time unit). */
  readonly params: P;
  /** Unpenalised log-likelihood at `params`. */
  readonly logLikelihood: number;
  /** Whether the optimiser met its tolerance. */
  readonly converged: boolean;
}

/** The result of {@link fitModel}: a plain JSON-serialisable object. */
export interface FitResult<P extends ModelParams> {
  /** The fitted model's name. */
  readonly model: ModelName;
  /**
   * The regularity `k` of a fit of `mbgCnbdK(k)` (present only for that model): with it the fit names its
   * model completely, so `scoreCustomers`, `customerLifetimeValue` and the other prediction functions
   * rebuild `mbgCnbdK(k)` from the fit alone. Absent for every other model, and in an `mbgCnbdK` fit saved
   * before fit format version 3 (`parseFit`).
   */
  readonly k?: number;
  /** Maximum-likelihood (or penalised) estimates, in the data's time unit. */
  readonly params: P;
  /** Unpenalised weighted log-likelihood `Σ w ℓ` at `params`, in the data's time unit. */
  readonly logLikelihood: number;
  /**
   * Standard error of each parameter (delta method from the Hessian in log-parameters); `null` for a
   * parameter the fit does not identify (its reason in `notIdentified`).
   */
  readonly standardErrors: { readonly [K in keyof P]: number | null };
  /**
   * Covariance matrix of the parameters, rows and columns in `parameterNames` order; `null` in the row and
   * column of a parameter in `notIdentified` (every entry when the Hessian is not positive definite).
   */
  readonly covariance: (number | null)[][];
  /** Covariance matrix of the log-parameters `θ = ln(params)` (`null` where `covariance` is). */
  readonly logCovariance: (number | null)[][];
  /** Confidence intervals `exp(θ ± z·SE(θ))` (finite and positive), `null` for a parameter in `notIdentified`. */
  readonly confidenceIntervals: { readonly [K in keyof P]: readonly [number, number] | null };
  /** Level of `confidenceIntervals`. */
  readonly confidenceLevel: number;
  /** Parameter names in the order of the covariance rows. */
  readonly parameterNames: readonly (keyof P & string)[];
  /** Akaike information criterion `2k − 2LL`. */
  readonly aic: number;
  /** Bayesian information criterion `k ln N − 2LL`, `N = Σ w`. */
  readonly bic: number;
  /**
   * Whether the optimiser converged, the Hessian is positive definite and the estimate is a sound interior
   * maximum: `false` when a parameter ran to the boundary of the parameter space (`boundary`) or the
   * likelihood is so flat that an interval would span more than 12 orders of magnitude.
   */
  readonly converged: boolean;
  /** Why the fit did or did not converge, and what to do when it did not. */
  readonly message: string;
  /** Iterations of the winning run (all stages). */
  readonly iterations: number;
  /** Objective evaluations over all runs. */
  readonly evaluations: number;
  /** Euclidean norm of the gradient of the mean objective in log-parameters at the optimum. */
  readonly gradientNorm: number;
  /** Number of customers `N = Σ w`. */
  readonly n: number;
  /** Number of unique rows after compression. */
  readonly rows: number;
  /** The time scale `k` the data were divided by while fitting. */
  readonly timeScale: number;
  /** The L2 penalty used. */
  readonly penalty: number;
  /** Every run, best first: the spread shows how flat the likelihood is. */
  readonly starts: FitStart<P>[];
  /** The bounds enforced (`options.constraints`, normalised); `{}` for an unconstrained fit. */
  readonly constraints: FitConstraints<P>;
  /**
   * The bounded parameters whose estimate sits at the bound (within `1e-4 · max(1, bound)`): the
   * likelihood rises towards the bound, so the unconstrained maximum lies beyond it (for Gamma-Gamma with
   * `q > 1`: the data favour a spend distribution without a finite mean). Their standard errors,
   * intervals and covariance entries are `null` (reason in `notIdentified`), and `message` says so.
   * Empty when none.
   */
  readonly atBound: (keyof P & string)[];
  /**
   * The parameters that ran to the boundary of the parameter space: on the rescaled data (docs/clv.md,
   * "Fitting") the estimate above its bound lies outside `[1e-6, 1e6]` while the likelihood is flat there
   * (an interval in `ln(params)` wider than `±ln 10`, or a Hessian that is not positive definite), e.g.
   * BG/BB's `delta` running to infinity on four customers. Such a fit is not `converged`. Empty when none.
   */
  readonly boundary: (keyof P & string)[];
  /**
   * Each parameter whose standard error, interval and covariance are `null`, with the reason: at its user
   * bound (`atBound`), ran to the boundary (`boundary`), on a flat direction of a Hessian that is not
   * positive definite (the parameters outside its largest positive-definite principal block), no
   * covariance because the Hessian is not positive definite, or an interval that would span more than
   * 12 orders of magnitude. Empty when every parameter is identified.
   */
  readonly notIdentified: { readonly [K in keyof P]?: string };
  /**
   * The time unit of the data and so of the time-rate parameters (`alpha`, `beta`): the summary's unit, or
   * `options.timeUnit`; `null` when unknown (a bare array without `timeUnit`) or meaningless (Gamma-Gamma).
   * `customerLifetimeValue`, `scoreCustomers`, `expectationMatrix` and `probabilityAliveHistory` convert
   * horizons into it, and refuse a disagreeing unit with `UNIT_MISMATCH`.
   */
  readonly timeUnit: ModelTimeUnit | null;
  /** Conventions of the data fitted (unit length, month length, merge rule, calibration end, records). */
  readonly data: FitDataSettings;
}

/**
 * Fits any clientele model by maximum likelihood: compressed data, log-parameters, several starts,
 * quasi-Newton optimisation and delta-method standard errors.
 *
 * @remarks
 * The data are validated and compressed to unique rows with counts (`model.compress`), the time columns
 * divided by `k` (default the largest time value) for conditioning, and the objective
 * `F(θ) = −Σ_k w_k ℓ_k(e^θ) / Σ_k w_k + λ Σ_j params_j²` minimised over `θ = ln(params)` by Nelder–Mead
 * into the basin followed by BFGS (analytic gradient when the model has one), from every starting point
 * of the model and of `options.start`; the best run wins. Standard errors come from the Hessian `H` of the
 * total objective `N · F` in `θ` (forward differences of the analytic gradient with step 1e-7 when the
 * model has one, else a numerical Hessian): `Cov(θ) = H⁻¹`, `SE_j = params_j √(H⁻¹)_jj`, intervals
 * `exp(θ_j ± z·√(H⁻¹)_jj)`. A fit is `converged` when BFGS met its tolerance, `H` is positive definite and
 * no parameter ran to the boundary of the parameter space (`boundary`: towards 0 or ∞ along a flat
 * likelihood, as BG/BB does on a handful of customers) or has an interval over 12 orders of magnitude;
 * otherwise it says so, with what to do (or throws with `strict`). A parameter the fit does not identify
 * has `null` standard error, interval and covariance entries, and its reason in `notIdentified`. Rescaling does not change the answer: rate parameters
 * are multiplied back by `k` and the log-likelihood is recomputed in the data's units (docs/clv.md, "Fitting").
 * Complexity: O(rows) for compression, then O(unique rows) per likelihood evaluation.
 *
 * Units travel with the data: given the result of `summarizeTransactions` (or
 * `summarizeTransactionColumns`) itself, the fit records the summary's time unit in `timeUnit` (the unit
 * of `recency`, `T` and of the rate parameters `alpha`, `beta`) and its unit length, month length, merge
 * rule and calibration end in `data`; the prediction functions that take a fit and a horizon convert the
 * horizon into that unit or refuse a disagreeing one with `UNIT_MISMATCH`. A bare array is fitted as
 * before; its unit is then unknown (`timeUnit: null`) unless declared by `options.timeUnit`. Gamma-Gamma
 * given a summary is fitted on its repeat buyers (`frequency > 0`, Fader, Hardie & Lee 2005b); the others
 * are counted in `data.excluded`.
 *
 * Long fits report and stop (docs/clv.md, "Progress, abort and saving a fit"): `options.onProgress` is
 * called after every optimiser iteration with the current parameters, log-likelihood and gradient norm,
 * and `options.signal` (an `AbortSignal`) is checked before the data are compressed, before every start
 * and after every iteration; once it is aborted the fit throws `ABORTED` and returns nothing (the
 * caller's data and options are never modified, so nothing is left half-done). `options.constraints`
 * enforces lower bounds by the reparametrisation `params_j = b_j + e^θ_j` (e.g. Gamma-Gamma with
 * `q > 1`, where its mean spend exists); a parameter whose estimate sits at its bound is listed in
 * `atBound`. Save a fit with `serializeFit` and read it back with `parseFit`.
 *
 * @param model - The model object, e.g. `bgNbd`.
 * @param data - The model's data, e.g. per-customer `{ frequency, recency, T }` rows (optional `weight`),
 *   or a summary `{ customers, options }` as `summarizeTransactions` returns it.
 * @param options - Starting points, penalty, strictness, tolerances, time scale, confidence level, the
 *   time unit of a bare array, lower bounds, a progress callback and an abort signal.
 * @returns Estimates, log-likelihood, standard errors, covariance, intervals, AIC/BIC and diagnostics.
 * @throws InvalidArgumentError when `model` is not a model of clientele/clv, the data or an option is invalid
 *   (the row and field are named), or a summary is given to BG/BB or sBG.
 * @throws UnitMismatchError when `options.timeUnit` disagrees with the unit of a summary.
 * @throws EmptyInputError when the data have no row.
 * @throws NotConvergedError with `strict: true` when the optimiser did not converge.
 * @throws AbortedError when `options.signal` is aborted before or during the fit.
 * @example
 * ```ts
 * const fit = fitModel(bgNbd, [
 *   { frequency: 2, recency: 30.43, T: 38.86 },
 *   { frequency: 1, recency: 1.71, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 0, recency: 0, T: 38.86 },
 *   { frequency: 5, recency: 36.0, T: 37.0 },
 * ], { timeUnit: 'week' });
 * fit.n; // 5
 * fit.rows; // 4
 * fit.timeUnit; // 'week'
 * // A summary carries its unit: fitModel(bgNbd, summarizeTransactions(log, { unit: 'day' })).timeUnit is 'day'.
 * // A time budget: the fit is synchronous, so abort from onProgress (a timer cannot fire during the fit).
 * const controller = new AbortController();
 * const deadline = Date.now() + 60_000;
 * fitModel(bgNbd, rows, {
 *   signal: controller.signal,
 *   onProgress: (p) => (Date.now() > deadline ? controller.abort('over budget') : console.log(p.iteration, p.logLikelihood)),
 * }); // throws AbortedError (code 'ABORTED') once over budget
 * ```
 * @see Fader, Hardie & Lee (2005). "Counting your customers" the easy way: An alternative to the
 * Pareto/NBD model. Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function fitModel<P extends ModelParams, D>(
  model: FittableModel<P, D>,
  data: D | SummarizedData<D extends readonly (infer C)[] ? C : never>,
  options: FitOptions<P> = {},
): FitResult<P> {
  const fn = 'fitModel';
  checkFittableModel(fn, model);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object of options (e.g. { strict: true }), or omitted', options);
  }
  const source = readFitData(fn, model.name, data, options.timeUnit);
  const fittable = model as unknown as FittableModel<P, never>;
  const settings = resolveFitOptions(fn, fittable, options);
  const { penalty, lower, signal } = settings;
  if (signal?.aborted === true) throw new AbortedError(fn, signal.reason);

  // Validate and compress, rescale time, and map the parameters to unbounded coordinates θ.
  const compressed = model.compress(source.data as D, fn);
  const N = compressed.total;
  const k = chooseTimeScale(fn, compressed, model.timeScale.columns, options.timeScale);
  const scaled = rescaleData(compressed, model.timeScale.columns, k);
  const map = createParameterMap(fittable, k, lower);
  const objective = createFitObjective(fittable, scaled, map, penalty);

  // Optimise from every start; the best run wins.
  const starts = startingThetas(fittable, scaled, settings.userStarts, map);
  const control = createFitControl({ fn, model: fittable, compressed, scaled, map, penalty, starts: starts.length, onProgress: settings.onProgress, signal });
  const runs = runAllStarts(objective, starts, settings.maxIterations, settings.tolerance, control);
  const best = runs[0] as FitRun;
  control.throwIfAborted();

  // Uncertainty from the Hessian in θ, and the verdict.
  const { gradient, hessian } = hessianAt(objective, best.theta, N);
  const { positiveDefinite, logCovariance } = logCovarianceOf(hessian);
  const gradientNorm = norm(gradient);
  const params = map.toParams(best.theta, true);
  const logLikelihood = model.logLikelihood(params, compressed);
  const atBound = boundsAtEstimate(params, map.names, lower) as (keyof P & string)[];
  const identification = fitIdentification(map.names, best.theta, hessian, logCovariance, settings.confidenceLevel, atBound);
  const uncertainty = parameterUncertainty(params, map.names, lower, logCovariance, settings.confidenceLevel, identification.notIdentified);
  const { converged, message } = fitConvergence(best.converged, best.message, positiveDefinite, logLikelihood, gradientNorm, atBound, identification);
  if (!converged && settings.strict) throw new NotConvergedError(fn, message);

  const dim = map.dim;
  return {
    model: model.name,
    ...regularityOf(model),
    params,
    logLikelihood,
    standardErrors: uncertainty.standardErrors as { readonly [K in keyof P]: number | null },
    covariance: uncertainty.covariance,
    logCovariance: uncertainty.logCovariance,
    confidenceIntervals: uncertainty.intervals as { readonly [K in keyof P]: readonly [number, number] | null },
    confidenceLevel: settings.confidenceLevel,
    parameterNames: map.names,
    aic: 2 * dim - 2 * logLikelihood,
    bic: dim * Math.log(N) - 2 * logLikelihood,
    converged,
    message,
    iterations: best.iterations,
    evaluations: objective.evaluations(),
    gradientNorm,
    n: N,
    rows: compressed.rows,
    timeScale: k,
    penalty,
    starts: reportStarts(runs, best, logLikelihood, map, penalty, N),
    constraints: settings.constraints,
    atBound,
    boundary: identification.boundary as (keyof P & string)[],
    notIdentified: identification.notIdentified as { readonly [K in keyof P]?: string },
    timeUnit: source.timeUnit,
    data: source.settings,
  };
}

/** `{ k }` of an `mbgCnbdK(k)` model (the regularity, which its fit records), `{}` for every other model. */
function regularityOf(model: { readonly name: ModelName }): { readonly k?: number } {
  const k = (model as { readonly k?: unknown }).k;
  return model.name === 'mbgCnbdK' && typeof k === 'number' ? { k } : {};
}

/** Euclidean norm. */
function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] as number) * (v[i] as number);
  return Math.sqrt(s);
}
