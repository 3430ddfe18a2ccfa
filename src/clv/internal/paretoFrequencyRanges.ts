/** A frequency needs this many customers (rows) with `t_x < T` before a table pays for its ~100 quadratures. @internal */
export const PARETO_MIN_ROWS_PER_TABLE = 48;
/** Frequencies beyond this are integrated customer by customer (row by row). @internal */
export const PARETO_MAX_TABLE_X = 65_536;
/**
 * `I = G(t_x) − G(T)` is taken from a table while `ln G(t_x) − ln G(T)` exceeds this (`G(T) ≤ 0.99 G(t_x)`:
 * at most 100-fold amplification of the error of `ln G`); closer pairs are integrated directly. @internal
 */
export const PARETO_GAP_LIMIT = -Math.log(0.99);

/** Customers (rows) grouped by frequency, with each frequency's range of `u` for its table. @internal */
export interface ParetoFrequencyRanges {
  /** Largest frequency up to `PARETO_MAX_TABLE_X` met (0 when there is none). */
  maxX: number;
  /** Rows with `t_x < T` per frequency `0 .. maxX` (and possibly more entries, all 0). */
  count: Int32Array;
  /** Smallest `t_x` of those rows per frequency (+∞ when none). */
  low: Float64Array;
  /** Largest `T` of those rows per frequency (0 when none). */
  high: Float64Array;
}

/** Empty ranges, to be filled row by row with {@link addParetoFrequencyRow}. @internal */
export function emptyParetoFrequencyRanges(): ParetoFrequencyRanges {
  return { maxX: 0, count: new Int32Array(64), low: new Float64Array(64).fill(Number.POSITIVE_INFINITY), high: new Float64Array(64) };
}

/** The ranges' arrays grown to hold frequency `x` (doubling). @internal */
function grow(ranges: ParetoFrequencyRanges, x: number): void {
  let size = ranges.count.length;
  while (size <= x) size *= 2;
  const count = new Int32Array(size);
  const low = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const high = new Float64Array(size);
  count.set(ranges.count);
  low.set(ranges.low);
  high.set(ranges.high);
  ranges.count = count;
  ranges.low = low;
  ranges.high = high;
}

/**
 * Adds one row `(x, t_x, T)` to the per-frequency counts and ranges that decide which frequencies of the
 * Pareto/NBD get an interpolant of `ln G` (`paretoFrequencyTables`) and over which `u`: shared by the
 * likelihood (`evaluateLikelihoodByTables`) and the scoring (`probabilityAliveColumns`). Only rows with a
 * frequency up to `PARETO_MAX_TABLE_X` count, and only those with `t_x < T` in the counts. O(1) amortised. @internal
 */
export function addParetoFrequencyRow(ranges: ParetoFrequencyRanges, x: number, tx: number, T: number): void {
  if (x > PARETO_MAX_TABLE_X) return;
  if (x > ranges.maxX) {
    ranges.maxX = x;
    if (x >= ranges.count.length) grow(ranges, x);
  }
  if (!(tx < T)) return;
  const { count, low, high } = ranges;
  count[x] = (count[x] as number) + 1;
  if (tx < (low[x] as number)) low[x] = tx;
  if (T > (high[x] as number)) high[x] = T;
}
