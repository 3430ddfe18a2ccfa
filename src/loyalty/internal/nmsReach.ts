import { lowerBound } from './vanWestendorpCurves';

/** Inputs of {@link nmsReach}: accepted respondents as columns (respondent-id order). @internal */
export interface NmsInput {
  readonly tooCheap: Float64Array | null;
  readonly cheap: Float64Array;
  readonly expensive: Float64Array;
  readonly tooExpensive: Float64Array;
  readonly weight: Float64Array | null;
  /** Calibrated purchase probability at each respondent's cheap and expensive price. */
  readonly probCheap: Float64Array;
  readonly probExpensive: Float64Array;
  readonly probTooCheap: number;
  readonly probTooExpensive: number;
}

/**
 * Reach on a sorted price grid: the weighted mean over respondents of the piecewise-linear (in price)
 * purchase probability through `(tooCheap, a), (cheap, π_c), (expensive, π_e), (tooExpensive, b)`, 0 below
 * the too-cheap and above the too-expensive price (without a too-cheap price: `π_c` below the cheap price).
 *
 * Each respondent adds `A + B·p` to the grid indices of each of its segments through difference arrays, so
 * the cost is O(n log G + G). @internal
 */
export function nmsReach(input: NmsInput, price: Float64Array): Float64Array {
  const G = price.length;
  const dA = new Float64Array(G + 1);
  const dB = new Float64Array(G + 1);
  const point = new Float64Array(G);
  const { tooCheap, cheap, expensive, tooExpensive, weight, probCheap, probExpensive } = input;
  let total = 0;
  const segment = (w: number, x0: number, y0: number, x1: number, y1: number): void => {
    const g0 = lowerBound(price, x0);
    const g1 = lowerBound(price, x1);
    if (g1 <= g0) return;
    const B = (y1 - y0) / (x1 - x0);
    const A = y0 - B * x0;
    dA[g0]! += w * A;
    dA[g1]! -= w * A;
    dB[g0]! += w * B;
    dB[g1]! -= w * B;
  };
  for (let i = 0; i < cheap.length; i++) {
    const w = weight === null ? 1 : weight[i]!;
    total += w;
    if (w === 0) continue;
    const c = cheap[i]!;
    const pc = probCheap[i]!;
    if (tooCheap === null) {
      const g1 = lowerBound(price, c);
      dA[0]! += w * pc;
      dA[g1]! -= w * pc;
    } else {
      segment(w, tooCheap[i]!, input.probTooCheap, c, pc);
    }
    segment(w, c, pc, expensive[i]!, probExpensive[i]!);
    segment(w, expensive[i]!, probExpensive[i]!, tooExpensive[i]!, input.probTooExpensive);
    const gt = lowerBound(price, tooExpensive[i]!);
    if (gt < G && price[gt] === tooExpensive[i]) point[gt]! += w * input.probTooExpensive;
  }
  const reach = new Float64Array(G);
  let a = 0;
  let b = 0;
  for (let g = 0; g < G; g++) {
    a += dA[g]!;
    b += dB[g]!;
    const r = (a + b * price[g]! + point[g]!) / total;
    reach[g] = Math.min(1, Math.max(0, r));
  }
  return reach;
}

/** First index whose value is within a relative 1e-10 of the maximum (ties go to the lowest price). @internal */
export function firstArgmax(values: Float64Array): number {
  let max = -Infinity;
  for (let g = 0; g < values.length; g++) if (values[g]! > max) max = values[g]!;
  const floor = max - 1e-10 * Math.max(Math.abs(max), Number.MIN_VALUE);
  for (let g = 0; g < values.length; g++) if (values[g]! >= floor) return g;
  return 0;
}
