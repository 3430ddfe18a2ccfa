/**
 * Positions `0..n−1` of `values` (finite numbers) in ascending order of value, equal values in input
 * order: an LSD radix sort on the IEEE-754 bits (made order-preserving: negative numbers have every bit
 * flipped, others the sign bit), 16 bits a pass, passes whose digit is constant skipped. O(n) for the
 * million-value columns where a comparator sort of positions is slow; −0 sorts just before +0. @internal
 */
export function sortNumberOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = words[2 * i] as number; // little-endian: low word first
    const h = words[2 * i + 1] as number;
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((word[i] as number) >>> shift) & 0xffff;
      counts[d] = (counts[d] as number) + 1;
    }
    if (n === 0 || counts[((word[0] as number) >>> shift) & 0xffff] === n) continue; // one digit: nothing moves
    let at = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d] as number;
      counts[d] = at;
      at += c;
    }
    for (let q = 0; q < n; q++) {
      const i = order[q] as number;
      const d = ((word[i] as number) >>> shift) & 0xffff;
      const to = counts[d] as number;
      next[to] = i;
      counts[d] = to + 1;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
