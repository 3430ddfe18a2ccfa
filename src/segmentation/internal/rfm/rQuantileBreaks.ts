import { orderStatistics } from './selectInPlace';

/**
 * The R package `rfm`'s quantile thresholds `b_k = Q₇(p_k) + 1`, k = 1..n−1, of NaN-free, non-empty
 * values (in any order: the order statistics are found by selection, not by a sort), computed with R's own floating-point steps so that values on a threshold fall on the
 * same side as in R: `p_k = k · (1/n)` (as `seq(0, 1, length.out = n + 1)` forms it: `p_3 = 0.6000000000000001`
 * for n = 5) and type 7 as `quantile.default` forms it, `h = 1 + (N − 1) p`, `lo = ⌊h⌋`, `hi = ⌈h⌉`,
 * `Q = x_lo` when `h = lo` or `x_hi = x_lo`, else `(1 − g) x_lo + g x_hi` with `g = h − lo` (no fuzz).
 * @internal
 */
export function rQuantileBreaks(values: Float64Array, n: number): number[] {
  const count = values.length;
  const step = 1 / n;
  const index: number[] = [];
  for (let k = 1; k < n; k++) index.push(1 + (count - 1) * (k * step));
  const positions: number[] = [];
  for (const h of index) positions.push(Math.floor(h) - 1, Math.ceil(h) - 1);
  const x = orderStatistics(values, positions);
  const breaks: number[] = [];
  for (const h of index) {
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    const xLo = x.get(lo - 1) as number;
    const xHi = x.get(hi - 1) as number;
    let q = xLo;
    if (h > lo && xHi !== xLo) {
      const g = h - lo;
      q = (1 - g) * xLo + g * xHi;
    }
    breaks.push(q + 1);
  }
  return breaks;
}
