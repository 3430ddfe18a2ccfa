import type { Random } from './types';

const MASK64 = (1n << 64n) - 1n;

/**
 * One step of SplitMix64 on a 64-bit BigInt state; returns `[nextState, output]`.
 * @internal
 */
function splitMix64(state: bigint): [bigint, bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  z = z ^ (z >> 31n);
  return [next, z];
}

/**
 * Create a seeded random number generator (xoshiro128**, seeded by SplitMix64) with the same stream on
 * every platform.
 *
 * @remarks
 * The generator is xoshiro128** 1.1 (Blackman & Vigna 2021): four 32-bit words of state, updated with
 * shifts, rotations and xors; the output is `rotl(s₁ · 5, 7) · 9` (mod 2³²). All arithmetic is 32-bit
 * integer arithmetic (`Math.imul`, `>>> 0`), so the stream is bit-for-bit identical everywhere. Period
 * 2¹²⁸ − 1.
 *
 * Seeding: the seed is truncated to an integer and reduced modulo 2⁶⁴ (negative seeds wrap, so `-1` is
 * 2⁶⁴ − 1); a non-finite seed is treated as 0. Two outputs of SplitMix64 (Steele, Lea & Flood 2014) started
 * from that integer fill the four state words (high half first), as the xoshiro authors recommend, so
 * nearby seeds give unrelated streams. Seeds that differ only in their fractional part give the same stream.
 *
 * `next()` builds a double in [0, 1) from two outputs: `(a >>> 5) · 2²⁶ + (b >>> 6)`, divided by 2⁵³. O(1)
 * per output, no allocation. The generator is not cryptographically secure.
 *
 * Never throws.
 *
 * @param seed - any number; integers in [−2⁵³, 2⁵³] each give a distinct stream
 * @returns a {@link Random} whose `next()` and `nextUint32()` share one state
 * @example
 * ```ts
 * const random = createRandom(42);
 * random.nextUint32(); // 825760943
 * random.nextUint32(); // 2622800619
 * createRandom(42).next(); // 0.19226245292029043
 * ```
 * @see Blackman, D. & Vigna, S. (2021). Scrambled linear pseudorandom number generators. ACM Transactions
 * on Mathematical Software 47(4), 36:1–36:32. https://doi.org/10.1145/3460772
 * @see Steele, G. L., Lea, D. & Flood, C. H. (2014). Fast splittable pseudorandom number generators.
 * OOPSLA 2014, 453–472. https://doi.org/10.1145/2660193.2660195
 */
export function createRandom(seed: number): Random {
  const integer = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  let state = BigInt.asUintN(64, BigInt(integer));
  let word: bigint;
  [state, word] = splitMix64(state);
  let s0 = Number(word >> 32n) >>> 0;
  let s1 = Number(word & 0xffffffffn) >>> 0;
  [state, word] = splitMix64(state);
  let s2 = Number(word >> 32n) >>> 0;
  let s3 = Number(word & 0xffffffffn) >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point

  const nextUint32 = (): number => {
    const product = Math.imul(s1, 5);
    const rotated = (product << 7) | (product >>> 25);
    const result = Math.imul(rotated, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  const next = (): number => {
    const high = nextUint32() >>> 5;
    const low = nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  };
  return { next, nextUint32 };
}
