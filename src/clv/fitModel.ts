import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { NotConvergedError } from '../core/errors/NotConvergedError';
import { choleskyDecomposition } from '../core/linalg/choleskyDecomposition';
import { invertMatrix } from '../core/linalg/invertMatrix';
import { minimizeBfgs } from '../core/optimize/minimizeBfgs';
import { minimizeNelderMead } from '../core/optimize/minimizeNelderMead';
import { numericalGradient } from '../core/optimize/numericalGradient';
import { numericalHessian } from '../core/optimize/numericalHessian';
import { normalQuantile } from '../core/special/normalQuantile';
import { checkModelTimeUnit, clockOf, clockOfSummary, describeClock, isSummarizedData, sameClock } from './internal/modelClock';
import { UnitMismatchError } from '../core/errors/UnitMismatchError';
import type { CompressedData, FitDataSettings, FittableModel, ModelName, ModelParams, ModelTimeUnit, SummarizedData } from './types';

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
  /** Maximum-likelihood (or penalised) estimates, in the data's time unit. */
  readonly params: P;
  /** Unpenalised weighted log-likelihood `Σ w ℓ` at `params`, in the data's time unit. */
  readonly logLikelihood: number;
  /** Standard error of each parameter (delta method from the Hessian in log-parameters). */
  readonly standardErrors: { readonly [K in keyof P]: number };
  /** Covariance matrix of the parameters, rows and columns in `parameterNames` order. */
  readonly covariance: number[][];
  /** Covariance matrix of the log-parameters `θ = ln(params)`. */
  readonly logCovariance: number[][];
  /** Confidence intervals `exp(θ ± z·SE(θ))` (always positive). */
  readonly confidenceIntervals: { readonly [K in keyof P]: readonly [number, number] };
  /** Level of `confidenceIntervals`. */
  readonly confidenceLevel: number;
  /** Parameter names in the order of the covariance rows. */
  readonly parameterNames: readonly (keyof P & string)[];
  /** Akaike information criterion `2k − 2LL`. */
  readonly aic: number;
  /** Bayesian information criterion `k ln N − 2LL`, `N = Σ w`. */
  readonly bic: number;
  /** Whether the optimiser converged and the Hessian is positive definite. */
  readonly converged: boolean;
  /** Why the fit did or did not converge. */
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

/** Value and gradient (in log-parameters) of the weighted log-likelihood in one pass. */
type CombinedEvaluation<P> = (params: P, data: CompressedData, gradient: Float64Array) => number;

interface Run {
  readonly start: Float64Array;
  readonly theta: Float64Array;
  readonly value: number;
  readonly converged: boolean;
  readonly iterations: number;
  readonly message: string;
}

function rescaleData(data: CompressedData, columns: readonly string[], k: number): CompressedData {
  if (k === 1) return data;
  const scaled: Record<string, Float64Array> = { ...data.columns };
  for (const name of columns) {
    const col = data.columns[name];
    if (col === undefined) continue;
    const out = new Float64Array(col.length);
    for (let i = 0; i < col.length; i++) out[i] = (col[i] as number) / k;
    scaled[name] = out;
  }
  return { columns: scaled, weights: data.weights, rows: data.rows, total: data.total };
}

function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] as number) * (v[i] as number);
  return Math.sqrt(s);
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
 * `exp(θ_j ± z·√(H⁻¹)_jj)`. A fit is `converged` when BFGS met its tolerance and `H` is positive definite;
 * otherwise it says so (or throws with `strict`). Rescaling does not change the answer: rate parameters
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
 * @param model - The model object, e.g. `bgNbd`.
 * @param data - The model's data, e.g. per-customer `{ frequency, recency, T }` rows (optional `weight`),
 *   or a summary `{ customers, options }` as `summarizeTransactions` returns it.
 * @param options - Starting points, penalty, strictness, tolerances, time scale, confidence level, and
 *   the time unit of a bare array.
 * @returns Estimates, log-likelihood, standard errors, covariance, intervals, AIC/BIC and diagnostics.
 * @throws InvalidArgumentError when the data or an option is invalid (the row and field are named), or a
 *   summary is given to BG/BB or sBG.
 * @throws UnitMismatchError when `options.timeUnit` disagrees with the unit of a summary.
 * @throws EmptyInputError when the data have no row.
 * @throws NotConvergedError with `strict: true` when the optimiser did not converge.
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
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const source = readFitData(fn, model.name, data, options.timeUnit);
  const penalty = options.penalty ?? 0;
  if (typeof penalty !== 'number' || !Number.isFinite(penalty) || penalty < 0) {
    throw new InvalidArgumentError(fn, 'options.penalty', 'must be a finite number at least 0', penalty);
  }
  const maxIterations = options.maxIterations ?? 500;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new InvalidArgumentError(fn, 'options.maxIterations', 'must be an integer at least 1', maxIterations);
  }
  const tolerance = options.tolerance ?? 1e-7;
  if (typeof tolerance !== 'number' || !(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new InvalidArgumentError(fn, 'options.tolerance', 'must be a finite number greater than 0', tolerance);
  }
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (typeof confidenceLevel !== 'number' || !(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new InvalidArgumentError(fn, 'options.confidenceLevel', 'must be a number between 0 and 1', confidenceLevel);
  }
  const names = model.parameterNames;
  const dim = names.length;
  const userStarts: readonly P[] =
    options.start === undefined ? [] : Array.isArray(options.start) ? (options.start as readonly P[]) : [options.start as P];
  userStarts.forEach((s, i) => model.validateParams(s, userStarts.length > 1 ? `${fn}: options.start[${i}]` : fn));

  const compressed = model.compress(source.data as D, fn);
  const N = compressed.total;

  // Time rescaling.
  let k = 1;
  const timeColumns = model.timeScale.columns;
  if (options.timeScale === undefined || options.timeScale === 'auto') {
    let max = 0;
    for (const name of timeColumns) {
      const col = compressed.columns[name];
      if (col === undefined) continue;
      for (let i = 0; i < col.length; i++) if ((col[i] as number) > max) max = col[i] as number;
    }
    if (max > 0 && Number.isFinite(max)) k = max;
  } else {
    const ts = options.timeScale;
    if (typeof ts !== 'number' || !Number.isFinite(ts) || ts <= 0) {
      throw new InvalidArgumentError(fn, 'options.timeScale', "must be 'auto' or a finite number greater than 0", ts);
    }
    k = ts;
  }
  const scaled = rescaleData(compressed, timeColumns, k);
  const logK = new Float64Array(dim); // θ_original = θ_scaled + logK
  for (let j = 0; j < dim; j++) {
    if ((model.timeScale.parameters as readonly string[]).includes(names[j] as string)) logK[j] = Math.log(k);
  }

  const toParams = (theta: ArrayLike<number>, shift: boolean): P => {
    const p: Record<string, number> = {};
    for (let j = 0; j < dim; j++) p[names[j] as string] = Math.exp((theta[j] as number) + (shift ? (logK[j] as number) : 0));
    return p as P;
  };
  const toTheta = (p: P, unshift: boolean): Float64Array => {
    const t = new Float64Array(dim);
    for (let j = 0; j < dim; j++) t[j] = Math.log(p[names[j] as string] as number) - (unshift ? (logK[j] as number) : 0);
    return t;
  };

  let evaluations = 0;
  const objective = (theta: ArrayLike<number>): number => {
    evaluations++;
    for (let j = 0; j < dim; j++) if (!Number.isFinite(theta[j] as number) || Math.abs(theta[j] as number) > 700) return Number.POSITIVE_INFINITY;
    let ll: number;
    if (combined !== undefined && analytic !== undefined) {
      const g = new Float64Array(dim);
      ll = combined(toParams(theta, false), scaled, g);
      finishGradient(theta, g, cachedGradient);
      for (let j = 0; j < dim; j++) cachedTheta[j] = theta[j] as number;
    } else {
      ll = model.logLikelihood(toParams(theta, false), scaled);
    }
    let f = -ll / N;
    if (penalty > 0) {
      for (let j = 0; j < dim; j++) {
        const p = Math.exp((theta[j] as number) + (logK[j] as number));
        f += penalty * p * p;
      }
    }
    return Number.isFinite(f) ? f : Number.POSITIVE_INFINITY;
  };
  const analytic = model.logLikelihoodGradient;
  // Models may also offer value and gradient in one pass (an optional extension of FittableModel): the
  // objective then computes both and the gradient call at the same point is served from this cache.
  const combined = (model as { logLikelihoodAndGradient?: CombinedEvaluation<P> }).logLikelihoodAndGradient;
  const cachedTheta = new Float64Array(dim).fill(Number.NaN);
  const cachedGradient = new Float64Array(dim);
  const sameAsCache = (theta: ArrayLike<number>): boolean => {
    for (let j = 0; j < dim; j++) if (theta[j] !== cachedTheta[j]) return false;
    return true;
  };
  const finishGradient = (theta: ArrayLike<number>, g: ArrayLike<number>, out: Float64Array): void => {
    for (let j = 0; j < dim; j++) {
      let v = -(g[j] as number) / N;
      if (penalty > 0) {
        const p = Math.exp((theta[j] as number) + (logK[j] as number));
        v += 2 * penalty * p * p;
      }
      out[j] = v;
    }
  };
  const gradient =
    analytic === undefined
      ? undefined
      : (theta: ArrayLike<number>): Float64Array => {
          if (combined !== undefined && sameAsCache(theta)) return cachedGradient.slice();
          const out = new Float64Array(dim);
          finishGradient(theta, analytic(toParams(theta, false), scaled), out);
          return out;
        };

  const starts: Float64Array[] = [];
  for (const s of model.startingPoints(scaled)) starts.push(toTheta(s, false));
  for (const s of userStarts) starts.push(toTheta(s, true));

  const runs: Run[] = [];
  for (const start of starts) {
    let x0: number[] = Array.from(start);
    let iterations = 0;
    if (gradient === undefined || !Number.isFinite(objective(x0))) {
      const nm = minimizeNelderMead((t) => objective(t), x0, { maxIterations: Math.min(200 * dim, maxIterations) });
      iterations += nm.iterations;
      if (Number.isFinite(nm.value)) x0 = nm.x;
    }
    const bfgsOptions = gradient === undefined ? { maxIterations, gradientTolerance: tolerance } : { maxIterations, gradientTolerance: tolerance, gradient };
    let result = minimizeBfgs((t) => objective(t), x0, bfgsOptions);
    iterations += result.iterations;
    if (!result.converged && gradient !== undefined) {
      // Retry from the Nelder–Mead basin when the direct quasi-Newton run failed.
      const nm = minimizeNelderMead((t) => objective(t), x0, { maxIterations: Math.min(200 * dim, maxIterations) });
      iterations += nm.iterations;
      const retry = minimizeBfgs((t) => objective(t), nm.x, bfgsOptions);
      iterations += retry.iterations;
      if (retry.value <= result.value || retry.converged) result = retry;
    }
    runs.push({
      start,
      theta: Float64Array.from(result.x),
      value: result.value,
      converged: result.converged,
      iterations,
      message: result.message,
    });
  }
  runs.sort((p, q) => (p.value === q.value ? 0 : !(p.value <= q.value) ? 1 : -1));
  const best = runs[0] as Run;
  const theta = best.theta;

  // Hessian of the total objective N·F in θ: forward differences of the analytic gradient from the
  // gradient at the estimate (dim extra passes over the data), or a numerical Hessian of the objective.
  const finalGradient = gradient !== undefined ? gradient(theta) : numericalGradient(objective, theta);
  let hessian: number[][];
  if (gradient !== undefined) {
    hessian = [];
    const h = 1e-7;
    const rowsH: Float64Array[] = [];
    for (let j = 0; j < dim; j++) {
      const up = Float64Array.from(theta);
      up[j] = (up[j] as number) + h;
      const gu = gradient(up);
      const row = new Float64Array(dim);
      for (let m = 0; m < dim; m++) row[m] = (N * ((gu[m] as number) - (finalGradient[m] as number))) / h;
      rowsH.push(row);
    }
    for (let j = 0; j < dim; j++) {
      const row: number[] = [];
      for (let m = 0; m < dim; m++) row.push(0.5 * (((rowsH[j] as Float64Array)[m] as number) + ((rowsH[m] as Float64Array)[j] as number)));
      hessian.push(row);
    }
  } else {
    hessian = numericalHessian((t) => N * objective(t), Array.from(theta)).map((row) => Array.from(row));
  }
  const positiveDefinite = hessian.every((row) => row.every(Number.isFinite)) && choleskyDecomposition(hessian) !== null;
  const logCovariance = positiveDefinite ? invertMatrix(hessian) : hessian.map((row) => row.map(() => Number.NaN));

  const gradientNorm = norm(finalGradient);

  const params = toParams(theta, true);
  const logLikelihood = model.logLikelihood(params, compressed);
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const standardErrors: Record<string, number> = {};
  const intervals: Record<string, readonly [number, number]> = {};
  const covariance: number[][] = [];
  for (let j = 0; j < dim; j++) {
    const pj = params[names[j] as string] as number;
    const vj = (logCovariance[j] as number[])[j] as number;
    const seTheta = Math.sqrt(vj);
    standardErrors[names[j] as string] = pj * seTheta;
    intervals[names[j] as string] = [pj * Math.exp(-z * seTheta), pj * Math.exp(z * seTheta)];
    const row: number[] = [];
    for (let m = 0; m < dim; m++) row.push(pj * ((logCovariance[j] as number[])[m] as number) * (params[names[m] as string] as number));
    covariance.push(row);
  }
  const converged = best.converged && positiveDefinite && Number.isFinite(logLikelihood);
  const message = !Number.isFinite(logLikelihood)
    ? 'the log-likelihood is not finite at the estimate'
    : !best.converged
      ? `the optimiser stopped: ${best.message} (gradient norm ${gradientNorm.toExponential(2)})`
      : !positiveDefinite
        ? 'the Hessian is not positive definite at the estimate (flat or unbounded likelihood)'
        : 'converged';
  if (!converged && options.strict === true) throw new NotConvergedError(fn, message);

  // Other runs: unpenalised LL from their objective value; the unit change adds a constant offset.
  const penaltyAt = (t: Float64Array): number => {
    let sum = 0;
    for (let j = 0; j < dim; j++) {
      const p = Math.exp((t[j] as number) + (logK[j] as number));
      sum += penalty * p * p;
    }
    return sum;
  };
  const offset = logLikelihood + N * (best.value - penaltyAt(best.theta));
  const startsOut: FitStart<P>[] = runs.map((run) => ({
    start: toParams(run.start, true),
    params: toParams(run.theta, true),
    logLikelihood: run === best ? logLikelihood : offset - N * (run.value - penaltyAt(run.theta)),
    converged: run.converged,
  }));

  return {
    model: model.name,
    params,
    logLikelihood,
    standardErrors: standardErrors as { readonly [K in keyof P]: number },
    covariance,
    logCovariance,
    confidenceIntervals: intervals as { readonly [K in keyof P]: readonly [number, number] },
    confidenceLevel,
    parameterNames: names,
    aic: 2 * dim - 2 * logLikelihood,
    bic: dim * Math.log(N) - 2 * logLikelihood,
    converged,
    message,
    iterations: best.iterations,
    evaluations,
    gradientNorm,
    n: N,
    rows: compressed.rows,
    timeScale: k,
    penalty,
    starts: startsOut,
    timeUnit: source.timeUnit,
    data: source.settings,
  };
}

/** The records to fit, their time unit and the conventions recorded in the fit. */
interface FitData {
  readonly data: unknown;
  readonly timeUnit: ModelTimeUnit | null;
  readonly settings: FitDataSettings;
}

/**
 * Reads `fitModel`'s data: a bare array (its unit from `options.timeUnit`, if any) or a summary (its
 * unit, unit length, month length, merge rule and dates from the summary's `options`; for Gamma-Gamma
 * the repeat buyers only).
 */
function readFitData(fn: string, name: ModelName, data: unknown, timeUnit: ModelTimeUnit | undefined): FitData {
  if (timeUnit !== undefined) {
    checkModelTimeUnit(fn, 'options.timeUnit', timeUnit);
    if (name === 'gammaGamma') {
      throw new InvalidArgumentError(fn, 'options.timeUnit', 'must not be given for gammaGamma (spend per purchase has no time unit)', timeUnit);
    }
  }
  if (!isSummarizedData(data)) {
    const records = Array.isArray(data) ? data.length : 0;
    const clock = timeUnit === undefined ? undefined : clockOf(timeUnit);
    return {
      data,
      timeUnit: timeUnit ?? null,
      settings: {
        source: 'array',
        unitDays: clock?.unitDays ?? null,
        monthLength: null,
        mergeBy: null,
        calibrationEnd: null,
        observationEnd: null,
        records,
        excluded: 0,
      },
    };
  }
  if (name === 'bgBb' || name === 'shiftedBetaGeometric') {
    throw new InvalidArgumentError(fn, 'data', `must be ${name === 'bgBb' ? 'an array of { frequency, recency, n }' : "a cohort's active counts"}: a transaction summary fits the continuous-time models and gammaGamma`, 'a summary');
  }
  const settings = data.options;
  const clock = clockOfSummary(fn, 'data.options', settings);
  if (timeUnit !== undefined && !sameClock(clock, clockOf(timeUnit))) {
    throw new UnitMismatchError(fn, 'options.timeUnit', `must agree with the summary's unit ${describeClock(clock)} (omit it: the summary carries its unit)`, timeUnit);
  }
  const all = data.customers;
  const kept = name === 'gammaGamma' ? all.filter((c) => (c as { frequency?: unknown }).frequency !== 0) : all;
  return {
    data: kept,
    timeUnit: name === 'gammaGamma' ? null : clock.unit,
    settings: {
      source: 'summary',
      unitDays: clock.unitDays,
      monthLength: settings.monthLength ?? null,
      mergeBy: settings.mergeBy ?? null,
      calibrationEnd: settings.calibrationEnd ?? null,
      observationEnd: settings.observationEnd ?? null,
      records: all.length,
      excluded: all.length - kept.length,
    },
  };
}
