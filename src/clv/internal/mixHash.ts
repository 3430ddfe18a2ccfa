import { mixWords } from './mixWords';

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
  scratch[0] = value;
  return mixWords(hash, scratchBits[0] as number, scratchBits[1] as number);
}
