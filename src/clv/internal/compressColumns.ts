import type { CompressedData } from '../types';
import { mixHash } from './mixHash';

/**
 * Groups identical rows of equally long numeric columns and adds their weights: the compression of
 * docs/scaling-up.md (same likelihood, fewer rows).
 *
 * @remarks
 * An open-addressing hash table over the float64 bits of each row, O(rows · columns) time and no per-row
 * allocation. Unique rows keep the order of their first appearance. Rows with weight 0 are dropped.
 *
 * @param names - Column names, in the order of `values`.
 * @param values - The columns, all of the same length.
 * @param weights - Weight of each row, or `undefined` for weight 1 everywhere.
 * @returns The compressed data.
 * @internal
 */
export function compressColumns(
  names: readonly string[],
  values: readonly Float64Array[],
  weights: Float64Array | undefined,
): CompressedData {
  const k = values.length;
  const n = k === 0 ? 0 : (values[0] as Float64Array).length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
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
      const u = table[slot] as number;
      if (u < 0) {
        table[slot] = unique;
        firstRow[unique] = i;
        uniqueWeight[unique] = w;
        unique++;
        break;
      }
      const j = firstRow[u] as number;
      let same = true;
      for (let c = 0; c < k; c++) {
        const col = values[c] as Float64Array;
        if (col[j] !== col[i]) {
          same = false;
          break;
        }
      }
      if (same) {
        uniqueWeight[u] = (uniqueWeight[u] as number) + w;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const columns: Record<string, Float64Array> = {};
  for (let c = 0; c < k; c++) {
    const source = values[c] as Float64Array;
    const out = new Float64Array(unique);
    for (let u = 0; u < unique; u++) out[u] = source[firstRow[u] as number] as number;
    columns[names[c] as string] = out;
  }
  const compressedWeights = uniqueWeight.slice(0, unique);
  let total = 0;
  for (let u = 0; u < unique; u++) total += compressedWeights[u] as number;
  return { columns, weights: compressedWeights, rows: unique, total };
}
