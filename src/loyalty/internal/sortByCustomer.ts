/**
 * Positions `0..count−1` grouped by `customer` (counting sort, stable) and sorted by `day` within a
 * customer (then by position): `order[first[c] .. first[c+1])` are customer `c`'s. @internal
 */
export function sortByCustomer(
  customer: Int32Array,
  day: Int32Array,
  count: number,
  customers: number,
): { first: Int32Array; order: Int32Array } {
  const first = new Int32Array(customers + 1);
  for (let k = 0; k < count; k++) {
    const at = (customer[k] as number) + 1;
    first[at] = (first[at] as number) + 1;
  }
  for (let c = 0; c < customers; c++) first[c + 1] = (first[c + 1] as number) + (first[c] as number);
  const next = first.slice(0, customers);
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const c = customer[k] as number;
    const at = next[c] as number;
    order[at] = k;
    next[c] = at + 1;
  }
  for (let c = 0; c < customers; c++) {
    const lo = first[c] as number;
    const hi = first[c + 1] as number;
    for (let i = lo + 1; i < hi; i++) {
      const v = order[i] as number;
      const dv = day[v] as number;
      let j = i - 1;
      while (j >= lo && (day[order[j] as number] as number) > dv) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = v;
    }
  }
  return { first, order };
}
