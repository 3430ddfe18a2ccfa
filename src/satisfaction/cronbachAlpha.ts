import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { fQuantile } from './internal/fQuantile';
import { resolveConfidence } from './internal/resolveConfidence';
import type { Interval } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** Options of {@link cronbachAlpha}. */
export interface CronbachAlphaOptions {
  /** Confidence level of the Feldt interval, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /**
   * Respondent weights (finite, ≥ 0): weighted means and covariances; the Feldt interval then uses the
   * Kish effective sample size. Default: every weight 1.
   */
  readonly weights?: ArrayLike<number>;
}

/** Cronbach's alpha of a set of items with its Feldt interval and item diagnostics. */
export interface CronbachAlphaResult {
  /** Raw alpha, `k/(k−1) · (1 − Σ s_i² / s²_total)`, from item covariances (may be negative). */
  readonly alpha: number;
  /** Standardised alpha `k r̄ / (1 + (k−1) r̄)` from the mean inter-item correlation; `null` if an item is constant. */
  readonly standardizedAlpha: number | null;
  /** Mean inter-item correlation `r̄`; `null` if an item is constant. */
  readonly meanInterItemCorrelation: number | null;
  /** Number of items. */
  readonly k: number;
  /** Number of respondents. */
  readonly n: number;
  /** Sample size used in the interval: `n`, or the Kish effective size with weights. */
  readonly effectiveSampleSize: number;
  /** Confidence level of `interval`. */
  readonly confidenceLevel: number;
  /** Feldt (1965) interval of alpha. */
  readonly interval: Interval;
  /** Raw alpha of the other items when item `j` is removed; `null` when fewer than two items would remain. */
  readonly alphaIfItemDeleted: (number | null)[];
  /** Corrected item-total correlation: item `j` with the sum of the other items; `null` when undefined. */
  readonly itemRestCorrelations: (number | null)[];
  /** Item variances (`n − 1` denominator; weighted: `Σw(x − x̄)² / (Σw − Σw²/Σw)`). */
  readonly itemVariances: number[];
  /** Variance of the sum score (same denominator). */
  readonly totalVariance: number;
}

function alphaOf(k: number, sumItemVariances: number, totalVariance: number): number {
  return (k / (k - 1)) * (1 - sumItemVariances / totalVariance);
}

/**
 * Cronbach's alpha of `k` items answered by `n` respondents, with a Feldt confidence interval,
 * standardised alpha, alpha-if-item-deleted and corrected item-total correlations.
 *
 * @remarks
 * With item covariance matrix `C` (`k × k`), `s_i² = C_ii`, `s²_total = Σ_ij C_ij`:
 * `α = k/(k−1) · (1 − Σ s_i² / s²_total)` (Cronbach 1951). Standardised alpha uses the mean off-diagonal
 * correlation: `α_std = k r̄ / (1 + (k−1) r̄)`. Feldt (1965): `(1 − α)/(1 − α̂) ~ F(n−1, (n−1)(k−1))`, so
 * the interval at level `1 − γ` is `[1 − (1 − α̂) F_{1−γ/2}, 1 − (1 − α̂) F_{γ/2}]`. Alpha-if-item-deleted
 * and the item–rest correlations are read off the same covariance matrix (no re-pass over the data).
 * Complexity O(n k²) time, O(k²) memory. Missing answers are not allowed: remove or impute them first.
 *
 * @param items - One array per item (columns), each of the `n` respondents' answers, all the same
 *   length; at least 2 items and 2 respondents. Finite numbers on any scale.
 * @param options - `confidenceLevel` (default 0.95), `weights`.
 * @returns A {@link CronbachAlphaResult}.
 * @throws `INVALID_ARGUMENT` when there are fewer than 2 items or 2 respondents, items differ in
 *   length, an answer or weight is not finite (or a weight is negative), or `confidenceLevel` is not in (0, 1).
 * @throws `UNDEFINED_RESULT` when the sum score has zero variance.
 * @example
 * ```ts
 * const r = cronbachAlpha([
 *   [1, 2, 3, 4, 5],
 *   [2, 2, 3, 5, 5],
 *   [1, 3, 3, 4, 4],
 * ]);
 * r.alpha.toFixed(4); // '0.9538'
 * r.alphaIfItemDeleted.map((a) => a?.toFixed(3)); // ['0.882', '0.933', '0.968']
 * r.interval.lower.toFixed(3); // '0.766'
 * ```
 * @see Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika 16(3),
 *   297–334. https://doi.org/10.1007/BF02310555
 * @see Feldt, L. S. (1965). The approximate sampling distribution of Kuder-Richardson reliability
 *   coefficient twenty. Psychometrika 30(3), 357–370. https://doi.org/10.1007/BF02289499
 */
export function cronbachAlpha(
  items: readonly ArrayLike<number>[],
  options?: CronbachAlphaOptions,
): CronbachAlphaResult {
  const fn = 'cronbachAlpha';
  assertOptions(fn, options);
  const { level } = resolveConfidence(fn, options?.confidenceLevel);
  if (!Array.isArray(items) || items.length < 2) {
    throw new InvalidArgumentError(fn, 'items', 'must be an array of at least 2 items', items);
  }
  const k = items.length;
  const first = items[0];
  const n = first !== null && typeof first === 'object' ? first.length : -1;
  if (!(n >= 2)) throw new InvalidArgumentError(fn, 'items[0]', 'must hold at least 2 answers', first);
  for (let j = 0; j < k; j++) {
    const column = items[j];
    if (column === null || typeof column !== 'object' || column.length !== n) {
      throw new InvalidArgumentError(fn, `items[${j}]`, `must hold ${n} answers like items[0]`, column);
    }
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new InvalidArgumentError(fn, `items[${j}][${i}]`, 'must be a finite number', v);
      }
    }
  }
  const weights = options?.weights;
  let sumW = n;
  let sumW2 = n;
  if (weights !== undefined) {
    if (weights === null || typeof weights !== 'object' || weights.length !== n) {
      throw new InvalidArgumentError(fn, 'options.weights', `must be an array of ${n} weights`, weights);
    }
    sumW = 0;
    sumW2 = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i] as number;
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new InvalidArgumentError(fn, `options.weights[${i}]`, 'must be a finite number at least 0', w);
      }
      sumW += w;
      sumW2 += w * w;
    }
  }
  const effectiveN = (sumW * sumW) / sumW2;
  if (!(effectiveN > 1)) {
    throw new InvalidArgumentError(fn, 'options.weights', 'must give an effective sample size above 1', effectiveN);
  }
  const weightOf = (i: number): number => (weights === undefined ? 1 : (weights[i] as number));
  const means = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const column = items[j] as ArrayLike<number>;
    let m = 0;
    for (let i = 0; i < n; i++) m += weightOf(i) * (column[i] as number);
    means[j] = m / sumW;
  }
  // Unbiased (reliability-weights) denominator; it cancels in alpha and in correlations.
  const denominator = sumW - sumW2 / sumW;
  const cov: number[][] = [];
  for (let a = 0; a < k; a++) cov.push(new Array<number>(k).fill(0));
  for (let a = 0; a < k; a++) {
    const xa = items[a] as ArrayLike<number>;
    const ma = means[a] as number;
    for (let b = a; b < k; b++) {
      const xb = items[b] as ArrayLike<number>;
      const mb = means[b] as number;
      let s = 0;
      for (let i = 0; i < n; i++) s += weightOf(i) * ((xa[i] as number) - ma) * ((xb[i] as number) - mb);
      const c = s / denominator;
      (cov[a] as number[])[b] = c;
      (cov[b] as number[])[a] = c;
    }
  }
  const itemVariances = cov.map((row, j) => row[j] as number);
  const rowSums = cov.map((row) => row.reduce((s, v) => s + v, 0));
  const totalVariance = rowSums.reduce((s, v) => s + v, 0);
  const sumItemVariances = itemVariances.reduce((s, v) => s + v, 0);
  if (!(totalVariance > 0)) throw new UndefinedResultError(fn, 'the sum of the items has zero variance', totalVariance);
  const alpha = alphaOf(k, sumItemVariances, totalVariance);

  let meanR: number | null = null;
  if (itemVariances.every((v) => v > 0)) {
    let sumR = 0;
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        sumR += ((cov[a] as number[])[b] as number) / Math.sqrt((itemVariances[a] as number) * (itemVariances[b] as number));
      }
    }
    meanR = sumR / ((k * (k - 1)) / 2);
  }
  const standardizedAlpha = meanR === null || 1 + (k - 1) * meanR === 0 ? null : (k * meanR) / (1 + (k - 1) * meanR);

  const alphaIfItemDeleted: (number | null)[] = [];
  const itemRestCorrelations: (number | null)[] = [];
  for (let j = 0; j < k; j++) {
    const vj = itemVariances[j] as number;
    const restVariance = totalVariance - 2 * (rowSums[j] as number) + vj;
    const restItemVariances = sumItemVariances - vj;
    alphaIfItemDeleted.push(k - 1 >= 2 && restVariance > 0 ? alphaOf(k - 1, restItemVariances, restVariance) : null);
    const covRest = (rowSums[j] as number) - vj;
    itemRestCorrelations.push(vj > 0 && restVariance > 0 ? Math.max(-1, Math.min(1, covRest / Math.sqrt(vj * restVariance))) : null);
  }

  const gamma = 1 - level;
  const df1 = effectiveN - 1;
  const df2 = (effectiveN - 1) * (k - 1);
  const interval = {
    lower: 1 - (1 - alpha) * fQuantile(1 - gamma / 2, df1, df2),
    upper: 1 - (1 - alpha) * fQuantile(gamma / 2, df1, df2),
  };
  return {
    alpha,
    standardizedAlpha,
    meanInterItemCorrelation: meanR,
    k,
    n,
    effectiveSampleSize: effectiveN,
    confidenceLevel: level,
    interval,
    alphaIfItemDeleted,
    itemRestCorrelations,
    itemVariances,
    totalVariance,
  };
}
