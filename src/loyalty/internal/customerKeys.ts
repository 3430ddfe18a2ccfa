import { customerLookup, type IdLookup } from './customerLookup';
import { sortIdOrder } from '../../segmentation/internal/value/sortIdOrder';

/**
 * Dense integer keys of customer identifiers shared by the measures of one profile: the customers of a
 * transaction index keep their position in its sorted `customerIds` (`0 .. known.length − 1`), any other
 * identifier met in the records gets the next free key. A measure then keeps its per-customer values in
 * typed arrays indexed by key, and the ids are matched once per record set, never re-sorted by a
 * comparator. @internal
 */
export interface CustomerKeys {
  /** The sorted, distinct identifiers of the transaction index (possibly empty). */
  readonly known: readonly string[];
  /** Position of each known identifier. */
  readonly lookup: IdLookup;
  /** Keys of the identifiers not in `known`, from `known.length` on. */
  readonly extra: Map<string, number>;
  /** The identifiers not in `known`, by key − `known.length`. */
  readonly extraIds: string[];
}

const NO_IDS: readonly string[] = [];

/** Keys over the sorted, distinct `known` identifiers (a transaction index's `customerIds`), or none. @internal */
export function createCustomerKeys(known: readonly string[] = NO_IDS): CustomerKeys {
  return { known, lookup: customerLookup(known), extra: new Map(), extraIds: [] };
}

/** The key of identifier `id`, a new one when it was not met before. @internal */
export function keyOf(keys: CustomerKeys, id: string): number {
  const c = keys.lookup.get(id);
  if (c !== undefined) return c;
  let k = keys.extra.get(id);
  if (k === undefined) {
    k = keys.known.length + keys.extraIds.length;
    keys.extra.set(id, k);
    keys.extraIds.push(id);
  }
  return k;
}

/** How many keys have been given out. @internal */
export function keyCount(keys: CustomerKeys): number {
  return keys.known.length + keys.extraIds.length;
}

/** The identifier of key `k`. @internal */
export function idOfKey(keys: CustomerKeys, k: number): string {
  return (k < keys.known.length ? keys.known[k] : keys.extraIds[k - keys.known.length]) as string;
}

/**
 * Every key given out so far in ascending order of its identifier (JavaScript string order): the known
 * ones are sorted already, the others are radix-sorted and merged in. @internal
 */
export function keysInIdOrder(keys: CustomerKeys): Int32Array {
  const { known, extraIds } = keys;
  const n = known.length;
  const order = new Int32Array(n + extraIds.length);
  if (extraIds.length === 0) {
    for (let k = 0; k < n; k++) order[k] = k;
    return order;
  }
  const extraOrder = sortIdOrder(extraIds);
  let a = 0;
  let b = 0;
  for (let at = 0; at < order.length; at++) {
    const e = extraOrder[b] as number;
    if (b >= extraOrder.length || (a < n && (known[a] as string) < (extraIds[e] as string))) order[at] = a++;
    else {
      order[at] = n + e;
      b++;
    }
  }
  return order;
}
