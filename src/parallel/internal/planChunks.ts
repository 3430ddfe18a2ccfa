import { INTERPOLATE_FROM } from '../../clv/internal/betaGeometricInterpolant';
import { PROBE } from '../../clv/internal/groupCustomers';
import { MAX_TABLE_X, MIN_ROWS_PER_TABLE, PARETO_TABLE_MIN_CUSTOMERS } from '../../clv/paretoNbd/probabilityAliveColumns';

/**
 * Fewest histories in a chunk: above every batch-size threshold of the models (interpolants from
 * `INTERPOLATE_FROM`, Pareto/NBD tables from `PARETO_TABLE_MIN_CUSTOMERS`) and the grouping probe, so that a
 * chunk takes the same paths as the whole. @internal
 */
export const MIN_CHUNK = Math.max(INTERPOLATE_FROM, PARETO_TABLE_MIN_CUSTOMERS, PROBE);

/** One chunk of the batch: its own histories `[from, to)` and the batch indices a worker scores with them. @internal */
export interface Chunk {
  readonly from: number;
  readonly to: number;
  /** Sorted batch indices: the padding below `from`, then `from … to − 1`, then the padding above. */
  readonly indices: Int32Array;
  /** Position of `from` in `indices`. */
  readonly offset: number;
}

/**
 * Splits the batch of distinct histories `0 … n − 1` into `parts` contiguous chunks and pads each with
 * histories of the rest of the batch, so that the model functions, called on a chunk and its padding,
 * make the same batch-level choices as on the whole batch and so return the same numbers bit for bit.
 *
 * @remarks
 * What the models decide from the batch as a whole, and how the padding preserves it:
 * - its length (interpolants from 10,000 customers, Pareto/NBD tables from 1,024): chunks have at least
 *   `MIN_CHUNK` histories, and the whole batch more;
 * - whether `customerLifetimeValue` groups it again: decided on its first 4,096 entries, so each chunk
 *   starts with the first 4,096 histories of the batch;
 * - Pareto/NBD only: the range of `T` of its horizon table (the histories of the smallest and largest
 *   `T`), and for each frequency `x` with at least 48 histories with `t_x < T` a table over
 *   `[min t_x, max T]` of those: the histories at both ends, and the first and last 48 of the frequency
 *   (so that a chunk and its padding hold at least 48 of them whenever the whole batch does, and never
 *   more than the whole batch).
 * Padding histories come from outside the chunk, so no count exceeds the whole batch's and every
 * frequency without a table in the whole batch has none in a chunk. Each result stays a function of the
 * history and these choices alone. O(n) time; the padding is at most ~4,100 + 98 per tabled frequency.
 * @internal
 */
export function planChunks(pareto: boolean, frequency: Float64Array, recency: Float64Array, T: Float64Array, parts: number): Chunk[] {
  const n = frequency.length;
  const padding = new Set<number>();
  for (let i = 0; i < Math.min(PROBE, n); i++) padding.add(i);
  if (pareto) for (const i of paretoPadding(frequency, recency, T)) padding.add(i);
  const sorted = Int32Array.from(padding).sort();
  const chunks: Chunk[] = [];
  for (let k = 0; k < parts; k++) {
    const from = Math.floor((k * n) / parts);
    const to = Math.floor(((k + 1) * n) / parts);
    const below: number[] = [];
    const above: number[] = [];
    for (const i of sorted) {
      if (i < from) below.push(i);
      else if (i >= to) above.push(i);
    }
    const indices = new Int32Array(below.length + (to - from) + above.length);
    indices.set(below);
    for (let i = from; i < to; i++) indices[below.length + i - from] = i;
    indices.set(above, below.length + (to - from));
    chunks.push({ from, to, indices, offset: below.length });
  }
  return chunks;
}

/** The Pareto/NBD histories that fix the ranges and counts of its tables (see `planChunks`). */
function paretoPadding(frequency: Float64Array, recency: Float64Array, T: Float64Array): number[] {
  const n = frequency.length;
  const out: number[] = [];
  let lowT = 0;
  let highT = 0;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const t = T[i] as number;
    if (t < (T[lowT] as number)) lowT = i;
    if (t > (T[highT] as number)) highT = i;
    const x = frequency[i] as number;
    if (x > maxX && x <= MAX_TABLE_X) maxX = x;
  }
  out.push(lowT, highT);
  const count = new Int32Array(maxX + 1);
  const low = new Int32Array(maxX + 1).fill(-1);
  const high = new Int32Array(maxX + 1).fill(-1);
  const tabled = (i: number): boolean => (frequency[i] as number) <= MAX_TABLE_X && (recency[i] as number) < (T[i] as number);
  for (let i = 0; i < n; i++) {
    if (!tabled(i)) continue;
    const x = frequency[i] as number;
    count[x] = (count[x] as number) + 1;
    const l = low[x] as number;
    if (l < 0 || (recency[i] as number) < (recency[l] as number)) low[x] = i;
    const h = high[x] as number;
    if (h < 0 || (T[i] as number) > (T[h] as number)) high[x] = i;
  }
  const taken = new Int32Array(maxX + 1);
  for (let i = 0; i < n; i++) {
    if (!tabled(i)) continue;
    const x = frequency[i] as number;
    if ((count[x] as number) < MIN_ROWS_PER_TABLE || (taken[x] as number) >= MIN_ROWS_PER_TABLE) continue;
    taken[x] = (taken[x] as number) + 1;
    out.push(i);
  }
  taken.fill(0);
  for (let i = n - 1; i >= 0; i--) {
    if (!tabled(i)) continue;
    const x = frequency[i] as number;
    if ((count[x] as number) < MIN_ROWS_PER_TABLE || (taken[x] as number) >= MIN_ROWS_PER_TABLE) continue;
    taken[x] = (taken[x] as number) + 1;
    out.push(i);
  }
  for (let x = 0; x <= maxX; x++) {
    if ((count[x] as number) < MIN_ROWS_PER_TABLE) continue;
    out.push(low[x] as number, high[x] as number);
  }
  return out;
}
