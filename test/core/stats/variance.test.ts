import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { variance } from '../../../src/core/stats/variance';

describe('variance (Welford)', () => {
  it('matches the documented examples', () => {
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBe(4.571428571428571);
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9], { kind: 'population' })).toBe(4);
  });
  it('keeps full accuracy with a huge mean (1e9 + [4, 7, 13, 16] has variance 30)', () => {
    expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
    // the textbook formula Σx²/n − x̄² loses it completely:
    const xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
    const naive = (xs.reduce((s, x) => s + x * x, 0) - xs.reduce((s, x) => s + x, 0) ** 2 / 4) / 3;
    expect(Math.abs(naive - 30)).toBeGreaterThan(1);
  });
  it('agrees with the two-pass formula and is shift invariant (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 50 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (xs, shift) => {
          const m = xs.reduce((a, b) => a + b, 0) / xs.length;
          const twoPass = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
          const v = variance(xs);
          expect(Math.abs(v - twoPass)).toBeLessThanOrEqual(1e-9 * Math.max(1, twoPass));
          expect(Math.abs(variance(xs.map((x) => x + shift)) - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, v));
          expect(v).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
  it('returns NaN for empty input and for one value (sample), 0 for one value (population)', () => {
    expect(variance([])).toBeNaN();
    expect(variance([3])).toBeNaN();
    expect(variance([3], { kind: 'population' })).toBe(0);
    expect(variance([1, Number.NaN])).toBeNaN();
  });
  it('does not modify its input', () => {
    const values = Object.freeze([3, 1, 2]);
    expect(variance(values)).toBe(1);
  });
});
