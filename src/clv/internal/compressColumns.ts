import type { CompressedData } from '../types';
import { mixHash } from './mixHash';

/**
 * Groups identical rows of equally long numeric columns and adds their weights: the compression of
 * docs/scaling-up.md (same likelihood, fewer rows).
 *
 * @remarks
 * An open-addressing hash table over the float64 bits of each row (each slot keeps the row's hash beside
 * its index), O(rows · columns) time and no per-row allocation. Unique rows keep the order of their first appearance. Rows with weight 0 are dropped.
 *
 * @param names - Column names, in the order of `values`.
 * @param values - The columns, all of the same length.
 * @param weights - Weight of each row, or `undefined` for weight 1 everywhere.
 * @param owned - Whether `values` were made for this call (then they may be compacted in place and returned).
 * @returns The compressed data.
 * @internal
 */
export function compressColumns(
  names: readonly string[],
  values: readonly Float64Array[],
  weights: Float64Array | undefined,
  owned = false,
): CompressedData {
  const k = values.length;
  const n = k === 0 ? 0 : (values[0] as Float64Array).length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  // Slot s holds [unique index + 1 (0 = empty), row hash] at 2s, 2s + 1: a probe reads one cache line, and
  // a slot of another row is passed over by its hash without reading the columns.
  const table = new Int32Array(2 * size);
  const firstRow = new Int32Array(n); // unique index → source row
  const uniqueWeight = new Float64Array(n);
  let unique = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : (weights[i] as number);
    if (w === 0) continue;
    let h = 0x2545f491;
    for (let c = 0; c < k; c++) h = mixHash(h, (values[c] as Float64Array)[i] as number);
    let slot = h & mask;
    for (;;) {
      const u = (table[2 * slot] as number) - 1;
      if (u < 0) {
        table[2 * slot] = unique + 1;
        table[2 * slot + 1] = h;
        firstRow[unique] = i;
        uniqueWeight[unique] = w;
        unique++;
        break;
      }
      if (table[2 * slot + 1] === h && sameRow(values, firstRow[u] as number, i)) {
        uniqueWeight[u] = (uniqueWeight[u] as number) + w;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const columns: Record<string, Float64Array> = {};
  for (let c = 0; c < k; c++) columns[names[c] as string] = gatherRows(values[c] as Float64Array, firstRow, unique, owned);
  const compressedWeights = owned && 2 * unique >= n ? uniqueWeight.subarray(0, unique) : uniqueWeight.slice(0, unique);
  let total = 0;
  for (let u = 0; u < unique; u++) total += compressedWeights[u] as number;
  return { columns, weights: compressedWeights, rows: unique, total };
}

/**
 * `source[firstRow[u]]` for `u < unique`. An owned column is compacted in place when at least half of it
 * remains (safe because `firstRow` increases and `firstRow[u] ≥ u`: every read is at or after every
 * write) and returned as a view, sparing a copy of a column that hardly shrinks (1M distinct customers).
 */
function gatherRows(source: Float64Array, firstRow: Int32Array, unique: number, owned: boolean): Float64Array {
  const inPlace = owned && 2 * unique >= source.length;
  const out = inPlace ? source : new Float64Array(unique);
  for (let u = 0; u < unique; u++) out[u] = source[firstRow[u] as number] as number;
  return inPlace ? out.subarray(0, unique) : out;
}

/** Whether rows `j` and `i` agree in every column. */
function sameRow(values: readonly Float64Array[], j: number, i: number): boolean {
  for (let c = 0; c < values.length; c++) {
    const col = values[c] as Float64Array;
    if (col[j] !== col[i]) return false;
  }
  return true;
}
