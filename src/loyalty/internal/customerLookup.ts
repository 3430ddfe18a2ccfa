/** Customer index by identifier for the sorted `customerIds` of a transaction index. @internal */
export function customerLookup(customerIds: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let c = 0; c < customerIds.length; c++) map.set(customerIds[c] as string, c);
  return map;
}
