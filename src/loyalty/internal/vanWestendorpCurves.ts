/** The Van Westendorp curves on a price grid, as columns. @internal */
export interface VanWestendorpCurveColumns {
  readonly price: Float64Array;
  /** Share whose too-cheap price is above p; `null` when the question was not asked. */
  readonly tooCheap: Float64Array | null;
  readonly cheap: Float64Array;
  readonly expensive: Float64Array;
  readonly tooExpensive: Float64Array;
  readonly notCheap: Float64Array;
  readonly notExpensive: Float64Array;
}

/** First index `g` with `sorted[g] >= x` (binary search). @internal */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted distinct values of the given columns. @internal */
export function distinctSorted(columns: readonly Float64Array[]): Float64Array {
  let total = 0;
  for (const c of columns) total += c.length;
  const all = new Float64Array(total);
  let o = 0;
  for (const c of columns) {
    all.set(c, o);
    o += c.length;
  }
  all.sort();
  let m = 0;
  for (let i = 0; i < total; i++) if (i === 0 || all[i] !== all[m - 1]) all[m++] = all[i]!;
  return all.slice(0, m);
}

/**
 * Weighted share at or below each grid price, `F(p) = Σ w [x ≤ p] / Σ w`. With `clamp`, `F = 0` at and below
 * the variable's minimum and `F = 1` at and above its maximum (the convention of pricesensitivitymeter ≥ 1.3.1).
 */
function atOrBelow(grid: Float64Array, x: Float64Array, weight: Float64Array | null, clamp: boolean): Float64Array {
  const G = grid.length;
  const bins = new Float64Array(G);
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < x.length; k++) {
    const v = x[k]!;
    bins[lowerBound(grid, v)]! += weight === null ? 1 : weight[k]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  let total = 0;
  for (let g = 0; g < G; g++) total += bins[g]!;
  const F = new Float64Array(G);
  let cum = 0;
  for (let g = 0; g < G; g++) {
    cum += bins[g]!;
    F[g] = cum / total;
  }
  if (clamp) {
    for (let g = 0; g < G; g++) {
      if (grid[g]! >= max) F[g] = 1;
      if (grid[g]! <= min) F[g] = 0;
    }
  }
  return F;
}

function complement(F: Float64Array): Float64Array {
  const out = new Float64Array(F.length);
  for (let g = 0; g < F.length; g++) out[g] = 1 - F[g]!;
  return out;
}

/** The equally spaced grid `from + j·step`, `j = 0..⌊(to − from)/step + 1e-10⌋` (as R's `seq(from, to, by)`). @internal */
export function fineGrid(from: number, to: number, step: number): Float64Array {
  const m = Math.floor((to - from) / step + 1e-10);
  const out = new Float64Array(m + 1);
  for (let j = 0; j <= m; j++) out[j] = from + j * step;
  return out;
}

/** Number of points of {@link fineGrid}. @internal */
export function fineGridLength(from: number, to: number, step: number): number {
  return Math.floor((to - from) / step + 1e-10) + 1;
}

/** Linear interpolation of `y` (known at sorted `x`) at sorted points `q` inside `[x_0, x_last]`. @internal */
export function interpolateSorted(x: Float64Array, y: Float64Array, q: Float64Array): Float64Array {
  const out = new Float64Array(q.length);
  let i = 0;
  for (let j = 0; j < q.length; j++) {
    const v = q[j]!;
    while (i + 1 < x.length - 1 && x[i + 1]! <= v) i++;
    const x0 = x[i]!;
    const x1 = x[Math.min(i + 1, x.length - 1)]!;
    if (v === x1) out[j] = y[Math.min(i + 1, x.length - 1)]!;
    else if (v === x0 || x1 === x0) out[j] = y[i]!;
    else out[j] = y[i]! + (y[i + 1]! - y[i]!) * ((v - x0) / (x1 - x0));
  }
  return out;
}

/**
 * The four Van Westendorp curves and the two complements on the grid of all distinct answered prices, or on
 * an equally spaced grid of step `step` with the curves interpolated linearly. @internal
 */
export function vanWestendorpCurves(
  tooCheap: Float64Array | null,
  cheap: Float64Array,
  expensive: Float64Array,
  tooExpensive: Float64Array,
  weight: Float64Array | null,
  clamp: boolean,
  step: number | null,
): VanWestendorpCurveColumns {
  const grid = distinctSorted(tooCheap === null ? [cheap, expensive, tooExpensive] : [tooCheap, cheap, expensive, tooExpensive]);
  let tc = tooCheap === null ? null : complement(atOrBelow(grid, tooCheap, weight, clamp));
  let ch = complement(atOrBelow(grid, cheap, weight, clamp));
  let ex = atOrBelow(grid, expensive, weight, clamp);
  let te = atOrBelow(grid, tooExpensive, weight, clamp);
  let price = grid;
  if (step !== null && grid.length > 1) {
    price = fineGrid(grid[0]!, grid[grid.length - 1]!, step);
    tc = tc === null ? null : interpolateSorted(grid, tc, price);
    ch = interpolateSorted(grid, ch, price);
    ex = interpolateSorted(grid, ex, price);
    te = interpolateSorted(grid, te, price);
  }
  return { price, tooCheap: tc, cheap: ch, expensive: ex, tooExpensive: te, notCheap: complement(ch), notExpensive: complement(ex) };
}
