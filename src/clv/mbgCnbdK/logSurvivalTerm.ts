/**
 * `ln S2` of the MBG/CNBD-k likelihood: `S2 = Σ_{j=0}^{k−1} (r+kx)_j / j! · u^j`, `u = (T−t_x)/(α+T)`, the
 * probability (integrated over the posterior rate, relative to `(α+T)^−(r+kx)`) that an active customer's
 * Erlang-k clock has not completed the next purchase in `(t_x, T]` (Platzer & Reutterer 2016). Summed in
 * log space; the term ratio `(r+kx+j−1)·u/j` is formed directly. O(k). @internal
 */
export function logSurvivalTerm(k: number, shape: number, u: number): number {
  if (k === 1 || u === 0) return 0;
  const logU = Math.log(u);
  let log = 0; // ln of term j
  let max = 0;
  const terms: number[] = [0];
  for (let j = 1; j < k; j++) {
    log += Math.log(shape + j - 1) - Math.log(j) + logU;
    terms.push(log);
    if (log > max) max = log;
  }
  let sum = 0;
  for (const t of terms) sum += Math.exp(t - max);
  return max + Math.log(sum);
}
