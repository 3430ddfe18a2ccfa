/** Bits per radix digit: 2,048 buckets keep the counters and the write heads in the L1/L2 cache. @internal */
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/** Adds one to `counts[d]`. @internal */
function bump(counts: Int32Array, d: number): void {
  counts[d] = (counts[d] as number) + 1;
}

/** Histograms of the up to three 11-bit digits of `word` (bits 0-10, 11-21, 22-31), in one pass. @internal */
function histograms(word: Uint32Array, digits: number, counts: Int32Array, base: number): void {
  const n = word.length;
  if (digits === 1) {
    for (let i = 0; i < n; i++) bump(counts, base + ((word[i] as number) & MASK));
  } else if (digits === 2) {
    for (let i = 0; i < n; i++) {
      const x = word[i] as number;
      bump(counts, base + (x & MASK));
      bump(counts, base + RADIX + ((x >>> BITS) & MASK));
    }
  } else {
    for (let i = 0; i < n; i++) {
      const x = word[i] as number;
      bump(counts, base + (x & MASK));
      bump(counts, base + RADIX + ((x >>> BITS) & MASK));
      bump(counts, base + 2 * RADIX + (x >>> (2 * BITS)));
    }
  }
}

/**
 * One stable counting pass of `order` and its `keys` into `out` and `outKeys` by the digit at `shift`
 * (`counts` at `base` already turned into start offsets). The key travels with its position, so every
 * read is sequential. @internal
 */
function scatter(order: Int32Array, keys: Uint32Array, out: Int32Array, outKeys: Uint32Array, shift: number, counts: Int32Array, base: number): void {
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    const d = base + ((k >>> shift) & MASK);
    const at = counts[d] as number;
    counts[d] = at + 1;
    out[at] = order[i] as number;
    outKeys[at] = k;
  }
}

/**
 * Stable LSD radix sort of `order` (positions into the key words) by an unsigned multi-word key:
 * `words[0]` is the most significant word and `widths[w]` (1-32) the bits of `words[w]` that are used.
 * 11-bit digits; the histograms of every digit are taken in one pass per word (they do not depend on the
 * order), and digits on which every key agrees are skipped. Each word is gathered once into the current
 * order and then moves with the positions. O(n · digits). Returns the sorted array: `order` itself or a
 * new one (`order` is used as scratch, so pass a copy to keep it). @internal
 */
export function radixSortKeys(order: Int32Array, words: readonly Uint32Array[], widths: readonly number[]): Int32Array {
  const n = order.length;
  const digitsOf = widths.map((w) => Math.ceil(w / BITS));
  const counts = new Int32Array(digitsOf.reduce((a, b) => a + b, 0) * RADIX);
  let current = order;
  let spare: Int32Array | null = null;
  let keys: Uint32Array | null = null; // the key word of `current`, gathered on the word's first pass
  let spareKeys: Uint32Array | null = null;
  let gathered = false;
  let base = 0;
  for (let w = words.length - 1; w >= 0 && n > 0; w--) {
    const word = words[w] as Uint32Array;
    const digits = digitsOf[w] as number;
    histograms(word, digits, counts, base);
    const first = word[0] as number;
    for (let j = 0; j < digits; j++, base += RADIX) {
      const shift = j * BITS;
      if (counts[base + ((first >>> shift) & MASK)] === n) continue;
      let sum = 0;
      for (let d = base; d < base + RADIX; d++) {
        const c = counts[d] as number;
        counts[d] = sum;
        sum += c;
      }
      keys ??= new Uint32Array(n);
      spareKeys ??= new Uint32Array(n);
      spare ??= new Int32Array(n);
      if (!gathered) {
        for (let i = 0; i < n; i++) keys[i] = word[current[i] as number] as number;
        gathered = true;
      }
      scatter(current, keys, spare, spareKeys, shift, counts, base);
      [current, spare] = [spare, current];
      [keys, spareKeys] = [spareKeys, keys];
    }
    gathered = false;
  }
  return current;
}
