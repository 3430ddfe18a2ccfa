import { scratchFloat64, scratchInt32, scratchUint32 } from './scratchArrays';

/** Widest radix digit: 4,096 counters (16 KB) stay in the L1/L2 cache. @internal */
const MAX_DIGIT_BITS = 12;

/** Positions sorted by a multi-word key, and the most significant key word in that order. @internal */
export interface SortedWords {
  /** Positions `0 .. n − 1` in ascending key order; equal keys in position order (stable). */
  readonly order: Int32Array;
  /** `words[0]` in that order (the whole key when there is one word). */
  readonly top: Uint32Array;
  /** The payload in that order (`payload[order[r]]`), when one was given. */
  readonly payload: Float64Array | null;
}

/** The lowest and highest bit in which some key differs from the first one (`-1, -1` when all are equal). @internal */
function varyingBits(keys: Uint32Array): { low: number; high: number } {
  const n = keys.length;
  const first = keys[0] as number;
  let diff = 0;
  for (let i = 1; i < n; i++) diff |= (keys[i] as number) ^ first;
  if (diff === 0) return { low: -1, high: -1 };
  return { low: 31 - Math.clz32(diff & -diff), high: 31 - Math.clz32(diff) };
}

/** Histograms of `digits` digits of `bits` bits from bit `low` up, one after the other in `counts`, in one pass. @internal */
function histograms(keys: Uint32Array, low: number, bits: number, digits: number, counts: Int32Array): void {
  const n = keys.length;
  const mask = (1 << bits) - 1;
  const size = 1 << bits;
  if (digits === 1) {
    for (let i = 0; i < n; i++) {
      const d = ((keys[i] as number) >>> low) & mask;
      counts[d] = (counts[d] as number) + 1;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const k = (keys[i] as number) >>> low;
    for (let j = 0; j < digits; j++) {
      const d = j * size + ((k >>> (j * bits)) & mask);
      counts[d] = (counts[d] as number) + 1;
    }
  }
}

/**
 * One stable counting pass by the digit at `shift`: positions (`order`, or `0 .. n − 1` when null) and
 * their keys move to `outOrder` and `outKeys`. `counts` from `base` on are turned into start offsets here.
 * The key travels with its position, so every read is sequential. @internal
 */
function scatter(order: Int32Array | null, keys: Uint32Array, outOrder: Int32Array, outKeys: Uint32Array, shift: number, bits: number, counts: Int32Array, base: number): void {
  const n = keys.length;
  const mask = (1 << bits) - 1;
  let sum = 0;
  for (let d = base; d < base + (1 << bits); d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  if (order === null) {
    for (let i = 0; i < n; i++) {
      const k = keys[i] as number;
      const d = base + ((k >>> shift) & mask);
      const at = counts[d] as number;
      counts[d] = at + 1;
      outOrder[at] = i;
      outKeys[at] = k;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    const d = base + ((k >>> shift) & mask);
    const at = counts[d] as number;
    counts[d] = at + 1;
    outOrder[at] = order[i] as number;
    outKeys[at] = k;
  }
}

/** {@link scatter} for the single-word sort that carries a float64 payload along (read in place on the first pass). @internal */
function scatterPayload(
  order: Int32Array | null,
  keys: Uint32Array,
  payload: Float64Array,
  outOrder: Int32Array,
  outKeys: Uint32Array,
  outPayload: Float64Array,
  shift: number,
  bits: number,
  counts: Int32Array,
  base: number,
): void {
  const n = keys.length;
  const mask = (1 << bits) - 1;
  let sum = 0;
  for (let d = base; d < base + (1 << bits); d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    const d = base + ((k >>> shift) & mask);
    const at = counts[d] as number;
    counts[d] = at + 1;
    outOrder[at] = order === null ? i : (order[i] as number);
    outKeys[at] = k;
    outPayload[at] = payload[i] as number;
  }
}

/**
 * Stable LSD radix sort of the positions `0 .. n − 1` by an unsigned key of one or more 32-bit words
 * (`words[0]` most significant). Only the bits in which the keys of a word differ are sorted on, in as few
 * digits of at most 12 bits as cover them (a 20-bit spread takes two passes of 10 bits; a word on which
 * every key agrees takes none), and a digit on which every key agrees is skipped. The first word sorted
 * is read in place (no gather); each later word is gathered once into the current order. A float64
 * `payload` per position moves with the positions (so that no random gather is needed afterwards).
 * O(n · passes), memory O(n). The words and the payload are not modified. @internal
 */
export function radixSortWords(words: readonly Uint32Array[], n: number, payload: Float64Array | null = null): SortedWords {
  let order: Int32Array | null = null;
  let top: Uint32Array = words[0] as Uint32Array;
  let spareOrder: Int32Array | null = null;
  let spareKeys: Uint32Array | null = null;
  let pay = payload;
  let sparePay: Float64Array | null = null;
  for (let w = words.length - 1; w >= 0 && n > 1; w--) {
    const word = words[w] as Uint32Array;
    let keys: Uint32Array = word;
    if (order !== null) {
      keys = scratchUint32(n);
      for (let i = 0; i < n; i++) keys[i] = word[order[i] as number] as number;
    }
    if (w === 0) top = keys;
    const { low, high } = varyingBits(keys);
    if (low < 0) continue;
    const width = high - low + 1;
    const digits = Math.ceil(width / MAX_DIGIT_BITS);
    const bits = Math.ceil(width / digits);
    const counts = new Int32Array(digits << bits);
    histograms(keys, low, bits, digits, counts);
    for (let j = 0; j < digits; j++) {
      const base = j << bits;
      const shift = low + j * bits;
      if (counts[base + (((keys[0] as number) >>> shift) & ((1 << bits) - 1))] === n) continue;
      const outOrder: Int32Array = spareOrder ?? scratchInt32(n);
      const outKeys: Uint32Array = spareKeys ?? scratchUint32(n);
      if (pay === null) scatter(order, keys, outOrder, outKeys, shift, bits, counts, base);
      else {
        const outPay: Float64Array = sparePay ?? scratchFloat64(n);
        scatterPayload(order, keys, pay, outOrder, outKeys, outPay, shift, bits, counts, base);
        sparePay = pay === payload ? null : pay;
        pay = outPay;
      }
      spareOrder = order;
      spareKeys = keys === word ? null : keys;
      order = outOrder;
      keys = outKeys;
      if (w === 0) top = keys;
    }
  }
  if (order === null) {
    order = scratchInt32(n);
    for (let i = 0; i < n; i++) order[i] = i;
  }
  return { order, top, payload: pay === payload && payload !== null ? Float64Array.from(payload) : pay };
}
