/**
 * Mixes the two 32-bit words of one float64 (`low`, `high`, as a little-endian `Uint32Array` view reads
 * them) into a running 32-bit hash; `−0` (high word `0x80000000`, low word 0) hashes as `+0`. `mixHash`
 * is this on a number; tables over whole `Float64Array` columns read the words through a view instead.
 *
 * @param hash - The running hash (start from any constant).
 * @param low - Bits 0-31 of the float64.
 * @param high - Bits 32-63 of the float64.
 * @returns The new hash.
 * @internal
 */
export function mixWords(hash: number, low: number, high: number): number {
  const top = low === 0 && high === 0x80000000 ? 0 : high;
  let h = Math.imul(hash ^ low, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ top, 0x85ebca77);
  return h ^ (h >>> 13);
}
