import { mixHash } from '../../clv/internal/mixHash';
import { PROBE } from '../../clv/internal/groupCustomers';

/** Distinct histories of customers given as columns (see `groupColumns`). @internal */
export interface ColumnGroups {
  /** The first customer of each distinct history, in order of first appearance. */
  readonly first: Int32Array;
  /** `groupOf[i]` is the distinct history of customer `i`. */
  readonly groupOf: Int32Array;
}

/**
 * Groups customers with identical `(frequency, recency, T)`, given as columns of valid numbers, exactly
 * as `groupCustomers` groups the same customers as row objects without `n` and `weight`: the same
 * histories in the same order of first appearance, and the same refusal (`undefined`) when 90 % of the
 * first 4,096 histories are distinct. It must agree with `groupCustomers`, since the models' batch-level
 * choices depend on the batch they see (test/parallel/columns.test.ts checks it). The same hash of the
 * five keys (`n` and `weight` absent count as −1), an open-addressing table, no allocation per customer.
 * O(n). @internal
 */
export function groupColumns(frequency: Float64Array, recency: Float64Array, T: Float64Array): ColumnGroups | undefined {
  const n = frequency.length;
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1); // slot → group
  const groupOf = new Int32Array(n);
  let first = new Int32Array(Math.min(n, 1024));
  let groups = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 === PROBE && groups >= 0.9 * PROBE) return undefined; // nearly all distinct
    const x = frequency[i] as number;
    const tx = recency[i] as number;
    const t = T[i] as number;
    let h = 0x2545f491;
    h = mixHash(h, x);
    h = mixHash(h, tx);
    h = mixHash(h, t);
    h = mixHash(h, -1);
    h = mixHash(h, -1);
    let slot = h & mask;
    for (;;) {
      const g = table[slot] as number;
      if (g < 0) {
        table[slot] = groups;
        groupOf[i] = groups;
        if (groups === first.length) {
          const grown = new Int32Array(Math.min(n, 2 * groups));
          grown.set(first);
          first = grown;
        }
        first[groups++] = i;
        break;
      }
      const p = first[g] as number;
      if (frequency[p] === x && recency[p] === tx && T[p] === t) {
        groupOf[i] = g;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { first: first.subarray(0, groups), groupOf };
}
