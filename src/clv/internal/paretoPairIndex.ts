import type { CompressedData } from '../types';

/**
 * The distinct `(x, t_x)` and `(x, T)` pairs of compressed continuous-time data, so that the Pareto/NBD
 * integral `I(t_x, T) = G(t_x) − G(T)`, `G(u) = ∫_u^M …`, needs one quadrature per pair instead of one
 * per row (daily data over a year: ~7,000 pairs for ~180,000 rows).
 * @internal
 */
export interface ParetoPairIndex {
  /** Frequency of each pair. */
  readonly x: Float64Array;
  /** Lower limit `u` of each pair. */
  readonly u: Float64Array;
  /** Pair index of `(x, t_x)` for each row. */
  readonly rowLow: Int32Array;
  /** Pair index of `(x, T)` for each row. */
  readonly rowHigh: Int32Array;
  /** Common upper limit `M = max T`. */
  readonly upper: number;
  /**
   * Pair indices sorted by `x`, then by `u` from largest to smallest (for chaining `G` by short steps). The
   * pairs are numbered in this order, so it is the identity.
   */
  readonly order: Int32Array;
  /**
   * Row indices grouped by their `(x, T)` pair (so by frequency): a pass over the rows in this order touches
   * the pairs of one frequency at a time, which stay in cache.
   */
  readonly rowOrder: Int32Array;
  /** `rowLow` in `rowOrder`. */
  readonly orderedLow: Int32Array;
  /** `rowHigh` in `rowOrder`. */
  readonly orderedHigh: Int32Array;
  /** Row weights in `rowOrder`. */
  readonly orderedWeight: Float64Array;
  /**
   * In `rowOrder`, the weight when it is a whole number from 1 to 8, else 0 (most rows of daily data): rows
   * of equal whole weight can share one logarithm of a product.
   */
  readonly orderedWholeWeight: Uint8Array;
  /** The distinct values of `u`, ascending (so `ln(α+u)`, `ln(β+u)` are taken once per value). */
  readonly levels: Float64Array;
  /** Index into `levels` of each pair's `u`. */
  readonly level: Int32Array;
  /**
   * Index of each pair's step `[u, next larger u of the same x, or M]` among the distinct steps, or −1 for
   * a pair with `u = M`. Steps recur across frequencies (daily data: ~2,000 distinct for ~23,000 pairs), so
   * the quadrature nodes of a step are placed once per evaluation.
   */
  readonly step: Int32Array;
  /** Lower limit of each distinct step. */
  readonly stepLow: Float64Array;
  /** Upper limit of each distinct step. */
  readonly stepHigh: Float64Array;
  /** Sum of the row weights at each frequency `x` (index `x`, length `max x + 1`). */
  readonly weightOfX: Float64Array;
}

const cache = new WeakMap<CompressedData, ParetoPairIndex | null>();

/**
 * Builds (once per data object, cached) the pair index, or returns `null` when pairs would not save work
 * (more than a third as many pairs as rows, as for continuous-time data).
 * @internal
 */
export function paretoPairIndex(data: CompressedData): ParetoPairIndex | null {
  const cached = cache.get(data);
  if (cached !== undefined) return cached;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const n = data.rows;
  let size = 16;
  while (size < 4 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const px = new Float64Array(2 * n);
  const pu = new Float64Array(2 * n);
  const rowLow = new Int32Array(n);
  const rowHigh = new Int32Array(n);
  let pairs = 0;
  let upper = 0;
  const find = (x: number, u: number): number => {
    let h = Math.imul((x | 0) ^ 0x9e3779b1, 0x85ebca77) ^ Math.imul(Math.floor(u * 1048576) | 0, 0xc2b2ae35);
    h ^= h >>> 15;
    let slot = h & mask;
    for (;;) {
      const k = table[slot] as number;
      if (k < 0) {
        table[slot] = pairs;
        px[pairs] = x;
        pu[pairs] = u;
        return pairs++;
      }
      if (px[k] === x && pu[k] === u) return k;
      slot = (slot + 1) & mask;
    }
  };
  for (let i = 0; i < n; i++) if ((Ts[i] as number) > upper) upper = Ts[i] as number;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    rowLow[i] = find(x, txs[i] as number);
    rowHigh[i] = find(x, Ts[i] as number);
    if (pairs * 3 > n && i > 1000) {
      cache.set(data, null);
      return null;
    }
  }
  if (pairs * 3 > n) {
    cache.set(data, null);
    return null;
  }
  // Number the pairs by x, then by u from largest to smallest.
  const byChain = new Int32Array(pairs);
  for (let k = 0; k < pairs; k++) byChain[k] = k;
  byChain.sort((p, q) =>
    px[p] !== px[q] ? (px[p] as number) - (px[q] as number) : (pu[q] as number) - (pu[p] as number),
  );
  const renumber = new Int32Array(pairs);
  const x = new Float64Array(pairs);
  const u = new Float64Array(pairs);
  for (let k = 0; k < pairs; k++) {
    const old = byChain[k] as number;
    renumber[old] = k;
    x[k] = px[old] as number;
    u[k] = pu[old] as number;
  }
  for (let i = 0; i < n; i++) {
    rowLow[i] = renumber[rowLow[i] as number] as number;
    rowHigh[i] = renumber[rowHigh[i] as number] as number;
  }
  const order = new Int32Array(pairs);
  for (let k = 0; k < pairs; k++) order[k] = k;
  // Rows bucketed by their (x, T) pair (a counting sort).
  const start = new Int32Array(pairs + 1);
  for (let i = 0; i < n; i++) start[(rowHigh[i] as number) + 1] = (start[(rowHigh[i] as number) + 1] as number) + 1;
  for (let k = 0; k < pairs; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const rowOrder = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = rowHigh[i] as number;
    rowOrder[start[k] as number] = i;
    start[k] = (start[k] as number) + 1;
  }
  const orderedLow = new Int32Array(n);
  const orderedHigh = new Int32Array(n);
  const orderedWeight = new Float64Array(n);
  const orderedWholeWeight = new Uint8Array(n);
  for (let o = 0; o < n; o++) {
    const i = rowOrder[o] as number;
    orderedLow[o] = rowLow[i] as number;
    orderedHigh[o] = rowHigh[i] as number;
    const w = data.weights[i] as number;
    orderedWeight[o] = w;
    if (w >= 1 && w <= 8 && Number.isInteger(w)) orderedWholeWeight[o] = w;
  }
  const sortedU = Float64Array.from(u).sort();
  let distinct = 0;
  for (let k = 0; k < pairs; k++) if (k === 0 || sortedU[k] !== sortedU[k - 1]) sortedU[distinct++] = sortedU[k] as number;
  const levels = sortedU.slice(0, distinct);
  const levelOf = new Map<number, number>();
  levels.forEach((value, j) => levelOf.set(value, j));
  const level = new Int32Array(pairs);
  for (let k = 0; k < pairs; k++) level[k] = levelOf.get(u[k] as number) as number;
  const step = new Int32Array(pairs).fill(-1);
  const stepOf = new Map<number, number>();
  const stepLow: number[] = [];
  const stepHigh: number[] = [];
  const topLevel = levelOf.get(upper) as number;
  for (let o = 0; o < pairs; o++) {
    const k = order[o] as number;
    const previous = o > 0 ? (order[o - 1] as number) : -1;
    const top = previous >= 0 && x[previous] === x[k] ? (level[previous] as number) : topLevel;
    const bottom = level[k] as number;
    if (bottom >= top) continue;
    const key = bottom * distinct + top;
    let id = stepOf.get(key);
    if (id === undefined) {
      id = stepLow.length;
      stepOf.set(key, id);
      stepLow.push(levels[bottom] as number);
      stepHigh.push(levels[top] as number);
    }
    step[k] = id;
  }
  let maxX = 0;
  for (let k = 0; k < pairs; k++) if ((x[k] as number) > maxX) maxX = x[k] as number;
  const weightOfX = new Float64Array(maxX + 1);
  for (let i = 0; i < n; i++) {
    const xi = xs[i] as number;
    weightOfX[xi] = (weightOfX[xi] as number) + (data.weights[i] as number);
  }
  const index = {
    x,
    u,
    rowLow,
    rowHigh,
    upper,
    order,
    rowOrder,
    orderedLow,
    orderedHigh,
    orderedWeight,
    orderedWholeWeight,
    levels,
    level,
    step,
    stepLow: Float64Array.from(stepLow),
    stepHigh: Float64Array.from(stepHigh),
    weightOfX,
  };
  cache.set(data, index);
  return index;
}
