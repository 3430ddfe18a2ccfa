import { solveLinearSystem } from '../../core/linalg/solveLinearSystem';
import { regularizedGammaQ } from '../../core/special/regularizedGammaQ';
import type { LogRankTest } from '../kaplanMeier';

/**
 * The log-rank test of equal survival in `k ≥ 2` groups (Mantel 1966; Peto & Peto 1972): at each
 * distinct event time `t` with `n` at risk and `d` events, group `g` expects `E_g += n_g d / n` and the
 * counts have covariance `V_gh += d (n − d)/(n − 1) · (n_g/n)(δ_gh − n_h/n)`. The statistic
 * `(O − E)ᵀ V⁻¹ (O − E)` over the first `k − 1` groups is χ² with `k − 1` degrees of freedom. O(m k + k³).
 * `order` lists the observations sorted by time; `groupOf` their group numbers 0..k−1. @internal
 */
export function logRankTest(
  time: Float64Array,
  event: Uint8Array,
  groupOf: Int32Array,
  order: ArrayLike<number>,
  labels: readonly string[],
): LogRankTest {
  const k = labels.length;
  const atRisk = new Float64Array(k);
  for (let i = 0; i < order.length; i++) atRisk[groupOf[order[i] as number] as number]! += 1;
  const sizes = Array.from(atRisk);
  const observed = new Float64Array(k);
  const expected = new Float64Array(k);
  const covariance = Array.from({ length: k }, () => new Float64Array(k));
  const dies = new Float64Array(k);
  const leaves = new Float64Array(k);
  let total = order.length;
  for (let j = 0; j < order.length; ) {
    const t = time[order[j] as number] as number;
    dies.fill(0);
    leaves.fill(0);
    let d = 0;
    for (; j < order.length && time[order[j] as number] === t; j++) {
      const i = order[j] as number;
      const g = groupOf[i] as number;
      leaves[g]! += 1;
      if (event[i] === 1) {
        dies[g]! += 1;
        d++;
      }
    }
    if (d > 0) {
      const factor = total > 1 ? (d * (total - d)) / (total - 1) : 0;
      for (let g = 0; g < k; g++) {
        const share = (atRisk[g] as number) / total;
        observed[g]! += dies[g] as number;
        expected[g]! += d * share;
        for (let h = 0; h < k; h++) {
          covariance[g]![h]! += factor * share * ((g === h ? 1 : 0) - (atRisk[h] as number) / total);
        }
      }
    }
    for (let g = 0; g < k; g++) {
      atRisk[g]! -= leaves[g] as number;
      total -= leaves[g] as number;
    }
  }
  const groups = labels.map((group, g) => ({ group, n: sizes[g] as number, observed: observed[g] as number, expected: expected[g] as number }));
  const degreesOfFreedom = k - 1;
  const difference = Array.from({ length: degreesOfFreedom }, (_, g) => (observed[g] as number) - (expected[g] as number));
  const matrix = Array.from({ length: degreesOfFreedom }, (_, g) => Array.from((covariance[g] as Float64Array).subarray(0, degreesOfFreedom)));
  const solution = solveLinearSystem(matrix, difference);
  let statistic = 0;
  for (let g = 0; g < degreesOfFreedom; g++) statistic += (difference[g] as number) * (solution[g] as number);
  if (!Number.isFinite(statistic) || statistic < 0) {
    return {
      statistic: null,
      degreesOfFreedom,
      pValue: null,
      groups,
      reason: 'the variance of the observed-minus-expected events is singular (too few events, or a group with none at risk at any event time)',
    };
  }
  return { statistic, degreesOfFreedom, pValue: regularizedGammaQ(degreesOfFreedom / 2, statistic / 2), groups, reason: null };
}
