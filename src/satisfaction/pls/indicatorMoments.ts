import type { PlsVarianceDenominator } from './types';

/**
 * Weighted means and covariance matrix of a row-major `n × p` matrix, written into caller buffers
 * (`means` of length p, `cov` of length p², full symmetric; `work` of length ≥ 10p). Row weights may be
 * counts (bootstrap) or sampling weights; `null` means 1 each. The denominator is `W − 1` or `W` with
 * `W = Σ weights`.
 *
 * The cross-products are accumulated on data shifted by `shift` (per column), with the exact correction
 * `Σw d dᵀ − (Σw d)(Σw d)ᵀ / W`; a shift near the column means keeps this as accurate as the two-pass
 * formula. With `shift = null` the weighted means are computed first and used as the shift (two passes);
 * the bootstrap passes the full-sample means and needs one pass. Rows of weight 0 are skipped; O(n p²).
 * Returns `W`; never throws (a denominator ≤ 0 gives non-finite entries).
 * @internal
 */
export function indicatorMoments(
  values: Float64Array,
  n: number,
  p: number,
  weights: Float64Array | null,
  denominator: PlsVarianceDenominator,
  shift: Float64Array | null,
  means: Float64Array,
  cov: Float64Array,
  work: Float64Array,
): number {
  const sums = work.subarray(p, 2 * p);
  if (shift === null) {
    means.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights === null ? 1 : (weights[i] as number);
      if (w === 0) continue;
      total += w;
      const base = i * p;
      for (let h = 0; h < p; h++) means[h] = (means[h] as number) + w * (values[base + h] as number);
    }
    for (let h = 0; h < p; h++) means[h] = (means[h] as number) / total;
  } else {
    means.set(shift);
  }
  cov.fill(0);
  sums.fill(0);
  // Rows are gathered four at a time (weighted copy in work[2p…6p), plain copy in work[6p…10p)) so that
  // each cross-product entry is loaded and stored once per four rows.
  const weighted = work.subarray(2 * p, 6 * p);
  const plain = work.subarray(6 * p, 10 * p);
  let total = 0;
  let pending = 0;
  const flush = (): void => {
    if (pending === 4) {
      for (let a = 0; a < p; a++) {
        const w0 = weighted[a] as number;
        const w1 = weighted[p + a] as number;
        const w2 = weighted[2 * p + a] as number;
        const w3 = weighted[3 * p + a] as number;
        const row = a * p;
        for (let b = a; b < p; b++) {
          cov[row + b] =
            (cov[row + b] as number) +
            w0 * (plain[b] as number) +
            w1 * (plain[p + b] as number) +
            w2 * (plain[2 * p + b] as number) +
            w3 * (plain[3 * p + b] as number);
        }
      }
    } else {
      for (let r = 0; r < pending; r++) {
        for (let a = 0; a < p; a++) {
          const wa = weighted[r * p + a] as number;
          const row = a * p;
          for (let b = a; b < p; b++) cov[row + b] = (cov[row + b] as number) + wa * (plain[r * p + b] as number);
        }
      }
    }
    pending = 0;
  };
  for (let i = 0; i < n; i++) {
    const w = weights === null ? 1 : (weights[i] as number);
    if (w === 0) continue;
    total += w;
    const base = i * p;
    const offset = pending * p;
    for (let h = 0; h < p; h++) {
      const d = (values[base + h] as number) - (means[h] as number);
      plain[offset + h] = d;
      weighted[offset + h] = w * d;
      sums[h] = (sums[h] as number) + w * d;
    }
    pending++;
    if (pending === 4) flush();
  }
  flush();
  const d = denominator === 'n' ? total : total - 1;
  for (let a = 0; a < p; a++) {
    const ca = (sums[a] as number) / total;
    const square = cov[a * p + a] as number;
    for (let b = a; b < p; b++) {
      const v = ((cov[a * p + b] as number) - ca * (sums[b] as number)) / d;
      cov[a * p + b] = v;
      cov[b * p + a] = v;
    }
    // A constant column leaves only rounding after the shift correction: make it exactly 0.
    if ((cov[a * p + a] as number) <= 1e-12 * (square / d)) cov[a * p + a] = 0;
  }
  for (let h = 0; h < p; h++) means[h] = (means[h] as number) + (sums[h] as number) / total;
  return total;
}
