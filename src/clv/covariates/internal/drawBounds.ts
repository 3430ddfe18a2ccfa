import { neumaierAddAt } from '../../internal/intervals/neumaierAddAt';
import { quantilePair } from '../../internal/intervals/quantilePair';

/** One draw's values of every customer (entry `i` for customer `i`), written by the caller. @internal */
export interface DrawValues {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  readonly spend: Float64Array;
  readonly value: Float64Array;
}

/** Lower and upper ends per customer (entry `i`). @internal */
export interface BoundColumns {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/** The ends of every customer's draws and of the per-draw totals. @internal */
export interface DrawBounds {
  readonly alive: BoundColumns;
  readonly expected: BoundColumns;
  readonly spend: BoundColumns;
  readonly value: BoundColumns;
  readonly totals: { readonly alive: { lower: number; upper: number }; readonly expected: { lower: number; upper: number }; readonly value: { lower: number; upper: number } };
}

/**
 * Runs `fill(d, values)` for every draw `d < D` (it writes the `n` customers' P(alive), expected
 * purchases, spend and value of that draw), keeps every customer's draws and returns the type-7
 * `(1 ∓ level)/2` quantiles of each customer's draws and of the per-draw totals (Neumaier sums over the
 * customers). Memory `4 n D` doubles. @internal
 */
export function drawBounds(n: number, D: number, level: number, fill: (d: number, values: DrawValues) => void): DrawBounds {
  const kept = { alive: new Float64Array(n * D), expected: new Float64Array(n * D), spend: new Float64Array(n * D), value: new Float64Array(n * D) };
  const totals = { alive: new Float64Array(2 * D), expected: new Float64Array(2 * D), value: new Float64Array(2 * D) };
  const values: DrawValues = { alive: new Float64Array(n), expected: new Float64Array(n), spend: new Float64Array(n), value: new Float64Array(n) };
  for (let d = 0; d < D; d++) {
    for (const column of Object.values(values)) column.fill(0);
    fill(d, values);
    for (let i = 0; i < n; i++) {
      kept.alive[i * D + d] = values.alive[i] as number;
      kept.expected[i * D + d] = values.expected[i] as number;
      kept.spend[i * D + d] = values.spend[i] as number;
      kept.value[i * D + d] = values.value[i] as number;
      neumaierAddAt(totals.alive, d, values.alive[i] as number);
      neumaierAddAt(totals.expected, d, values.expected[i] as number);
      neumaierAddAt(totals.value, d, values.value[i] as number);
    }
  }
  const lowP = (1 - level) / 2;
  const pair = new Float64Array(2);
  const columns = (source: Float64Array): BoundColumns => {
    const out = { lower: new Float64Array(n), upper: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      quantilePair(source, i * D, D, lowP, pair);
      out.lower[i] = pair[0] as number;
      out.upper[i] = pair[1] as number;
    }
    return out;
  };
  const total = (acc: Float64Array) => {
    const sums = Float64Array.from({ length: D }, (_, d) => (acc[2 * d] as number) + (acc[2 * d + 1] as number));
    quantilePair(sums, 0, D, lowP, pair);
    return { lower: pair[0] as number, upper: pair[1] as number };
  };
  return {
    alive: columns(kept.alive),
    expected: columns(kept.expected),
    spend: columns(kept.spend),
    value: columns(kept.value),
    totals: { alive: total(totals.alive), expected: total(totals.expected), value: total(totals.value) },
  };
}
