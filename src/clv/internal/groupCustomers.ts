import { mixHash } from './mixHash';

/** Distinct purchase histories of a customer array and where each customer's history sits. */
export interface CustomerGroups<C> {
  /** The first customer of each distinct history, in order of first appearance. */
  readonly representatives: C[];
  /** `groupOf[i]` is the index in `representatives` of customer `i`'s history. */
  readonly groupOf: Int32Array;
}

/** Customers looked at before giving up on data whose histories are nearly all distinct. */
export const PROBE = 4096;

/** Value of an optional numeric field for hashing: `undefined` becomes −1 (valid fields are ≥ 0). */
function field(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return value === undefined ? -1 : undefined;
}

/**
 * Groups customers whose purchase histories `(frequency, recency, T, n, weight)` are identical, so that a
 * prediction can be computed once per distinct history (customers observed daily have many ties).
 *
 * @remarks
 * An open-addressing hash table over the float64 bits of the five fields (`T` of continuous-time
 * models, `n` of BG/BB; a missing field counts as −1). `weight` is part of the key only so that an
 * invalid weight is still validated on some representative; other fields (`monetaryValue`, ...) are
 * ignored: predictions of the purchase models do not depend on them. O(customers), no per-customer
 * allocation. Returns `undefined` when a customer is not an object or a field is not a number, so that
 * the caller can take its ordinary path and report the invalid customer by its index, and when 90 % of
 * the first 4,096 histories are distinct (continuous-time data): grouping would then cost more than it
 * saves.
 *
 * @param customers - The customers.
 * @returns The groups, or `undefined` when some customer cannot be hashed or nearly all are distinct.
 * @internal
 */
export function groupCustomers<C>(customers: readonly C[]): CustomerGroups<C> | undefined {
  const n = customers.length;
  const K = 5;
  const keys = new Float64Array(K * n);
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1); // slot → group
  const firstOf: number[] = []; // group → first customer
  const groupOf = new Int32Array(n);
  const representatives: C[] = [];
  for (let i = 0; i < n; i++) {
    const c = customers[i] as { frequency?: unknown; recency?: unknown; T?: unknown; n?: unknown; weight?: unknown } | null;
    if (c === null || typeof c !== 'object') return undefined;
    const x = field(c.frequency);
    const tx = field(c.recency);
    const T = field(c.T);
    const m = field(c.n);
    const w = field(c.weight);
    if (x === undefined || tx === undefined || T === undefined || m === undefined || w === undefined) return undefined;
    if (x !== x || tx !== tx || T !== T || m !== m || w !== w) return undefined; // NaN never equals itself
    const o = K * i;
    keys[o] = x;
    keys[o + 1] = tx;
    keys[o + 2] = T;
    keys[o + 3] = m;
    keys[o + 4] = w;
    if (i + 1 === PROBE && representatives.length >= 0.9 * PROBE) return undefined; // nearly all distinct
    let h = 0x2545f491;
    for (let c = 0; c < K; c++) h = mixHash(h, keys[o + c] as number);
    let slot = h & mask;
    for (;;) {
      const g = table[slot] as number;
      if (g < 0) {
        table[slot] = representatives.length;
        groupOf[i] = representatives.length;
        firstOf.push(i);
        representatives.push(customers[i] as C);
        break;
      }
      const p = K * (firstOf[g] as number);
      let same = true;
      for (let c = 0; c < K; c++) if (keys[p + c] !== keys[o + c]) same = false;
      if (same) {
        groupOf[i] = g;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { representatives, groupOf };
}
