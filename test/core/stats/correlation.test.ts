import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correlation } from '../../../src/core/stats/correlation';

describe('correlation (Pearson)', () => {
  it('matches the documented examples', () => {
    expect(correlation([1, 2, 3, 4], [2, 4, 6, 8])).toBe(1);
    expect(correlation([1, 2, 3, 4], [1, 3, 2, 4])).toBe(0.8);
  });
  it('matches numpy.corrcoef on Anscombe quartet I (r = 0.81642051634484, numpy 2.4)', () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    expect(correlation(x, y)).toBeCloseTo(0.81642051634484, 13);
  });
  it('is symmetric, lies in [−1, 1] and is invariant to positive affine maps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), {
          minLength: 3,
          maxLength: 30,
        }),
        (pairs) => {
          const x = pairs.map(([a]) => a);
          const y = pairs.map(([, b]) => b);
          const r = correlation(x, y);
          const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
          fc.pre(spread(x) > 1e-3 && spread(y) > 1e-3);
          expect(Math.abs(r)).toBeLessThanOrEqual(1);
          expect(correlation(y, x)).toBeCloseTo(r, 12);
          const shifted = correlation(
            x.map((v) => 3 * v + 1e6),
            y,
          );
          expect(Math.abs(shifted - r)).toBeLessThan(1e-6);
          expect(correlation(x.map((v) => -v), y)).toBeCloseTo(-r, 12);
        },
      ),
    );
  });
  it('returns NaN for length mismatch, fewer than 2 pairs, or a constant sample', () => {
    expect(correlation([1, 2], [1])).toBeNaN();
    expect(correlation([1], [1])).toBeNaN();
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
  it('does not modify its inputs', () => {
    const x = Object.freeze([1, 2, 3]);
    const y = Object.freeze([3, 1, 2]);
    expect(correlation(x, y)).toBeCloseTo(-0.5, 15);
  });
});
