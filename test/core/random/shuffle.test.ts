import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom } from '../../../src/core/random/createRandom';
import { shuffle } from '../../../src/core/random/shuffle';

describe('shuffle', () => {
  it('matches the documented example', () => {
    expect(shuffle(createRandom(42), [1, 2, 3, 4, 5])).toEqual([4, 2, 3, 5, 1]);
  });
  it('returns a permutation in a new array and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (array, seed) => {
        const frozen = Object.freeze(array.slice());
        const result = shuffle(createRandom(seed), frozen);
        expect(result).not.toBe(frozen);
        expect([...result].sort((a, b) => a - b)).toEqual([...array].sort((a, b) => a - b));
        expect(frozen).toEqual(array);
      }),
    );
  });
  it('makes all 6 orders of 3 items equally likely (chi-square, df 5, 99.99 % point 25.74)', () => {
    const random = createRandom(9);
    const counts = new Map<string, number>();
    const n = 60_000;
    for (let i = 0; i < n; i++) {
      const key = shuffle(random, ['a', 'b', 'c']).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    let chiSquare = 0;
    for (const count of counts.values()) chiSquare += (count - n / 6) ** 2 / (n / 6);
    expect(chiSquare).toBeLessThan(25.74);
  });
});
