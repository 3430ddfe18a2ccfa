import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { createRandom } from '../../core/random/createRandom';
import type { Random } from '../../core/random/types';
import { studentTCdf } from '../../core/special/studentTCdf';
import { mean } from '../../core/stats/mean';
import { quantileOfSorted } from '../../core/stats/quantile';
import { variance } from '../../core/stats/variance';
import { assertFinite } from '../../core/validate/assertFinite';
import { assertInteger } from '../../core/validate/assertInteger';
import { compilePlsModel } from './compilePlsModel';
import { constructMoments } from './constructMoments';
import { createPlsKernelOutput } from './createPlsKernelOutput';
import { estimatePlsFromCovariance } from './estimatePlsFromCovariance';
import { finishPlsEstimate } from './finishPlsEstimate';
import { htmtPairs } from './htmtPairs';
import { indicatorMoments } from './indicatorMoments';
import { plsPathModel } from './plsPathModel';
import { isClienteleError } from '../../core/errors/isClienteleError';
import { restateError } from '../../core/errors/restateError';
import { prepareIndicatorData } from './prepareIndicatorData';
import { resolvePlsOptions } from './resolvePlsOptions';
import type { PlsData, PlsModel, PlsPathModelOptions, PlsPathModelResult } from './types';

const FN = 'bootstrapPlsPathModel';

/**
 * How bootstrap estimates are aligned in sign with the original estimates (Tenenhaus et al. 2005, §2.3):
 * `none`; `individual` (each outer weight and loading takes the sign of its original estimate; paths as
 * estimated); `construct` (a block's weights are reversed when `|Σ(λ_orig − λ_boot)| > |Σ(λ_orig + λ_boot)|`,
 * then paths are recomputed).
 */
export type PlsSignChange = 'none' | 'individual' | 'construct';

/** Options of {@link bootstrapPlsPathModel}: those of {@link plsPathModel} plus the resampling plan. */
export interface PlsBootstrapOptions extends PlsPathModelOptions {
  /** Seed of the resampling stream (required: the same seed gives the same result everywhere). */
  readonly seed: number;
  /** Number of resamples B, an integer 2 to 100,000; default 5000. */
  readonly resamples?: number;
  /** Sign alignment of the resamples; default `'construct'`. */
  readonly signChange?: PlsSignChange;
  /** Level of the percentile intervals, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /**
   * Optional resampler: given the generator, the number of respondents `n` and the resample index `b`,
   * returns the row indices (0-based, any length ≥ 2) of resample `b`. Lets a test replay another tool's
   * index matrix. Default: `n` draws with replacement, `floor(random.next() · n)`.
   */
  readonly resample?: (random: Random, n: number, b: number) => readonly number[];
}

/** Bootstrap summary of one estimate. */
export interface PlsBootstrapStatistic {
  /** Estimate on the full data. */
  readonly original: number;
  /** Mean of the successful resamples. */
  readonly mean: number;
  /** Standard deviation of the successful resamples (denominator B − 1): the bootstrap standard error. */
  readonly sd: number;
  /** `original / sd`; `null` when sd is 0 (an estimate fixed by construction, e.g. a single-item loading). */
  readonly t: number | null;
  /** Percentile interval, lower end (R type-7 quantile). */
  readonly lower: number;
  /** Percentile interval, upper end. */
  readonly upper: number;
  /** Two-sided percentile p-value `min(1, 2·min(P*(b ≤ 0), P*(b ≥ 0)))` over the resamples. */
  readonly pValue: number;
  /** Two-sided p-value of `t` on a Student t with `n − 1` degrees of freedom; `null` when `t` is. */
  readonly pValueT: number | null;
}

/** A path or effect with its bootstrap summary. */
export interface PlsBootstrapEdge extends PlsBootstrapStatistic {
  readonly from: string;
  readonly to: string;
}

/** An HTMT ratio of two constructs with its bootstrap summary (Henseler et al. 2015 ask for an interval below 1). */
export interface PlsBootstrapPair extends PlsBootstrapStatistic {
  /** The two constructs, in model order. */
  readonly constructs: readonly [string, string];
  /**
   * Successful resamples in which the ratio is undefined (every monotrait correlation of one of the blocks
   * is 0 there, so the ratio divides by 0), left out of this pair's statistics, which are over the others;
   * 0 on realistic data.
   */
  readonly undefinedResamples: number;
}

/** The result of {@link bootstrapPlsPathModel}. */
export interface PlsBootstrapResult {
  /** The full fit on the original data. */
  readonly estimate: PlsPathModelResult;
  /** Resamples asked for. */
  readonly resamples: number;
  /** Resamples that gave estimates (used in every statistic). */
  readonly successful: number;
  /** Resamples that failed or did not converge (excluded). */
  readonly failed: number;
  /** Failed resamples by reason (`zero-variance indicator`, `singular block`, `not converged`, ...). */
  readonly failures: Readonly<Record<string, number>>;
  /** The conventions of the bootstrap. */
  readonly conventions: {
    readonly seed: number;
    readonly signChange: PlsSignChange;
    readonly confidenceLevel: number;
    readonly interval: 'percentile (type 7)';
    readonly sdDenominator: 'B-1';
    readonly tDegreesOfFreedom: number;
    readonly resampler: 'default' | 'custom';
  };
  /** Path coefficients, in model order. */
  readonly paths: readonly PlsBootstrapEdge[];
  /** Total effects of every pair linked by a directed path, in the order of `estimate.effects`. */
  readonly totalEffects: readonly PlsBootstrapEdge[];
  /** Outer weights (as in `estimate.outerWeights`), by item. */
  readonly outerWeights: Readonly<Record<string, PlsBootstrapStatistic>>;
  /** Loadings, by item. */
  readonly loadings: Readonly<Record<string, PlsBootstrapStatistic>>;
  /** R² of each endogenous construct. */
  readonly rSquared: Readonly<Record<string, PlsBootstrapStatistic>>;
  /** HTMT of every pair of multi-item blocks, in model order. */
  readonly htmt: readonly PlsBootstrapPair[];
}

/**
 * Bootstraps a PLS path model: standard errors, t values, percentile intervals and p-values for the
 * paths, total effects, outer weights, loadings, R² and HTMT ratios.
 *
 * @remarks
 * Respondents are resampled with replacement B times from a seeded generator ({@link PlsBootstrapOptions.seed});
 * each resample is re-estimated with the options of the original fit (Efron & Tibshirani 1993, ch. 6,
 * 13). A resample is turned into row counts, its covariance matrix built once in O(n p²), and the PLS
 * iteration run on that matrix with reused buffers, so B = 5000 on the mobi data takes about a second.
 * Resamples that fail (a zero-variance item, a singular block or regression) or do not converge are
 * counted by reason and excluded, never hidden. Sign alignment follows {@link PlsSignChange}.
 * Per estimate: `sd` with denominator B − 1, `t = original / sd`, the percentile interval (type-7
 * quantiles at `(1 ∓ level)/2`), the percentile p-value `2·min(P*(b ≤ 0), P*(b ≥ 0))` and a t-based
 * p-value on `n − 1` degrees of freedom.
 *
 * @param data - as for {@link plsPathModel}
 * @param model - as for {@link plsPathModel}
 * @param options - the estimation options plus `seed` (required), `resamples`, `signChange`, `confidenceLevel`, `resample`
 * @returns the original fit and the bootstrap summaries
 * @throws `INVALID_ARGUMENT` for a bad option (seed, resamples, level, resampler output) or any reason {@link plsPathModel} throws
 * @throws `EMPTY_INPUT` as {@link plsPathModel}
 * @throws `UNDEFINED_RESULT` when fewer than two resamples succeed, or an HTMT ratio is defined in fewer than two
 * @throws `NOT_CONVERGED` when `strict` is set and the original fit does not converge
 * @example
 * ```ts
 * import { loadMobi } from 'clientele/datasets';
 * const boot = bootstrapPlsPathModel(loadMobi(), ecsiModel(), { seed: 1, resamples: 500 });
 * boot.successful; // 500
 * boot.paths[0]?.lower.toFixed(3); // '0.398' (Image → Expectation, path scheme, scaled)
 * ```
 * @see Tenenhaus, M., Esposito Vinzi, V., Chatelin, Y.-M. & Lauro, C. (2005). PLS path modeling.
 * Computational Statistics & Data Analysis 48(1), 159–205. doi:10.1016/j.csda.2004.03.005
 * @see Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall.
 * doi:10.1201/9780429246593
 */
export function bootstrapPlsPathModel(data: PlsData, model: PlsModel, options: PlsBootstrapOptions): PlsBootstrapResult {
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(FN, 'options', 'must be an object with a seed', options);
  assertFinite(FN, 'options.seed', options.seed);
  const B = options.resamples ?? 5000;
  assertInteger(FN, 'options.resamples', B, 2, 100_000);
  const signChange = options.signChange ?? 'construct';
  if (signChange !== 'none' && signChange !== 'individual' && signChange !== 'construct') {
    throw new InvalidArgumentError(FN, 'options.signChange', 'must be one of "none", "individual", "construct"', signChange);
  }
  const level = options.confidenceLevel ?? 0.95;
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    throw new InvalidArgumentError(FN, 'options.confidenceLevel', 'must be a number between 0 and 1 (exclusive)', level);
  }
  if (options.resample !== undefined && typeof options.resample !== 'function') {
    throw new InvalidArgumentError(FN, 'options.resample', 'must be a function', options.resample);
  }
  const { seed: _seed, resamples: _r, signChange: _s, confidenceLevel: _c, resample: _f, ...plsOptions } = options;
  const compiled = compilePlsModel(FN, model);
  const resolved = resolvePlsOptions(FN, compiled, plsOptions);
  const matrix = prepareIndicatorData(FN, data, compiled.indicators, resolved.missing, options.sampleWeights);
  let estimate: PlsPathModelResult;
  try {
    estimate = plsPathModel(data, model, plsOptions);
  } catch (e) {
    throw isClienteleError(e) && e.fn === 'plsPathModel' ? restateError(e, FN) : e;
  }
  const { n, values, weights } = matrix;
  const { p, J, constructs, indicators, blockStart, predecessors } = compiled;

  // Original values, in the order of the statistics vector: paths, total effects, weights, loadings, R².
  const effectPairs = estimate.effects.map((e) => [constructs.indexOf(e.from), constructs.indexOf(e.to)] as const);
  const endogenous = constructs.map((_, j) => j).filter((j) => (predecessors[j]?.length ?? 0) > 0);
  const blockItems = constructs.map((_, j) => {
    const list: number[] = [];
    for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) list.push(h);
    return list;
  });
  const htmtPairList: [number, number][] = [];
  for (let i = 0; i < J; i++) {
    for (let j = i + 1; j < J; j++) {
      if ((blockItems[i]?.length ?? 0) > 1 && (blockItems[j]?.length ?? 0) > 1) htmtPairList.push([i, j]);
    }
  }
  const m = compiled.paths.length + effectPairs.length + 2 * p + endogenous.length + htmtPairList.length;
  const original = new Float64Array(m);
  {
    let c = 0;
    for (const path of estimate.paths) original[c++] = path.coefficient;
    for (const e of estimate.effects) original[c++] = e.total;
    for (const item of indicators) original[c++] = estimate.outerWeights[item] as number;
    for (const item of indicators) original[c++] = estimate.loadings[item] as number;
    for (const j of endogenous) original[c++] = estimate.rSquared[constructs[j] as string] as number;
    for (const [i, j] of htmtPairList) original[c++] = estimate.htmt[constructs[i] as string]?.[constructs[j] as string] as number;
  }
  const originalLoadings = original.subarray(compiled.paths.length + effectPairs.length + p);
  const originalWeights = original.subarray(compiled.paths.length + effectPairs.length);

  const random = createRandom(options.seed);
  const counts = new Float64Array(n);
  const rowWeights = new Float64Array(n);
  const means = new Float64Array(p);
  const cov = new Float64Array(p * p);
  const work = new Float64Array(10 * p);
  const center = new Float64Array(p);
  indicatorMoments(values, n, p, weights, resolved.varianceDenominator, null, center, cov, work);
  const next = new Float64Array(p);
  const E = new Float64Array(J * J);
  const out = createPlsKernelOutput(compiled);
  const monotrait = new Float64Array(J);
  const htmtValues = new Float64Array(htmtPairList.length);
  const correlationOf = (a: number, b: number): number => (cov[a * p + b] as number) / ((out.sd[a] as number) * (out.sd[b] as number));
  const draws = new Float64Array(B * m);
  const failures: Record<string, number> = {};
  let successful = 0;

  for (let b = 0; b < B; b++) {
    counts.fill(0);
    if (options.resample === undefined) {
      for (let i = 0; i < n; i++) {
        const index = Math.floor(random.next() * n);
        counts[index] = (counts[index] as number) + 1;
      }
    } else {
      const indices = options.resample(random, n, b);
      if (!Array.isArray(indices) || indices.length < 2) {
        throw new InvalidArgumentError(FN, `options.resample(…, ${b})`, 'must return an array of at least 2 row indices', indices);
      }
      indices.forEach((index, k) => {
        if (!Number.isInteger(index) || index < 0 || index >= n) {
          throw new InvalidArgumentError(FN, `options.resample(…, ${b})[${k}]`, `must be an integer 0-${n - 1}`, index);
        }
        counts[index] = (counts[index] as number) + 1;
      });
    }
    if (weights !== null) for (let i = 0; i < n; i++) rowWeights[i] = (counts[i] as number) * (weights[i] as number);
    indicatorMoments(values, n, p, weights === null ? counts : rowWeights, resolved.varianceDenominator, center, means, cov, work);
    estimatePlsFromCovariance(compiled, cov, resolved.kernel, out, next, E);
    let failure = out.failure ?? (out.converged ? null : 'not converged');
    if (failure === null && signChange === 'construct') {
      let flipped = false;
      for (let j = 0; j < J; j++) {
        let minus = 0;
        let plus = 0;
        for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) {
          minus += (originalLoadings[h] as number) - (out.loadings[h] as number);
          plus += (originalLoadings[h] as number) + (out.loadings[h] as number);
        }
        if (Math.abs(minus) > Math.abs(plus)) {
          flipped = true;
          for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) out.w[h] = -(out.w[h] as number);
        }
      }
      if (flipped) {
        constructMoments(compiled, out.S, out.w, out.SW, out.C);
        finishPlsEstimate(compiled, out, resolved.kernel.consistent);
        failure = out.failure;
      }
    }
    if (failure !== null) {
      failures[failure] = (failures[failure] ?? 0) + 1;
      continue;
    }
    const row = successful * m;
    let c = row;
    for (const [from, to] of compiled.paths) draws[c++] = out.B[from * J + to] as number;
    for (const [from, to] of effectPairs) draws[c++] = out.T[from * J + to] as number;
    for (let h = 0; h < p; h++) {
      const v = out.w[h] as number;
      draws[c++] = signChange === 'individual' ? Math.sign(originalWeights[h] as number) * Math.abs(v) : v;
    }
    for (let h = 0; h < p; h++) {
      const v = out.loadings[h] as number;
      draws[c++] = signChange === 'individual' ? Math.sign(originalLoadings[h] as number) * Math.abs(v) : v;
    }
    for (const j of endogenous) draws[c++] = out.r2[j] as number;
    htmtPairs(correlationOf, blockItems, htmtPairList, monotrait, htmtValues);
    for (let k = 0; k < htmtPairList.length; k++) draws[c++] = htmtValues[k] as number;
    successful++;
  }
  if (successful < 2) {
    throw new UndefinedResultError(FN, `only ${successful} of ${B} resamples succeeded`, failures);
  }

  const df = n - 1;
  const column = new Float64Array(successful);
  /** Summary of draw column `k` over the resamples in which it is defined (all of them but for HTMT), and their number. */
  const summarizeDefined = (k: number, what: string): { statistic: PlsBootstrapStatistic; count: number } => {
    let below = 0;
    let above = 0;
    let count = 0;
    for (let s = 0; s < successful; s++) {
      const v = draws[s * m + k] as number;
      // An HTMT ratio is undefined in a resample where every monotrait correlation of a block is 0.
      if (!Number.isFinite(v)) continue;
      column[count++] = v;
      if (v <= 0) below++;
      if (v >= 0) above++;
    }
    if (count < 2) {
      throw new UndefinedResultError(FN, `${what} is defined in only ${count} of ${successful} successful resamples (every monotrait correlation of a block is 0 in the others)`, count);
    }
    const values = column.subarray(0, count);
    const o = original[k] as number;
    const sdRaw = Math.sqrt(variance(values));
    const sd = sdRaw > 1e-12 * Math.max(1, Math.abs(o)) ? sdRaw : 0;
    const t = sd > 0 ? o / sd : null;
    const average = mean(values);
    values.sort();
    const statistic = {
      original: o,
      mean: average,
      sd,
      t,
      lower: quantileOfSorted(values, (1 - level) / 2, 7),
      upper: quantileOfSorted(values, (1 + level) / 2, 7),
      pValue: Math.min(1, (2 * Math.min(below, above)) / count),
      pValueT: t === null ? null : 2 * studentTCdf(-Math.abs(t), df),
    };
    return { statistic, count };
  };
  const summarize = (k: number): PlsBootstrapStatistic => summarizeDefined(k, 'the estimate').statistic;
  let k = 0;
  const paths = compiled.paths.map(([from, to]) => ({
    from: constructs[from] as string,
    to: constructs[to] as string,
    ...summarize(k++),
  }));
  const totalEffects = effectPairs.map(([from, to]) => ({
    from: constructs[from] as string,
    to: constructs[to] as string,
    ...summarize(k++),
  }));
  const outerWeights: Record<string, PlsBootstrapStatistic> = {};
  for (const item of indicators) outerWeights[item] = summarize(k++);
  const loadings: Record<string, PlsBootstrapStatistic> = {};
  for (const item of indicators) loadings[item] = summarize(k++);
  const rSquared: Record<string, PlsBootstrapStatistic> = {};
  for (const j of endogenous) rSquared[constructs[j] as string] = summarize(k++);
  const htmt = htmtPairList.map(([i, j]) => {
    const pair = [constructs[i] as string, constructs[j] as string] as const;
    const { statistic, count } = summarizeDefined(k++, `the HTMT of ${pair[0]} and ${pair[1]}`);
    return { constructs: pair, ...statistic, undefinedResamples: successful - count };
  });

  return {
    estimate,
    resamples: B,
    successful,
    failed: B - successful,
    failures,
    conventions: {
      seed: options.seed,
      signChange,
      confidenceLevel: level,
      interval: 'percentile (type 7)',
      sdDenominator: 'B-1',
      tDegreesOfFreedom: df,
      resampler: options.resample === undefined ? 'default' : 'custom',
    },
    paths,
    totalEffects,
    outerWeights,
    loadings,
    rSquared,
    htmt,
  };
}
