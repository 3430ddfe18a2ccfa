import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { weightedMean } from '../../../src/core/stats/weightedMean';

describe('weightedMean', () => {
  it('matches the documented example', () => {
    expect(weightedMean([1, 2, 3], [3, 1, 0])).toBe(1.25);
  });
  it('equals the mean of the expanded data for integer weights and is scale invariant in the weights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.integer({ min: 0, max: 5 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (pairs) => {
          fc.pre(pairs.some(([, w]) => w > 0));
          const values = pairs.map(([x]) => x);
          const weights = pairs.map(([, w]) => w);
          const expanded = pairs.flatMap(([x, w]) => new Array<number>(w).fill(x));
          const expected = expanded.reduce((a, b) => a + b, 0) / expanded.length;
          const got = weightedMean(values, weights);
          expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
          const scaled = weightedMean(values, weights.map((w) => w * 0.37));
          expect(Math.abs(scaled - got)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(got)));
        },
      ),
    );
  });
  it('returns NaN for empty input, length mismatch, negative or non-finite weights, zero total', () => {
    expect(weightedMean([], [])).toBeNaN();
    expect(weightedMean([1, 2], [1])).toBeNaN();
    expect(weightedMean([1, 2], [1, -1])).toBeNaN();
    expect(weightedMean([1, 2], [1, Number.POSITIVE_INFINITY])).toBeNaN();
    expect(weightedMean([1, 2], [0, 0])).toBeNaN();
  });
  it('does not modify its inputs', () => {
    const values = Object.freeze([1, 2]);
    const weights = Object.freeze([1, 3]);
    expect(weightedMean(values, weights)).toBe(1.75);
  });
});
