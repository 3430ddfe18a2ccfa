import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neumaierSum } from '../../../src/core/stats/neumaierSum';

describe('neumaierSum', () => {
  it('matches the documented examples', () => {
    expect(neumaierSum([1, 1e100, 1, -1e100])).toBe(2);
    expect(neumaierSum([0.1, 0.2, 0.3])).toBe(0.6);
  });
  it('sums ten million 0.1s to 1e6 exactly, where naive summation is off by about 1.6e-4', () => {
    const values = new Float64Array(10_000_000).fill(0.1);
    let naive = 0;
    for (const v of values) naive += v;
    // The exact sum of 1e7 copies of the double nearest 0.1 is 1e6 + 5.55e-11, which rounds to 1e6.
    expect(neumaierSum(values)).toBe(1_000_000);
    expect(Math.abs(naive - 1_000_000)).toBeGreaterThan(1e-4);
  });
  it('is exact on sums of integers and exactly representable cancelling terms (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 })), (values) => {
        expect(neumaierSum(values)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e10, max: 1e10, noNaN: true }), { maxLength: 30 }), (values) => {
        // Appending the negated terms must give (nearly) zero.
        const total = neumaierSum([...values, ...values.map((v) => -v)]);
        expect(Math.abs(total)).toBeLessThanOrEqual(1e-6);
      }),
    );
  });
  it('returns 0 for an empty input and propagates NaN and infinities', () => {
    expect(neumaierSum([])).toBe(0);
    expect(neumaierSum([1, Number.NaN])).toBeNaN();
    expect(neumaierSum([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(neumaierSum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBeNaN();
  });
  it('does not modify its input', () => {
    const values = Object.freeze([3, 1, 2]);
    neumaierSum(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
