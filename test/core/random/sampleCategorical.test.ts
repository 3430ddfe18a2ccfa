import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleCategorical } from '../../../src/core/random/sampleCategorical';

describe('sampleCategorical', () => {
  it('matches the documented examples', () => {
    expect(sampleCategorical(createRandom(42), [0.5, 0.3, 0.2])).toBe(0);
    expect(sampleCategorical(createRandom(1), [0.5, 0.3, 0.2])).toBe(1);
  });
  it('draws in proportion to (unnormalised) weights, never a zero weight (chi-square, df 3, 99.99 % point 21.11)', () => {
    const random = createRandom(3);
    const weights = [0, 5, 0, 1, 2, 12];
    const total = 20;
    const counts = new Array<number>(weights.length).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[sampleCategorical(random, weights)]! += 1;
    expect(counts[0]).toBe(0);
    expect(counts[2]).toBe(0);
    let chiSquare = 0;
    weights.forEach((w, k) => {
      if (w > 0) chiSquare += (counts[k]! - (n * w) / total) ** 2 / ((n * w) / total);
    });
    expect(chiSquare).toBeLessThan(21.11);
  });
  it('does not modify the probabilities', () => {
    const probabilities = Object.freeze([0.2, 0.8]);
    expect(() => sampleCategorical(createRandom(1), probabilities)).not.toThrow();
  });
  it('returns NaN for empty, negative, non-finite or all-zero weights', () => {
    const random = createRandom(1);
    expect(sampleCategorical(random, [])).toBeNaN();
    expect(sampleCategorical(random, [0.5, -0.1])).toBeNaN();
    expect(sampleCategorical(random, [0.5, Number.NaN])).toBeNaN();
    expect(sampleCategorical(random, [1, Number.POSITIVE_INFINITY])).toBeNaN();
    expect(sampleCategorical(random, [0, 0])).toBeNaN();
  });
});
