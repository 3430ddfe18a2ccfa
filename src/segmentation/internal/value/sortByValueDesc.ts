import { radixSortKeys } from './radixSortKeys';

/** Below this many customers a comparison sort is used instead of radix passes. @internal */
const SMALL = 256;

/** Whether float64 words are little-endian here (low word first). @internal */
const LITTLE_ENDIAN = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000;

/**
 * Descending-order keys of finite float64 values as two unsigned words (high, low): the IEEE 754 bits with
 * the order of the numbers, then complemented, so that ascending keys are descending values. `-0` counts as
 * `0`. @internal
 */
function descendingKeys(values: Float64Array): { high: Uint32Array; low: Uint32Array } {
  const n = values.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    copy[i] = v === 0 ? 0 : v;
  }
  const bits = new Uint32Array(copy.buffer);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  const h = LITTLE_ENDIAN ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const hi = bits[2 * i + h] as number;
    const lo = bits[2 * i + 1 - h] as number;
    if (hi & 0x80000000) {
      high[i] = hi; // negative: complement of the ascending key (~hi, ~lo) twice
      low[i] = lo;
    } else {
      high[i] = (hi ^ 0x7fffffff) >>> 0;
      low[i] = ~lo >>> 0;
    }
  }
  return { high, low };
}

/**
 * Reorders `order` (a permutation of customer positions) by `values` descending, stably: customers with
 * equal values keep their relative order in `order` (the id order, so that ties are broken by customer id).
 * Finite values only. LSD radix sort on the 64-bit keys (11-bit digits, passes with a single digit
 * skipped), O(n); a comparison sort below a few hundred customers. Returns a new array. @internal
 */
export function sortByValueDesc(values: Float64Array, order: Int32Array): Int32Array {
  const n = order.length;
  if (n <= SMALL) {
    const position = new Int32Array(values.length);
    for (let i = 0; i < n; i++) position[order[i] as number] = i;
    const sorted = Array.from(order).sort((a, b) => (values[b] as number) - (values[a] as number) || (position[a] as number) - (position[b] as number));
    return Int32Array.from(sorted);
  }
  const { high, low } = descendingKeys(values);
  return radixSortKeys(Int32Array.from(order), [high, low], [32, 32]);
}
