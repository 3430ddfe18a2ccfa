import { sortIdOrder } from '../../segmentation/internal/value/sortIdOrder';

/**
 * Distinct identifiers in ascending JavaScript string order (`a < b`), by the radix sort of the
 * segmentation area: about three times faster than `Array.prototype.sort` with a comparator on a million
 * ids. The ids must be distinct (map keys). @internal
 */
export function sortIdsAscending(ids: Iterable<string>): string[] {
  const list = Array.isArray(ids) ? (ids as string[]) : [...ids];
  const order = sortIdOrder(list);
  const out = new Array<string>(list.length);
  for (let r = 0; r < order.length; r++) out[r] = list[order[r] as number] as string;
  return out;
}
