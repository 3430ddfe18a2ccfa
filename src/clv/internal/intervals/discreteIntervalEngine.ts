import type { BgBbParams } from '../../bgBb/types';
import type { DiscreteCustomer } from '../../types';
import { neumaierAddAt } from './neumaierAddAt';
import { quantilePair } from './quantilePair';

/** One per-customer prediction of a BG/BB parameter vector, for some distinct histories. @internal */
export type DiscretePrediction = (params: BgBbParams, histories: readonly DiscreteCustomer[]) => number[];

/** Point estimate and interval of one quantity: per customer (in the input's order) and of the total. @internal */
export interface DiscreteQuantityIntervals {
  readonly estimate: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly total: { readonly estimate: number; readonly lower: number; readonly upper: number };
}

/** Values kept at once: a block of histories × draws × quantities (32 MB). */
const BLOCK_BUDGET = 4_000_000;

/**
 * Intervals of BG/BB predictions over parameter draws: each prediction is computed once per distinct
 * history `(x, t_x, n)` and draw (by the model's own functions), each history's draws give its type-7
 * `(1 ∓ level)/2` quantiles, and each draw's total `Σ` over the customers (Neumaier sums) gives the total's.
 * Histories are handled in blocks of at most 4 million kept values, so memory does not grow with
 * customers × draws. @internal
 */
export function discreteIntervalEngine(
  estimate: BgBbParams,
  draws: readonly BgBbParams[],
  customers: readonly DiscreteCustomer[],
  predictions: readonly DiscretePrediction[],
  level: number,
): DiscreteQuantityIntervals[] {
  const { histories, historyOf, weight } = distinctHistories(customers);
  const H = histories.length;
  const D = draws.length;
  const Q = predictions.length;
  const lowP = (1 - level) / 2;
  const point = predictions.map((f) => f(estimate, histories));
  const lower = predictions.map(() => new Float64Array(H));
  const upper = predictions.map(() => new Float64Array(H));
  const totals = predictions.map(() => new Float64Array(2 * D));
  const B = Math.max(1, Math.min(H, Math.floor(BLOCK_BUDGET / (D * Q))));
  const kept = predictions.map(() => new Float64Array(B * D));
  const pair = new Float64Array(2);
  for (let from = 0; from < H; from += B) {
    const block = histories.slice(from, Math.min(H, from + B));
    for (let d = 0; d < D; d++) {
      for (let q = 0; q < Q; q++) {
        const values = (predictions[q] as DiscretePrediction)(draws[d] as BgBbParams, block);
        const buffer = kept[q] as Float64Array;
        let sum = 0;
        for (let h = 0; h < block.length; h++) {
          const v = values[h] as number;
          buffer[h * D + d] = v;
          sum += (weight[from + h] as number) * v;
        }
        neumaierAddAt(totals[q] as Float64Array, d, sum);
      }
    }
    for (let q = 0; q < Q; q++) {
      for (let h = 0; h < block.length; h++) {
        quantilePair(kept[q] as Float64Array, h * D, D, lowP, pair);
        (lower[q] as Float64Array)[from + h] = pair[0] as number;
        (upper[q] as Float64Array)[from + h] = pair[1] as number;
      }
    }
  }
  return predictions.map((_, q) => expandQuantity(point[q] as number[], lower[q] as Float64Array, upper[q] as Float64Array, totals[q] as Float64Array, historyOf, lowP));
}

/** The distinct histories of the customers, each customer's history and each history's customer count. */
function distinctHistories(customers: readonly DiscreteCustomer[]): { histories: DiscreteCustomer[]; historyOf: Int32Array; weight: Float64Array } {
  const index = new Map<string, number>();
  const histories: DiscreteCustomer[] = [];
  const counts: number[] = [];
  const historyOf = new Int32Array(customers.length);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as DiscreteCustomer;
    const key = `${c.frequency},${c.recency},${c.n}`;
    let h = index.get(key);
    if (h === undefined) {
      h = histories.length;
      index.set(key, h);
      histories.push({ frequency: c.frequency, recency: c.recency, n: c.n });
      counts.push(0);
    }
    counts[h] = (counts[h] as number) + 1;
    historyOf[i] = h;
  }
  return { histories, historyOf, weight: Float64Array.from(counts) };
}

/** Per-history values expanded to the customers, the estimate's total, and the total's interval. */
function expandQuantity(point: number[], lower: Float64Array, upper: Float64Array, totals: Float64Array, historyOf: Int32Array, lowP: number): DiscreteQuantityIntervals {
  const n = historyOf.length;
  const out = { estimate: new Float64Array(n), lower: new Float64Array(n), upper: new Float64Array(n) };
  const sum = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    const h = historyOf[i] as number;
    out.estimate[i] = point[h] as number;
    out.lower[i] = lower[h] as number;
    out.upper[i] = upper[h] as number;
    neumaierAddAt(sum, 0, point[h] as number);
  }
  const D = totals.length / 2;
  const byDraw = new Float64Array(D);
  for (let d = 0; d < D; d++) byDraw[d] = (totals[2 * d] as number) + (totals[2 * d + 1] as number);
  const pair = new Float64Array(2);
  quantilePair(byDraw, 0, D, lowP, pair);
  return { ...out, total: { estimate: (sum[0] as number) + (sum[1] as number), lower: pair[0] as number, upper: pair[1] as number } };
}
