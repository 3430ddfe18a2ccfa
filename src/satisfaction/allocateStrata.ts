import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { assertOptions } from '../core/validate/assertOptions';
import { scaleOfLargest } from '../core/stats/internal/scaleOfLargest';

/** One stratum of a sampling frame (a customer size class, region, industry). */
export interface Stratum {
  /** Label echoed in the result; default the stratum's index as a string. */
  readonly name?: string;
  /** Population size `N_h`, an integer ≥ 1. */
  readonly size: number;
  /** Standard deviation `S_h` of the answer in the stratum (≥ 0); required for Neyman and optimal allocation. */
  readonly standardDeviation?: number;
  /** Cost per interview `c_h` (> 0); required for optimal allocation. */
  readonly cost?: number;
}

/** How the sample is shared among strata. */
export type AllocationMethod = 'proportional' | 'neyman' | 'optimal';

/** Options of {@link allocateStrata}. */
export interface AllocateStrataOptions {
  /** `'proportional'` (default) `∝ N_h`, `'neyman'` `∝ N_h S_h`, `'optimal'` `∝ N_h S_h / √c_h`. */
  readonly method?: AllocationMethod;
  /** Minimum sample per stratum (an integer ≥ 0, capped at `N_h`); default 0. */
  readonly minimum?: number;
}

/** The allocation of one stratum. */
export interface StratumAllocation {
  /** Stratum label. */
  readonly name: string;
  /** `N_h`. */
  readonly size: number;
  /** Integer sample size `n_h` (0 ≤ n_h ≤ N_h). */
  readonly n: number;
  /** The continuous allocation before rounding (after caps and minimums). */
  readonly exact: number;
}

/** A stratified allocation. */
export interface StrataAllocationResult {
  /** Method used. */
  readonly method: AllocationMethod;
  /** Total sample size (Σ n_h). */
  readonly n: number;
  /** One entry per stratum, in input order. */
  readonly strata: StratumAllocation[];
  /**
   * `Var(ȳ_st) = Σ W_h² S_h² / n_h · (1 − n_h/N_h)` when every stratum has a standard deviation; `null`
   * otherwise, or when a stratum with `S_h > 0` and `N_h > 1` gets no sample.
   */
  readonly variance: number | null;
}

/**
 * Allocates a total sample of `n` among strata proportionally, by Neyman's optimum or by cost-optimal
 * allocation, with integer sizes that sum to `n`, caps at the stratum sizes and an optional minimum.
 *
 * @remarks
 * Proportional `n_h = n N_h / N`; Neyman (1934) `n_h = n N_h S_h / Σ N_h S_h`; cost-optimal
 * `n_h ∝ N_h S_h / √c_h` (Cochran 1977, §5.5). A stratum whose share exceeds `N_h` is fixed at `N_h`
 * (and one below the minimum at the minimum) and the rest is re-shared among the others, until no
 * bound is broken. The continuous sizes are then made integers by the largest-remainder method (ties to
 * the earlier stratum), so they sum exactly to `n`. `Var(ȳ_st) = Σ W_h² S_h²/n_h (1 − n_h/N_h)` with
 * `W_h = N_h / N`. O(H²) for `H` strata.
 *
 * @param strata - The strata, at least one.
 * @param n - Total sample size, an integer with `H·minimum ≤ n ≤ Σ N_h`.
 * @param options - `method` (default `'proportional'`), `minimum` (default 0).
 * @returns A {@link StrataAllocationResult}.
 * @throws `INVALID_ARGUMENT` when `strata` is empty or a size is not an integer ≥ 1, a standard deviation
 *   or cost needed by the method is missing or invalid, `n` is not an integer in range, or `minimum` is invalid;
 *   also when the standard deviations are so large that the variance exceeds the float64 range (the largest
 *   is named; shares and variance are computed on `S_h` scaled by the largest, so this is the only limit).
 * @throws `UNDEFINED_RESULT` when every stratum left to share has weight 0 (all `S_h = 0` for Neyman).
 * @example
 * ```ts
 * const strata = [
 *   { name: 'small', size: 6000, standardDeviation: 1 },
 *   { name: 'medium', size: 3000, standardDeviation: 2 },
 *   { name: 'large', size: 1000, standardDeviation: 4 },
 * ];
 * allocateStrata(strata, 400).strata.map((s) => s.n); // [240, 120, 40]
 * allocateStrata(strata, 400, { method: 'neyman' }).strata.map((s) => s.n); // [150, 150, 100]
 * ```
 * @see Neyman, J. (1934). On the two different aspects of the representative method. Journal of the Royal
 *   Statistical Society 97(4), 558–625. https://doi.org/10.2307/2342192
 * @see Cochran, W. G. (1977). Sampling Techniques (3rd ed.). Wiley, ch. 5.
 */
export function allocateStrata(
  strata: readonly Stratum[],
  n: number,
  options?: AllocateStrataOptions,
): StrataAllocationResult {
  const fn = 'allocateStrata';
  assertOptions(fn, options);
  if (!Array.isArray(strata) || strata.length === 0) {
    throw new InvalidArgumentError(fn, 'strata', 'must be a non-empty array', strata);
  }
  const method = options?.method ?? 'proportional';
  if (method !== 'proportional' && method !== 'neyman' && method !== 'optimal') {
    throw new InvalidArgumentError(fn, 'options.method', "must be 'proportional', 'neyman' or 'optimal'", method);
  }
  const H = strata.length;
  // Standard deviations enter as S_h / 2^k (k from the largest): exact scaling, so the shares and the variance
  // are those of the S_h themselves, and N_h S_h or S_h² cannot overflow (an S_h of 1e308 gave Infinity).
  let largestSd = 0;
  for (let h = 0; h < H; h++) {
    const sd = (strata[h] as Stratum | null)?.standardDeviation;
    if (typeof sd === 'number' && sd > largestSd) largestSd = sd;
  }
  const sdScale = scaleOfLargest(largestSd);
  const sizes: number[] = [];
  const scores: number[] = [];
  let total = 0;
  let allSd = true;
  for (let h = 0; h < H; h++) {
    const s = strata[h] as Stratum;
    if (s === null || typeof s !== 'object') throw new InvalidArgumentError(fn, `strata[${h}]`, 'must be an object', s);
    if (s.name !== undefined && typeof s.name !== 'string') throw new InvalidArgumentError(fn, `strata[${h}].name`, 'must be a string when given', s.name);
    if (!Number.isInteger(s.size) || s.size < 1) {
      throw new InvalidArgumentError(fn, `strata[${h}].size`, 'must be an integer at least 1', s.size);
    }
    const sd = s.standardDeviation;
    if (sd !== undefined && (typeof sd !== 'number' || !Number.isFinite(sd) || sd < 0)) {
      throw new InvalidArgumentError(fn, `strata[${h}].standardDeviation`, 'must be a finite number at least 0', sd);
    }
    if (sd === undefined) {
      allSd = false;
      if (method !== 'proportional') {
        throw new InvalidArgumentError(fn, `strata[${h}].standardDeviation`, `is required for ${method} allocation`, sd);
      }
    }
    let score = s.size;
    if (method !== 'proportional') score *= (sd as number) / sdScale;
    if (method === 'optimal') {
      const c = s.cost;
      if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0) {
        throw new InvalidArgumentError(fn, `strata[${h}].cost`, 'must be a finite number greater than 0 for optimal allocation', c);
      }
      score /= Math.sqrt(c);
    }
    sizes.push(s.size);
    scores.push(score);
    total += s.size;
  }
  const minimum = options?.minimum ?? 0;
  if (!Number.isInteger(minimum) || minimum < 0) {
    throw new InvalidArgumentError(fn, 'options.minimum', 'must be an integer at least 0', minimum);
  }
  const floors = sizes.map((N) => Math.min(N, minimum));
  const floorTotal = floors.reduce((a, b) => a + b, 0);
  if (!Number.isInteger(n) || n < floorTotal || n > total) {
    throw new InvalidArgumentError(fn, 'n', `must be an integer ${floorTotal}-${total}`, n);
  }

  // Continuous allocation with caps (N_h) and floors (minimum), re-sharing until no bound is broken.
  const fixed: (number | null)[] = new Array<number | null>(H).fill(null);
  const exact = new Array<number>(H).fill(0);
  for (let round = 0; round <= H; round++) {
    let remaining = n;
    let weight = 0;
    for (let h = 0; h < H; h++) {
      const f = fixed[h];
      if (f === null || f === undefined) weight += scores[h] as number;
      else remaining -= f;
    }
    const free = fixed.some((f) => f === null);
    if (free && !(weight > 0) && remaining > 0) {
      throw new UndefinedResultError(fn, `the strata left to share have zero weight (${method} allocation needs some S_h > 0)`);
    }
    for (let h = 0; h < H; h++) {
      const f = fixed[h];
      exact[h] = f !== null && f !== undefined ? f : weight > 0 ? (remaining * (scores[h] as number)) / weight : 0;
    }
    let changed = false;
    for (let h = 0; h < H; h++) {
      if (fixed[h] === null && (exact[h] as number) > (sizes[h] as number)) {
        fixed[h] = sizes[h] as number;
        changed = true;
      }
    }
    if (!changed) {
      for (let h = 0; h < H; h++) {
        if (fixed[h] === null && (exact[h] as number) < (floors[h] as number)) {
          fixed[h] = floors[h] as number;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }

  // Largest remainder.
  const allocation = exact.map((x, h) => Math.min(sizes[h] as number, Math.floor(x + 1e-9)));
  let left = n - allocation.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, h) => ({ h, remainder: x - Math.floor(x + 1e-9) }))
    .sort((a, b) => b.remainder - a.remainder || a.h - b.h);
  for (let pass = 0; left > 0 && pass < 2; pass++) {
    for (const { h } of order) {
      if (left === 0) break;
      if ((allocation[h] as number) < (sizes[h] as number)) {
        allocation[h] = (allocation[h] as number) + 1;
        left--;
      }
    }
  }

  const variance = allSd ? stratifiedVariance(fn, strata, sizes, allocation, total, sdScale) : null;
  return {
    method,
    n,
    strata: strata.map((s, h) => ({
      name: s.name ?? String(h),
      size: sizes[h] as number,
      n: allocation[h] as number,
      exact: exact[h] as number,
    })),
    variance,
  };
}

/**
 * `Var(ȳ_st) = Σ W_h² S_h² / n_h · (1 − n_h/N_h)`, summed on `S_h / sdScale` and scaled back; `null` when a
 * stratum with `S_h > 0` gets no sample. Throws `INVALID_ARGUMENT` naming the largest `S_h` when the
 * variance itself exceeds the float64 range.
 */
function stratifiedVariance(
  fn: string,
  strata: readonly Stratum[],
  sizes: readonly number[],
  allocation: readonly number[],
  total: number,
  sdScale: number,
): number | null {
  let scaled = 0;
  let largest = 0;
  for (let h = 0; h < strata.length; h++) {
    const N = sizes[h] as number;
    const nh = allocation[h] as number;
    const sd = (strata[h] as Stratum).standardDeviation as number;
    if (sd > ((strata[largest] as Stratum).standardDeviation as number)) largest = h;
    const W = N / total;
    const s = sd / sdScale;
    if (nh === 0) {
      if (sd > 0) return null;
      continue;
    }
    scaled += ((W * W * s * s) / nh) * (1 - nh / N);
  }
  const variance = scaled * sdScale * sdScale;
  if (!Number.isFinite(variance)) {
    throw new InvalidArgumentError(
      fn,
      `strata[${largest}].standardDeviation`,
      'must be small enough for a finite variance of the stratified mean (it exceeds 1.8e308): give the standard deviations in a larger unit (the variance scales by the square of the factor)',
      (strata[largest] as Stratum).standardDeviation,
    );
  }
  return variance;
}

