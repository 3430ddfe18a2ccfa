const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/**
 * Mixes the 64 bits of one float64 into a running 32-bit hash (`−0` and `+0` hash alike), for the
 * open-addressing tables that group identical customer rows.
 *
 * @param hash - The running hash (start from any constant).
 * @param value - The number to mix in.
 * @returns The new hash.
 * @internal
 */
export function mixHash(hash: number, value: number): number {
  scratch[0] = value === 0 ? 0 : value;
  let h = Math.imul(hash ^ (scratchBits[0] as number), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (scratchBits[1] as number), 0x85ebca77);
  return h ^ (h >>> 13);
}
