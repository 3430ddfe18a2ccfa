/**
 * One stable counting pass: writes `order` into `tmp` sorted by the 16-bit digit at `shift` of
 * `word[order[i]]`. Returns `false` (and writes nothing) when every key has the same digit there, so the
 * caller can skip the pass. `counts` is scratch of length 65536. @internal
 */
export function radixPass(order: Int32Array, tmp: Int32Array, word: Uint32Array, shift: number, counts: Int32Array): boolean {
  const n = order.length;
  counts.fill(0);
  // The histogram does not depend on the order of the customers: read the words in memory order.
  for (let i = 0; i < n; i++) {
    const d = ((word[i] as number) >>> shift) & 0xffff;
    counts[d] = (counts[d] as number) + 1;
  }
  if (counts[((word[0] as number) >>> shift) & 0xffff] === n) return false;
  let sum = 0;
  for (let d = 0; d < 65536; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const x = order[i] as number;
    const d = ((word[x] as number) >>> shift) & 0xffff;
    const at = counts[d] as number;
    counts[d] = at + 1;
    tmp[at] = x;
  }
  return true;
}
