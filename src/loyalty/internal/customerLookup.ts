/** Lookups already built, by identifier array (an index's `customerIds` is never changed). @internal */
const built = new WeakMap<readonly string[], Map<string, number>>();

/**
 * Customer position by identifier for the sorted `customerIds` of a transaction index, built once per
 * array and reused (several measures of one index share it). Callers must not modify it. @internal
 */
export function customerLookup(customerIds: readonly string[]): ReadonlyMap<string, number> {
  let map = built.get(customerIds);
  if (map !== undefined) return map;
  map = new Map<string, number>();
  for (let c = 0; c < customerIds.length; c++) map.set(customerIds[c] as string, c);
  built.set(customerIds, map);
  return map;
}
