import type { CompressedData } from '../types';

/** Hash of one row: the 64 bits of each value mixed in (`−0` hashes as `+0`), never −1. */
function rowHash(bits: readonly Uint32Array[], i: number): number {
  let h = 0x2545f491;
  for (let c = 0; c < bits.length; c++) {
    const b = bits[c] as Uint32Array;
    let lo = b[2 * i] as number;
    let hi = b[2 * i + 1] as number;
    if (lo === 0 && hi === 0x80000000) hi = 0; // −0
    h = Math.imul(h ^ lo, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 15) ^ hi, 0x85ebca77);
    h ^= h >>> 13;
  }
  return h === -1 ? 0 : h;
}

/**
 * Groups identical rows of equally long numeric columns and adds their weights: the compression of
 * docs/scaling-up.md (same likelihood, fewer rows).
 *
 * @remarks
 * An open-addressing hash table over the float64 bits of each row, O(rows · columns) time and no per-row
 * allocation. Each slot holds a row's 32-bit hash beside its unique index, so a probe reads one cache line
 * and compares the columns only when the hashes agree: data whose rows are all distinct (continuous times)
 * touch the columns once. Unique rows keep the order of their first appearance. Rows with weight 0 are
 * dropped.
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
  const bits = values.map((col) => new Uint32Array(col.buffer, col.byteOffset, 2 * col.length));
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  // Slot s: [2s] unique index (−1 when empty), [2s+1] the row hash.
  const table = new Int32Array(2 * size).fill(-1);
  const firstRow = new Int32Array(n); // unique index → source row
  const uniqueWeight = new Float64Array(n);
  let unique = 0;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : (weights[i] as number);
    if (w === 0) continue;
    const h = rowHash(bits, i);
    let slot = h & mask;
    for (;;) {
      const u = table[2 * slot] as number;
      if (u < 0) {
        table[2 * slot] = unique;
        table[2 * slot + 1] = h;
        firstRow[unique] = i;
        uniqueWeight[unique] = w;
        unique++;
        break;
      }
      if (table[2 * slot + 1] === h) {
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
