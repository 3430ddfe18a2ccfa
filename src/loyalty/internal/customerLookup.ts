/** Position of a customer by identifier (`undefined`: not a customer). @internal */
export interface IdLookup {
  get(id: string): number | undefined;
}

/**
 * Lookups already built, by identifier array. Only frozen arrays are remembered (an index made by
 * `indexTransactions` freezes its `customerIds`): an array that can still change is looked up afresh.
 * @internal
 */
const built = new WeakMap<readonly string[], IdLookup>();

/** Largest value of a decimal identifier the table holds, relative to the number of ids. @internal */
const SPREAD = 4;

/**
 * The value of a canonical decimal identifier (`'0'`, `'42'`; no sign, blank or leading zero, at most 9
 * digits), or −1. @internal
 */
function decimalValue(id: string): number {
  const n = id.length;
  if (n === 0 || n > 9) return -1;
  const first = id.charCodeAt(0) - 48;
  if (first < 0 || first > 9 || (first === 0 && n > 1)) return -1;
  let v = first;
  for (let i = 1; i < n; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * A lookup whose decimal identifiers are found by their value in a typed table (no string hashing: the
 * common case of numeric customer numbers), the others through a Map. @internal
 */
function decimalLookup(customerIds: readonly string[], limit: number): IdLookup {
  const table = new Int32Array(limit).fill(-1);
  const rest = new Map<string, number>();
  for (let c = 0; c < customerIds.length; c++) {
    const id = customerIds[c] as string;
    const v = decimalValue(id);
    if (v >= 0 && v < limit) table[v] = c;
    else rest.set(id, c);
  }
  return {
    get(id: string): number | undefined {
      const v = decimalValue(id);
      if (v >= 0 && v < limit) {
        const c = table[v] as number;
        return c < 0 ? undefined : c;
      }
      return rest.size === 0 ? undefined : rest.get(id);
    },
  };
}

/**
 * Customer position by identifier for the sorted `customerIds` of a transaction index, built once per
 * array and reused (several measures of one index share it). When most identifiers are decimal numbers
 * not far above their count, they are looked up by value in a typed table; otherwise a Map. @internal
 */
export function customerLookup(customerIds: readonly string[]): IdLookup {
  const reusable = Object.isFrozen(customerIds);
  let lookup = reusable ? built.get(customerIds) : undefined;
  if (lookup !== undefined) return lookup;
  const n = customerIds.length;
  let decimal = 0;
  let largest = -1;
  for (let c = 0; c < n; c++) {
    const v = decimalValue(customerIds[c] as string);
    if (v >= 0) {
      decimal++;
      if (v > largest) largest = v;
    }
  }
  if (n >= 64 && 2 * decimal >= n) lookup = decimalLookup(customerIds, Math.min(largest + 1, SPREAD * n));
  else {
    const map = new Map<string, number>();
    for (let c = 0; c < n; c++) map.set(customerIds[c] as string, c);
    lookup = map;
  }
  if (reusable) built.set(customerIds, lookup);
  return lookup;
}
