import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { NotConvergedError } from '../core/errors/NotConvergedError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { designEffect } from './designEffect';
import { assertOptions } from '../core/validate/assertOptions';

/** Known population totals per category of each raking variable: `{ region: { north: 600, south: 400 } }`. */
export type RakingMargins = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** Options of {@link rakeWeights}. */
export interface RakeWeightsOptions {
  /** Starting (design) weights, finite and > 0; default every weight 1. */
  readonly baseWeights?: ArrayLike<number>;
  /** Stop when the largest relative change of any weight in a sweep is below this; default 1e−10. */
  readonly tolerance?: number;
  /** Largest number of sweeps over all margins; default 1000. */
  readonly maxIterations?: number;
  /**
   * Bounds on the ratio of final to base weight, applied after every sweep (trimming), e.g.
   * `{ lower: 0.3, upper: 3 }`. Margins may then be met only approximately: see `maxMarginError`.
   */
  readonly bounds?: { readonly lower: number; readonly upper: number };
  /** Absolute cap on every weight (e.g. 5 when weights average 1), applied after every sweep (trimming). */
  readonly maxWeight?: number;
  /** Throw `NOT_CONVERGED` instead of returning `converged: false`; default `false`. */
  readonly strict?: boolean;
}

/** Achieved and target total of one category. */
export interface RakingCategoryFit {
  /** The known total. */
  readonly target: number;
  /** The weighted total reached. */
  readonly achieved: number;
}

/** Raking weights and their convergence report. */
export interface RakeWeightsResult {
  /** Final weight of each respondent, in input order. */
  readonly weights: number[];
  /** Whether the largest relative weight change fell below `tolerance`. */
  readonly converged: boolean;
  /** Number of full sweeps over the margins. */
  readonly iterations: number;
  /** Largest relative weight change in the last sweep. */
  readonly maxRelativeChange: number;
  /** Largest `|achieved − target| / target` over all categories at the end. */
  readonly maxMarginError: number;
  /** Whether every margin is met to a relative 1e−6 (false when bounds or caps prevent it). */
  readonly marginsMet: boolean;
  /** Achieved versus target totals, per variable and category. */
  readonly margins: Record<string, Record<string, RakingCategoryFit>>;
  /** Σ of the final weights (the common total of the margins when met). */
  readonly sumWeights: number;
  /** Kish design effect `n Σw² / (Σw)²` of the final weights. */
  readonly designEffect: number;
  /** Kish effective sample size `(Σw)² / Σw²`. */
  readonly effectiveSampleSize: number;
}

/**
 * Raking (iterative proportional fitting) of respondent weights to known population margins, with a
 * convergence report and the Kish design effect of the result.
 *
 * @remarks
 * Deming & Stephan (1940): starting from the base weights, for each variable in turn every weight in
 * category `c` is multiplied by `target_c / current weighted total_c`; sweeps repeat until the largest
 * relative change of a weight in a sweep is below `tolerance`. Optional bounds trim the ratio to the base
 * weight after every sweep, and `maxWeight` caps every weight. All margins must have the same total (the population size); targets are
 * totals, so give `share × n` for weights that average 1. O(iterations × n × variables).
 *
 * @param data - One array per raking variable with each respondent's category (string or number,
 *   compared as strings), all of the same length `n ≥ 1`.
 * @param margins - Known totals per category of every variable in `data`; targets ≥ 0 and finite.
 * @param options - `baseWeights`, `tolerance` (1e−10), `maxIterations` (1000), `bounds`, `maxWeight`, `strict`.
 * @returns A {@link RakeWeightsResult}.
 * @throws `INVALID_ARGUMENT` when a variable has no margin (or a margin no data), arrays differ in length,
 *   a respondent's category has no target, a target or base weight is invalid, the margins' totals
 *   differ (relative 1e−9), or an option is out of range.
 * @throws `UNDEFINED_RESULT` when a category with a positive target has no respondent.
 * @throws `NOT_CONVERGED` when `strict` and the sweeps did not converge.
 * @example
 * ```ts
 * const r = rakeWeights(
 *   { region: ['n', 'n', 'n', 's'], size: ['big', 'small', 'small', 'small'] },
 *   { region: { n: 2.5, s: 1.5 }, size: { big: 1.5, small: 2.5 } },
 * );
 * r.converged; // true
 * r.weights.map((w) => w.toFixed(3)); // ['1.500', '0.500', '0.500', '1.500']
 * r.designEffect.toFixed(3); // '1.250'
 * ```
 * @see Deming, W. E. & Stephan, F. F. (1940). On a least squares adjustment of a sampled frequency table
 *   when the expected marginal totals are known. Annals of Mathematical Statistics 11(4), 427–444.
 *   https://doi.org/10.1214/aoms/1177731829
 * @see Kish, L. (1965). Survey Sampling. Wiley (design effect).
 */
export function rakeWeights(
  data: Readonly<Record<string, ArrayLike<string | number>>>,
  margins: RakingMargins,
  options?: RakeWeightsOptions,
): RakeWeightsResult {
  const fn = 'rakeWeights';
  assertOptions(fn, options);
  if (data === null || typeof data !== 'object') throw new InvalidArgumentError(fn, 'data', 'must be an object of columns', data);
  if (margins === null || typeof margins !== 'object') throw new InvalidArgumentError(fn, 'margins', 'must be an object', margins);
  const variables = Object.keys(margins);
  if (variables.length === 0) throw new InvalidArgumentError(fn, 'margins', 'must name at least one variable', margins);
  for (const name of Object.keys(data)) {
    if (!(name in margins)) throw new InvalidArgumentError(fn, `data.${name}`, 'has no margin in `margins`', name);
  }
  let n = -1;
  const codes: Int32Array[] = [];
  const targets: number[][] = [];
  const categories: string[][] = [];
  let commonTotal = Number.NaN;
  for (const name of variables) {
    const column = data[name];
    if (column === undefined || column === null || typeof column !== 'object' || typeof column.length !== 'number') {
      throw new InvalidArgumentError(fn, `data.${name}`, 'must be an array (one category per respondent)', column);
    }
    if (n === -1) n = column.length;
    if (column.length !== n || n === 0) {
      throw new InvalidArgumentError(fn, `data.${name}`, `must hold ${n === 0 ? 'at least 1' : n} categories`, column.length);
    }
    const margin = margins[name] as Readonly<Record<string, number>>;
    if (margin === null || typeof margin !== 'object') throw new InvalidArgumentError(fn, `margins.${name}`, 'must be an object', margin);
    const cats = Object.keys(margin);
    if (cats.length === 0) throw new InvalidArgumentError(fn, `margins.${name}`, 'must have at least one category', margin);
    const index = new Map<string, number>();
    const t: number[] = [];
    let total = 0;
    cats.forEach((c, j) => {
      const v = margin[c];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new InvalidArgumentError(fn, `margins.${name}.${c}`, 'must be a finite number at least 0', v);
      }
      index.set(c, j);
      t.push(v);
      total += v;
    });
    if (!(total > 0)) throw new InvalidArgumentError(fn, `margins.${name}`, 'must have a positive total', total);
    if (Number.isNaN(commonTotal)) commonTotal = total;
    else if (Math.abs(total - commonTotal) > 1e-9 * commonTotal) {
      throw new InvalidArgumentError(fn, `margins.${name}`, `must have the same total as margins.${variables[0]} (${commonTotal})`, total);
    }
    const code = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = column[i];
      const j = index.get(String(v));
      if (j === undefined) throw new InvalidArgumentError(fn, `data.${name}[${i}]`, `must be a category of margins.${name}`, v);
      code[i] = j;
    }
    codes.push(code);
    targets.push(t);
    categories.push(cats);
  }

  const base = new Float64Array(n);
  const bw = options?.baseWeights;
  if (bw !== undefined && (bw === null || typeof bw !== 'object' || bw.length !== n)) {
    throw new InvalidArgumentError(fn, 'options.baseWeights', `must be an array of ${n} weights`, bw);
  }
  for (let i = 0; i < n; i++) {
    const w = bw === undefined ? 1 : (bw[i] as number);
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
      throw new InvalidArgumentError(fn, `options.baseWeights[${i}]`, 'must be a finite number greater than 0', w);
    }
    base[i] = w;
  }
  const tolerance = options?.tolerance ?? 1e-10;
  if (typeof tolerance !== 'number' || !(tolerance > 0 && tolerance < 1)) {
    throw new InvalidArgumentError(fn, 'options.tolerance', 'must be a number between 0 and 1 (exclusive)', tolerance);
  }
  const maxIterations = options?.maxIterations ?? 1000;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new InvalidArgumentError(fn, 'options.maxIterations', 'must be an integer at least 1', maxIterations);
  }
  const bounds = options?.bounds;
  if (bounds !== undefined) {
    if (bounds === null || typeof bounds !== 'object' || !(bounds.lower >= 0) || !(bounds.upper >= 1) || !(bounds.lower <= 1) || !Number.isFinite(bounds.upper)) {
      throw new InvalidArgumentError(fn, 'options.bounds', 'must be { lower, upper } with 0 ≤ lower ≤ 1 ≤ upper < ∞', bounds);
    }
  }

  const maxWeight = options?.maxWeight;
  if (maxWeight !== undefined && (typeof maxWeight !== 'number' || !Number.isFinite(maxWeight) || maxWeight <= 0)) {
    throw new InvalidArgumentError(fn, 'options.maxWeight', 'must be a finite number greater than 0', maxWeight);
  }

  // Every category with a positive target must have a respondent.
  for (let v = 0; v < variables.length; v++) {
    const seen = new Uint8Array((targets[v] as number[]).length);
    const code = codes[v] as Int32Array;
    for (let i = 0; i < n; i++) seen[code[i] as number] = 1;
    (targets[v] as number[]).forEach((t, j) => {
      if (t > 0 && seen[j] === 0) {
        throw new UndefinedResultError(
          fn,
          `category "${(categories[v] as string[])[j]}" of "${variables[v]}" has a target of ${t} but no respondent`,
        );
      }
    });
  }

  const w = Float64Array.from(base);
  const previous = new Float64Array(n);
  let iterations = 0;
  let maxChange = Number.POSITIVE_INFINITY;
  while (iterations < maxIterations) {
    previous.set(w);
    for (let v = 0; v < variables.length; v++) {
      const code = codes[v] as Int32Array;
      const t = targets[v] as number[];
      const current = new Float64Array(t.length);
      for (let i = 0; i < n; i++) current[code[i] as number] = (current[code[i] as number] as number) + (w[i] as number);
      // A category whose weights were all driven to 0 by another margin cannot be met: leave it (reported below).
      const factor = t.map((target, j) => (target === 0 ? 0 : (current[j] as number) > 0 ? target / (current[j] as number) : 1));
      for (let i = 0; i < n; i++) w[i] = (w[i] as number) * (factor[code[i] as number] as number);
    }
    if (bounds !== undefined) {
      for (let i = 0; i < n; i++) {
        const b = base[i] as number;
        w[i] = Math.min(bounds.upper * b, Math.max(bounds.lower * b, w[i] as number));
      }
    }
    if (maxWeight !== undefined) {
      for (let i = 0; i < n; i++) if ((w[i] as number) > maxWeight) w[i] = maxWeight;
    }
    iterations++;
    maxChange = 0;
    for (let i = 0; i < n; i++) {
      const p = previous[i] as number;
      const change = p > 0 ? Math.abs((w[i] as number) - p) / p : w[i] === 0 ? 0 : Number.POSITIVE_INFINITY;
      if (change > maxChange) maxChange = change;
    }
    if (maxChange < tolerance) break;
  }
  const converged = maxChange < tolerance;
  if (!converged && options?.strict === true) {
    throw new NotConvergedError(fn, `largest relative weight change ${maxChange} after ${iterations} sweeps (tolerance ${tolerance})`);
  }
  const fit: Record<string, Record<string, RakingCategoryFit>> = {};
  let maxMarginError = 0;
  for (let v = 0; v < variables.length; v++) {
    const code = codes[v] as Int32Array;
    const t = targets[v] as number[];
    const current = new Float64Array(t.length);
    for (let i = 0; i < n; i++) current[code[i] as number] = (current[code[i] as number] as number) + (w[i] as number);
    const entry: Record<string, RakingCategoryFit> = {};
    (categories[v] as string[]).forEach((c, j) => {
      const target = t[j] as number;
      const achieved = current[j] as number;
      entry[c] = { target, achieved };
      const err = target > 0 ? Math.abs(achieved - target) / target : achieved > 0 ? 1 : 0;
      if (err > maxMarginError) maxMarginError = err;
    });
    fit[variables[v] as string] = entry;
  }
  const weights = Array.from(w);
  const deff = designEffect(weights);
  return {
    weights,
    converged,
    iterations,
    maxRelativeChange: Number.isFinite(maxChange) ? maxChange : Number.MAX_VALUE,
    maxMarginError,
    marginsMet: maxMarginError <= 1e-6,
    margins: fit,
    sumWeights: deff.sumWeights,
    designEffect: deff.designEffect,
    effectiveSampleSize: deff.effectiveSampleSize,
  };
}
