import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { variance } from '../../../src/core/stats/variance';
import { weightedVariance } from '../../../src/core/stats/weightedVariance';

const pairs = fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.integer({ min: 0, max: 5 })), {
  minLength: 2,
  maxLength: 30,
});

describe('weightedVariance', () => {
  it('matches the documented examples', () => {
    expect(weightedVariance([1, 2, 3], [2, 1, 1])).toBe(0.9166666666666666);
    expect(weightedVariance([1, 2, 3], [2, 1, 1], { kind: 'reliability' })).toBe(1.1);
    expect(weightedVariance([1, 2, 3], [2, 1, 1], { kind: 'population' })).toBe(0.6875);
  });
  it('frequency weights: equals the sample variance of the expanded data (property)', () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const expanded = ps.flatMap(([x, w]) => new Array<number>(w).fill(x));
        fc.pre(expanded.length >= 2);
        const expected = variance(expanded);
        const got = weightedVariance(
          ps.map(([x]) => x),
          ps.map(([, w]) => w),
        );
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-8 * Math.max(1, expected));
      }),
    );
  });
  it('reliability and population weights: invariant to rescaling the weights (property)', () => {
    fc.assert(
      fc.property(pairs, fc.double({ min: 0.01, max: 100, noNaN: true }), (ps, c) => {
        fc.pre(ps.filter(([, w]) => w > 0).length >= 2);
        const values = ps.map(([x]) => x);
        const weights = ps.map(([, w]) => w);
        for (const kind of ['reliability', 'population'] as const) {
          const a = weightedVariance(values, weights, { kind });
          const b = weightedVariance(values, weights.map((w) => w * c), { kind });
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-8 * Math.max(1, a));
        }
      }),
    );
  });
  it('with unit weights, frequency and reliability equal variance() and population equals variance(·, population)', () => {
    const xs = [3.5, -1, 4, 4, 10];
    const ones = xs.map(() => 1);
    expect(weightedVariance(xs, ones)).toBeCloseTo(variance(xs), 13);
    expect(weightedVariance(xs, ones, { kind: 'reliability' })).toBeCloseTo(variance(xs), 13);
    expect(weightedVariance(xs, ones, { kind: 'population' })).toBeCloseTo(variance(xs, { kind: 'population' }), 13);
  });
  it('returns NaN for impossible input', () => {
    expect(weightedVariance([], [])).toBeNaN();
    expect(weightedVariance([1, 2], [1])).toBeNaN();
    expect(weightedVariance([1, 2], [1, -1])).toBeNaN();
    expect(weightedVariance([1, 2], [0.5, 0.5])).toBeNaN(); // total frequency 1
    expect(weightedVariance([1, 2], [0, 3], { kind: 'reliability' })).toBeNaN(); // one positive weight
  });
  it('does not modify its inputs', () => {
    const values = Object.freeze([1, 2, 3]);
    const weights = Object.freeze([2, 1, 1]);
    expect(weightedVariance(values, weights)).toBe(0.9166666666666666);
    expect(values).toEqual([1, 2, 3]);
  });
});
