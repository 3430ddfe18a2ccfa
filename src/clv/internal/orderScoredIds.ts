/** The order of the valid customers of a score (see `orderScoredIds`). @internal */
export interface ScoredOrder {
  /** Positions of the customers kept, in output order. */
  readonly chosen: number[];
  /** Positions of the customers whose id another customer has too, in id order. */
  readonly duplicated: number[];
}

/**
 * Orders the valid customers of a score by id (JavaScript string order, ties by input index) or keeps
 * their input order, and finds every customer whose id is not unique. `ids[k]` and `index[k]` are the id
 * and input index of the `k`-th valid customer, in input order. Returns `null` when the ids are already
 * strictly ascending (the common case of a sorted export: nothing to sort, no duplicate). O(n) for
 * sorted ids, else O(n log n). @internal
 */
export function orderScoredIds(ids: readonly string[], index: ArrayLike<number>, order: 'customerId' | 'input'): ScoredOrder | null {
  let sorted = true;
  for (let k = 1; k < ids.length && sorted; k++) if (!((ids[k - 1] as string) < (ids[k] as string))) sorted = false;
  if (sorted) return null;
  const perm = ids.map((_, k) => k);
  perm.sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : (index[a] as number) - (index[b] as number);
  });
  const repeated = new Set<string>();
  for (let k = 1; k < perm.length; k++) if (ids[perm[k] as number] === ids[perm[k - 1] as number]) repeated.add(ids[perm[k] as number] as string);
  const keep = (k: number): boolean => !repeated.has(ids[k] as string);
  const duplicated = perm.filter((k) => !keep(k));
  const chosen = order === 'customerId' ? perm.filter(keep) : perm.filter(keep).sort((a, b) => a - b);
  return { chosen, duplicated };
}
