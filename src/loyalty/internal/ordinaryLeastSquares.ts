import { invertMatrix } from '../../core/linalg/invertMatrix';

/** An ordinary least-squares fit of `y = a + Xβ + e`. @internal */
export interface OlsFit {
  readonly intercept: number;
  readonly coefficients: number[];
  /** Classical standard errors of the coefficients (not of the intercept). */
  readonly standardErrors: number[];
  readonly residualVariance: number;
  readonly degreesOfFreedom: number;
  /** `1 − RSS/TSS`, `null` when `y` is constant. */
  readonly rSquared: number | null;
}

/**
 * OLS with an intercept on centred columns (`x[j][i]` is regressor j of row i); `null` when the centred
 * cross-product matrix is singular or `n ≤ k + 1`. Variance `σ² (X̃ᵀX̃)⁻¹` with `σ² = RSS/(n − k − 1)`. @internal
 */
export function ordinaryLeastSquares(y: readonly number[], x: readonly (readonly number[])[]): OlsFit | null {
  const n = y.length;
  const k = x.length;
  if (n <= k + 1) return null;
  const mean = (v: readonly number[]): number => v.reduce((s, t) => s + t, 0) / n;
  const my = mean(y);
  const mx = x.map(mean);
  const xc = x.map((col, j) => col.map((v) => v - mx[j]!));
  const yc = y.map((v) => v - my);
  const XtX = xc.map((a) => xc.map((b) => a.reduce((s, v, i) => s + v * b[i]!, 0)));
  const Xty = xc.map((a) => a.reduce((s, v, i) => s + v * yc[i]!, 0));
  const inv = invertMatrix(XtX);
  if (k > 0 && (inv.length === 0 || Number.isNaN(inv[0]![0]!))) return null;
  const beta = inv.map((row) => row.reduce((s, v, j) => s + v * Xty[j]!, 0));
  let rss = 0;
  let tss = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < k; j++) fit += beta[j]! * xc[j]![i]!;
    rss += (yc[i]! - fit) ** 2;
    tss += yc[i]! ** 2;
  }
  const df = n - k - 1;
  const s2 = rss / df;
  return {
    intercept: my - beta.reduce((s, b, j) => s + b * mx[j]!, 0),
    coefficients: beta,
    standardErrors: inv.map((row, j) => Math.sqrt(Math.max(0, s2 * row[j]!))),
    residualVariance: s2,
    degreesOfFreedom: df,
    rSquared: tss > 0 ? Math.max(0, 1 - rss / tss) : null,
  };
}
