import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { solveLinearSystem } from '../core/linalg/solveLinearSystem';
import { symmetricEigen } from './internal/symmetricEigen';
import { assertOptions } from '../core/validate/assertOptions';

/** Options of {@link keyDrivers}. */
export interface KeyDriversOptions {
  /** Respondent weights (finite, ≥ 0): weighted correlations. Default every weight 1. */
  readonly weights?: ArrayLike<number>;
  /**
   * Largest number of drivers for which the exact Shapley (LMG) decomposition (2^p sub-regressions) is
   * computed; above it `shapley` is `null`. Default 15, at most 20.
   */
  readonly maxShapleyDrivers?: number;
}

/** The importance measures of one driver. */
export interface DriverImportance {
  /** Driver name. */
  readonly name: string;
  /** Zero-order (Pearson) correlation with the outcome. */
  readonly correlation: number;
  /** Standardised regression coefficient `β = R_xx⁻¹ r_xy`. */
  readonly beta: number;
  /** Johnson's (2000) relative weight (share of R² in R² units); the weights sum to R². */
  readonly relativeWeight: number;
  /** `relativeWeight / R²` (0 when R² = 0). */
  readonly relativeWeightShare: number;
  /** Shapley value / LMG (R² units); the values sum to R². `null` above `maxShapleyDrivers`. */
  readonly shapley: number | null;
  /** `shapley / R²`; `null` when `shapley` is. */
  readonly shapleyShare: number | null;
}

/** A key-driver analysis. */
export interface KeyDriversResult {
  /** Respondents. */
  readonly n: number;
  /** R² of the regression of the outcome on all drivers. */
  readonly rSquared: number;
  /** `1 − (1 − R²)(n − 1)/(n − p − 1)` (with weights, `n` is the Kish effective size). */
  readonly adjustedRSquared: number;
  /** One entry per driver, in input order. */
  readonly drivers: DriverImportance[];
  /** Whether respondent weights were applied. */
  readonly weighted: boolean;
}

/**
 * Key-driver analysis of an outcome (overall satisfaction, likelihood to recommend) on its drivers:
 * correlations, standardised betas, Johnson's relative weights and Shapley (LMG) shares of R².
 *
 * @remarks
 * With the driver correlation matrix `R_xx` and the correlations `r_xy` with the outcome:
 * `β = R_xx⁻¹ r_xy`, `R² = βᵀ r_xy`. Johnson (2000): `R_xx = QΛQᵀ`, `Λ½ = QΛ^{1/2}Qᵀ`,
 * `β* = (Λ½)⁻¹ r_xy`, `RW_j = Σ_k (Λ½)_jk² β*_k²`, and `Σ RW_j = R²`. Shapley value / LMG / general
 * dominance (Lindeman, Merenda & Gold 1980; Budescu 1993; Lipovetsky & Conklin 2001):
 * `φ_j = Σ_{S ⊆ X∖{j}} |S|!(p−|S|−1)!/p! · (R²(S ∪ {j}) − R²(S))`, `R²(S) = r_Sᵀ R_SS⁻¹ r_S`, and
 * `Σ φ_j = R²`. Thomas et al. (2014) question the theory behind Johnson's weights: read the Shapley
 * shares as the primary measure and the relative weights as a fast approximation. Cost O(n p²) for the
 * correlations, O(2^p p³) for the exact Shapley values (about a second at p = 15).
 *
 * @param outcome - Outcome values, one per respondent, finite.
 * @param drivers - One array per driver (same length as `outcome`), finite; at least one driver.
 * @param options - `weights`, `maxShapleyDrivers` (15).
 * @returns A {@link KeyDriversResult}.
 * @throws `INVALID_ARGUMENT` when there are no drivers, lengths differ, a value or weight is not finite
 *   (or a weight negative), there are fewer than `p + 2` respondents, or `maxShapleyDrivers` is invalid.
 * @throws `UNDEFINED_RESULT` when the outcome or a driver has zero variance, or the drivers are collinear.
 * @example
 * ```ts
 * const r = keyDrivers([3, 5, 4, 6, 8, 7], { staff: [1, 3, 2, 4, 5, 5], price: [2, 2, 3, 3, 5, 4] });
 * r.rSquared.toFixed(4); // '0.9823'
 * r.drivers.map((d) => d.shapley?.toFixed(4)); // ['0.5960', '0.3864']
 * r.drivers.map((d) => d.relativeWeight.toFixed(4)); // ['0.5960', '0.3864'] (equal to LMG for two drivers)
 * ```
 * @see Johnson, J. W. (2000). A heuristic method for estimating the relative weight of predictor variables
 *   in multiple regression. Multivariate Behavioral Research 35(1), 1–19. https://doi.org/10.1207/S15327906MBR3501_1
 * @see Budescu, D. V. (1993). Dominance analysis: A new approach to the problem of relative importance of
 *   predictors in multiple regression. Psychological Bulletin 114(3), 542–551. https://doi.org/10.1037/0033-2909.114.3.542
 * @see Lipovetsky, S. & Conklin, M. (2001). Analysis of regression in game theory approach. Applied
 *   Stochastic Models in Business and Industry 17(4), 319–330. https://doi.org/10.1002/asmb.446
 * @see Lindeman, R. H., Merenda, P. F. & Gold, R. Z. (1980). Introduction to Bivariate and Multivariate
 *   Analysis. Scott, Foresman.
 * @see Thomas, D. R., Zumbo, B. D., Kwan, E. & Schweitzer, L. (2014). On Johnson's (2000) relative weights
 *   method for assessing variable importance: A reanalysis. Multivariate Behavioral Research 49(4), 329–338.
 *   https://doi.org/10.1080/00273171.2014.905766
 */
export function keyDrivers(
  outcome: ArrayLike<number>,
  drivers: Readonly<Record<string, ArrayLike<number>>>,
  options?: KeyDriversOptions,
): KeyDriversResult {
  const fn = 'keyDrivers';
  assertOptions(fn, options);
  if (outcome === null || typeof outcome !== 'object' || typeof outcome.length !== 'number') {
    throw new InvalidArgumentError(fn, 'outcome', 'must be an array', outcome);
  }
  if (drivers === null || typeof drivers !== 'object') throw new InvalidArgumentError(fn, 'drivers', 'must be an object of columns', drivers);
  const names = Object.keys(drivers);
  const p = names.length;
  if (p === 0) throw new InvalidArgumentError(fn, 'drivers', 'must name at least one driver', drivers);
  const n = outcome.length;
  if (n < p + 2) throw new InvalidArgumentError(fn, 'outcome', `must hold at least ${p + 2} answers (drivers + 2)`, n);
  const maxShapley = options?.maxShapleyDrivers ?? 15;
  if (!Number.isInteger(maxShapley) || maxShapley < 0 || maxShapley > 20) {
    throw new InvalidArgumentError(fn, 'options.maxShapleyDrivers', 'must be an integer 0-20', maxShapley);
  }
  const columns: ArrayLike<number>[] = [outcome];
  const labels = ['outcome', ...names.map((name) => `drivers.${name}`)];
  for (const name of names) {
    const column = drivers[name];
    if (column === undefined || column === null || typeof column !== 'object' || column.length !== n) {
      throw new InvalidArgumentError(fn, `drivers.${name}`, `must be an array of ${n} values`, column);
    }
    columns.push(column);
  }
  columns.forEach((column, c) => {
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(fn, `${labels[c]}[${i}]`, 'must be a finite number', v);
    }
  });
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
      const w = weights[i];
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new InvalidArgumentError(fn, `options.weights[${i}]`, 'must be a finite number at least 0', w);
      }
      sumW += w;
      sumW2 += w * w;
    }
    if (!(sumW > 0)) throw new UndefinedResultError(fn, 'every weight is 0');
  }
  const wt = (i: number): number => (weights === undefined ? 1 : (weights[i] as number));
  // Weighted correlation matrix of [y, x_1..x_p].
  const m = p + 1;
  const means = columns.map((column) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += wt(i) * (column[i] as number);
    return s / sumW;
  });
  const cov: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      const xa = columns[a] as ArrayLike<number>;
      const xb = columns[b] as ArrayLike<number>;
      const ma = means[a] as number;
      const mb = means[b] as number;
      let s = 0;
      for (let i = 0; i < n; i++) s += wt(i) * ((xa[i] as number) - ma) * ((xb[i] as number) - mb);
      (cov[a] as number[])[b] = s;
      (cov[b] as number[])[a] = s;
    }
  }
  const sd = cov.map((row, a) => Math.sqrt(row[a] as number));
  sd.forEach((s, a) => {
    const scale = Math.abs(means[a] as number) + 1;
    if (!(s > 1e-12 * scale * Math.sqrt(sumW))) throw new UndefinedResultError(fn, `${labels[a]} has zero variance`);
  });
  const corr = cov.map((row, a) => row.map((v, b) => (a === b ? 1 : Math.max(-1, Math.min(1, v / ((sd[a] as number) * (sd[b] as number)))))));
  const rxy = names.map((_, j) => (corr[0] as number[])[j + 1] as number);
  const Rxx = names.map((_, j) => names.map((__, k) => (corr[j + 1] as number[])[k + 1] as number));

  const rSquaredOf = (subset: readonly number[]): number => {
    if (subset.length === 0) return 0;
    const R = subset.map((j) => subset.map((k) => (Rxx[j] as number[])[k] as number));
    const r = subset.map((j) => rxy[j] as number);
    const b = solveLinearSystem(R, r);
    let s = 0;
    for (let i = 0; i < b.length; i++) s += (b[i] as number) * (r[i] as number);
    return s;
  };
  const beta = solveLinearSystem(Rxx, rxy);
  if (beta.some((b) => !Number.isFinite(b))) throw new UndefinedResultError(fn, 'the drivers are collinear (singular correlation matrix)');
  let rSquared = 0;
  for (let j = 0; j < p; j++) rSquared += (beta[j] as number) * (rxy[j] as number);

  // Johnson's relative weights.
  const { values, vectors } = symmetricEigen(Rxx);
  if (values.some((v) => !(v > 1e-12))) throw new UndefinedResultError(fn, 'the drivers are collinear (singular correlation matrix)');
  const half = names.map((_, j) =>
    names.map((__, k) => {
      let s = 0;
      for (let e = 0; e < p; e++) s += ((vectors[j] as number[])[e] as number) * Math.sqrt(values[e] as number) * ((vectors[k] as number[])[e] as number);
      return s;
    }),
  );
  const betaStar = solveLinearSystem(half, rxy);
  const relativeWeights = names.map((_, j) => {
    let s = 0;
    for (let k = 0; k < p; k++) s += ((half[j] as number[])[k] as number) ** 2 * (betaStar[k] as number) ** 2;
    return s;
  });

  // Exact Shapley (LMG) values.
  let shapley: number[] | null = null;
  if (p <= maxShapley) {
    const count = 1 << p;
    const r2 = new Float64Array(count);
    const subset: number[] = [];
    for (let mask = 1; mask < count; mask++) {
      subset.length = 0;
      for (let j = 0; j < p; j++) if (mask & (1 << j)) subset.push(j);
      r2[mask] = rSquaredOf(subset);
    }
    const logFactorial = [0];
    for (let i = 1; i <= p; i++) logFactorial.push((logFactorial[i - 1] as number) + Math.log(i));
    const weightOf = (s: number): number =>
      Math.exp((logFactorial[s] as number) + (logFactorial[p - s - 1] as number) - (logFactorial[p] as number));
    shapley = new Array<number>(p).fill(0);
    for (let mask = 0; mask < count; mask++) {
      let size = 0;
      for (let j = 0; j < p; j++) if (mask & (1 << j)) size++;
      const w = size < p ? weightOf(size) : 0;
      for (let j = 0; j < p; j++) {
        if (mask & (1 << j)) continue;
        shapley[j] = (shapley[j] as number) + w * ((r2[mask | (1 << j)] as number) - (r2[mask] as number));
      }
    }
  }
  const nEff = (sumW * sumW) / sumW2;
  const share = (x: number): number => (rSquared > 0 ? x / rSquared : 0);
  return {
    n,
    rSquared,
    adjustedRSquared: nEff - p - 1 > 0 ? 1 - ((1 - rSquared) * (nEff - 1)) / (nEff - p - 1) : rSquared,
    drivers: names.map((name, j) => ({
      name,
      correlation: rxy[j] as number,
      beta: beta[j] as number,
      relativeWeight: relativeWeights[j] as number,
      relativeWeightShare: share(relativeWeights[j] as number),
      shapley: shapley === null ? null : (shapley[j] as number),
      shapleyShare: shapley === null ? null : share(shapley[j] as number),
    })),
    weighted: weights !== undefined,
  };
}
