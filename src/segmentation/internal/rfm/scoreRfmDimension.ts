import type { RfmDimensionBins } from '../../rfmTypes';
import { rQuantileBreaks } from './rQuantileBreaks';
import type { ResolvedBinning } from './resolveRfmBinning';

/** Scores of one dimension (aligned with the values) and the binning applied. @internal */
export interface ScoredDimension {
  readonly scores: Uint8Array;
  readonly bins: RfmDimensionBins;
}

/** Bins 1..n by thresholds: lower-inclusive (`1 + #{b ≤ v}`) or upper-inclusive (`1 + #{b < v}`). @internal */
function binByThresholds(values: Float64Array, thresholds: readonly number[], upperInclusive: boolean, out: Uint8Array): void {
  const t = Float64Array.from(thresholds);
  const m = t.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let bin = 1;
    if (upperInclusive) {
      for (let k = 0; k < m; k++) if ((t[k] as number) < v) bin++;
    } else {
      for (let k = 0; k < m; k++) if ((t[k] as number) <= v) bin++;
    }
    out[i] = bin;
  }
}

/**
 * SQL `NTILE(n)` over the values sorted by value then position (positions follow customer ids): the first
 * `N mod n` bins hold `⌈N/n⌉` customers, the rest `⌊N/n⌋`. Returns [min, max]. @internal
 */
function binByNtile(values: Float64Array, n: number, out: Uint8Array): [number, number] {
  const count = values.length;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const q = Math.floor(count / n);
  const rem = count - q * n;
  const head = rem * (q + 1);
  for (let r = 0; r < count; r++) {
    out[order[r] as number] = r < head ? Math.floor(r / (q + 1)) + 1 : rem + Math.floor((r - head) / q) + 1;
  }
  return [values[order[0] as number] as number, values[order[count - 1] as number] as number];
}

/** Smallest and largest of non-empty values. @internal */
function range(values: Float64Array): [number, number] {
  let min = values[0] as number;
  let max = min;
  for (let i = 1; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  return [min, max];
}

/**
 * Scores one RFM dimension of non-empty, finite values by its binning; recency is `reversed` (score
 * `n + 1 − bin`). Quantile bins select their order statistics from a copy (expected linear time); equal-count
 * bins sort positions once; given thresholds need neither. @internal
 */
export function scoreRfmDimension(values: Float64Array, binning: ResolvedBinning, reversed: boolean): ScoredDimension {
  const n = binning.bins;
  const scores = new Uint8Array(values.length);
  let breaks: number[] | null;
  let min: number;
  let max: number;
  if (binning.method === 'quantile') {
    [min, max] = range(values);
    breaks = rQuantileBreaks(values, n);
    binByThresholds(values, breaks, false, scores);
  } else if (binning.method === 'equalCount') {
    [min, max] = binByNtile(values, n, scores);
    breaks = null;
  } else {
    [min, max] = range(values);
    breaks = binning.thresholds.slice();
    binByThresholds(values, breaks, binning.method === 'fixed', scores);
  }
  const customersByScore = new Array<number>(n).fill(0);
  for (let i = 0; i < scores.length; i++) {
    const s = reversed ? n + 1 - (scores[i] as number) : (scores[i] as number);
    scores[i] = s;
    customersByScore[s - 1] = (customersByScore[s - 1] as number) + 1;
  }
  const closed = binning.method === 'equalCount' ? null : binning.method === 'fixed' ? 'right' : 'left';
  return { scores, bins: { method: binning.method, bins: n, breaks, closed, reversed, min, max, customersByScore } };
}
