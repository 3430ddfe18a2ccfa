import { describe, expectTypeOf, it } from 'vitest';
import { createRandom, sampleCategorical, shuffle } from '../../../src/core/random/index';
import type { Random } from '../../../src/core/random/index';

describe('random signatures', () => {
  it('createRandom returns a Random of two functions', () => {
    expectTypeOf(createRandom(1)).toEqualTypeOf<Random>();
    expectTypeOf<Random['next']>().toEqualTypeOf<() => number>();
  });
  it('shuffle keeps the element type and accepts readonly arrays', () => {
    const items: readonly string[] = ['a'];
    expectTypeOf(shuffle(createRandom(1), items)).toEqualTypeOf<string[]>();
    expectTypeOf(sampleCategorical(createRandom(1), Float64Array.of(1))).toEqualTypeOf<number>();
  });
});
