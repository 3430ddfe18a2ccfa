import { mixHash } from './mixHash';

/** The distinct values of a data column and, for each row, the index of its value. @internal */
export interface ColumnLevels {
  /** The distinct values, in order of first appearance. */
  readonly values: Float64Array;
  /** `index[i]` is the position in `values` of row `i`'s value. */
  readonly index: Int32Array;
}

const cache = new WeakMap<Float64Array, ColumnLevels | null>();

/**
 * The distinct values of a column (cached per column array), so that a likelihood can take a logarithm
 * once per distinct value instead of once per row: customers observed daily over a year have at most
 * 366 distinct ages `T` among hundreds of thousands of unique rows.
 *
 * @remarks
 * An open-addressing hash table over the float64 bits, O(rows) once per column. Returns `null` when more
 * than a quarter of the rows hold distinct values (continuous-time data), where a table would not pay.
 *
 * @param column - The column.
 * @returns The levels, or `null` when the column is mostly distinct.
 * @internal
 */
export function columnLevels(column: Float64Array): ColumnLevels | null {
  const cached = cache.get(column);
  if (cached !== undefined) return cached;
  const n = column.length;
  const limit = Math.max(64, n >> 2);
  let size = 16;
  while (size < 2 * limit) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const values = new Float64Array(limit);
  const index = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = column[i] as number;
    let slot = mixHash(0x2545f491, v) & mask;
    for (;;) {
      const k = table[slot] as number;
      if (k < 0) {
        if (count === limit) {
          cache.set(column, null);
          return null;
        }
        table[slot] = count;
        values[count] = v;
        index[i] = count++;
        break;
      }
      if (values[k] === v) {
        index[i] = k;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const levels = { values: values.slice(0, count), index };
  cache.set(column, levels);
  return levels;
}
