import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median } from '../../../src/core/stats/median';
import { quantile } from '../../../src/core/stats/quantile';

describe('median', () => {
  it('matches the documented examples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('equals quantile(·, 0.5) of types 2, 5, 6, 7, 8, 9 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (xs) => {
        const m = median(xs);
        for (const type of [2, 5, 6, 7, 8, 9] as const) {
          expect(Math.abs(quantile(xs, 0.5, { type }) - m)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(m)));
        }
      }),
    );
  });
  it('returns NaN for empty input or NaN values and does not modify its input', () => {
    expect(median([])).toBeNaN();
    expect(median([1, Number.NaN])).toBeNaN();
    const values = Object.freeze([5, 1, 4]);
    expect(median(values)).toBe(4);
    expect(values).toEqual([5, 1, 4]);
  });
});
