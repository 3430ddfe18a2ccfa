import { normalCdf } from '../../core/special/normalCdf';

/** Result of a Wilcoxon signed-rank test (normal approximation). @internal */
export interface WilcoxonResult {
  /** Sum of the ranks of the positive differences `W+`. */
  readonly statistic: number;
  /** Number of non-zero differences used. */
  readonly n: number;
  /** Standardised statistic; `null` when no non-zero difference is left or the variance is 0. */
  readonly z: number | null;
  /** Two-sided p-value `2 Φ(−|z|)`; 1 when `z` is `null`. */
  readonly pValue: number;
}

/**
 * Wilcoxon signed-rank test of symmetry about 0 with the normal approximation: zero differences dropped
 * (Wilcoxon's convention), mid-ranks for ties of |d|, tie-corrected variance
 * `n(n+1)(2n+1)/24 − Σ(t³ − t)/48`, no continuity correction (scipy `wilcoxon(method='approx')`).
 * O(n log n).
 * @internal
 */
export function wilcoxonSignedRank(differences: ArrayLike<number>): WilcoxonResult {
  const nonZero: number[] = [];
  for (let i = 0; i < differences.length; i++) {
    const d = differences[i] as number;
    if (d !== 0) nonZero.push(d);
  }
  const n = nonZero.length;
  if (n === 0) return { statistic: 0, n: 0, z: null, pValue: 1 };
  const order = nonZero.map((d, i) => ({ a: Math.abs(d), positive: d > 0, i })).sort((x, y) => x.a - y.a);
  let wPlus = 0;
  let tieTerm = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && (order[end + 1] as { a: number }).a === (order[start] as { a: number }).a) end++;
    const rank = (start + end + 2) / 2;
    const t = end - start + 1;
    tieTerm += t * t * t - t;
    for (let r = start; r <= end; r++) if ((order[r] as { positive: boolean }).positive) wPlus += rank;
    start = end + 1;
  }
  const mean = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48;
  if (!(variance > 0)) return { statistic: wPlus, n, z: null, pValue: 1 };
  const z = (wPlus - mean) / Math.sqrt(variance);
  return { statistic: wPlus, n, z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
