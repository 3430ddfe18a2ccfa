/**
 * A seeded source of uniform random numbers: a plain object whose two functions advance one shared,
 * hidden state.
 *
 * @remarks
 * Created by {@link createRandom}. The stream depends only on the seed, so a simulation seeded with the same
 * number gives the same result on every platform and in every JavaScript engine. Every sampler in
 * `core/random` takes a `Random` as its first argument and consumes its outputs in a documented order.
 */
export interface Random {
  /** A uniform double in [0, 1) carrying 53 random bits (two 32-bit outputs). */
  readonly next: () => number;
  /** A uniform integer in [0, 2³² − 1] (one raw output of the generator). */
  readonly nextUint32: () => number;
}
