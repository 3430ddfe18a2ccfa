/** Most points a grid may add. */
const GRID = 24;

/** Inserts `v` into the ascending `out[0..n)` when strictly inside `(lo, hi)`; returns the new count. */
function insert(out: Float64Array, n: number, v: number, lo: number, hi: number): number {
  if (!(v > lo && v < hi) || n >= out.length - 1) return n;
  let i = n;
  while (i > 1 && (out[i - 1] as number) > v) {
    out[i] = out[i - 1] as number;
    i--;
  }
  if ((out[i - 1] as number) === v) {
    for (let j = i; j < n; j++) out[j] = out[j + 1] as number;
    return n;
  }
  out[i] = v;
  return n + 1;
}

/** A grid stops once the log-integrand has fallen this much below its value at the grid's end point. */
const DROP = 800;

/**
 * Break points for integrating a log-integrand `g` over `[lo, hi]` whose features may be far narrower
 * than the range: geometric grids (ratio 4) from `lo` on the scale `1/|g'(lo)|` and back from `hi` on
 * `1/g'(hi)` when `g` rises there, each ending once `g` has fallen by 800 (the rest is then below
 * `e^−800` of the part already covered), and points around an interior mode `mode ± width·{1, 4, 16}`
 * (pass `NaN` for none). A grid is added only when its scale is under 1/16 of the range, so smooth
 * integrands keep one interval. Writes `lo, …, hi` ascending into `out`; returns the count. @internal
 */
export function lifetimeBreaks(
  out: Float64Array,
  lo: number,
  hi: number,
  slopeLo: number,
  slopeHi: number,
  mode: number,
  width: number,
  g: (t: number) => number,
): number {
  out[0] = lo;
  let n = 1;
  const range = hi - lo;
  if (range > 0) {
    const hLo = 1 / Math.abs(slopeLo);
    if (16 * hLo < range) {
      const top = g(lo);
      for (let k = 0, h = hLo; k < GRID && h < range; k++, h *= 4) {
        n = insert(out, n, lo + h, lo, hi);
        if (top - g(lo + h) > DROP) break;
      }
    }
    if (slopeHi > 0 && 16 / slopeHi < range) {
      const top = g(hi);
      for (let k = 0, h = 1 / slopeHi; k < GRID && h < range; k++, h *= 4) {
        n = insert(out, n, hi - h, lo, hi);
        if (top - g(hi - h) > DROP) break;
      }
    }
    if (Number.isFinite(mode) && 16 * width < range && mode > lo - 16 * width && mode < hi + 16 * width) {
      n = insert(out, n, mode, lo, hi);
      for (let k = 0, h = width; k < 3; k++, h *= 4) {
        n = insert(out, n, mode - h, lo, hi);
        n = insert(out, n, mode + h, lo, hi);
      }
    }
  }
  out[n] = hi;
  return hi > lo ? n + 1 : 1;
}
