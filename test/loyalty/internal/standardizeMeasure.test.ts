import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortNumberOrder } from '../../../src/loyalty/internal/sortNumberOrder';
import { standardizeMeasure } from '../../../src/loyalty/internal/standardizeMeasure';

/** Mid-rank percentiles by definition: (number below + (number equal + 1)/2 − ½)/n, O(n²). */
function naivePercentiles(values: readonly number[]): number[] {
  const n = values.length;
  return values.map((v) => {
    let below = 0;
    let equal = 0;
    for (const w of values) {
      if (w < v) below++;
      else if (w === v) equal++;
    }
    return (below + (equal + 1) / 2 - 0.5) / n;
  });
}

describe('sortNumberOrder', () => {
  it('orders finite numbers ascending, ties in input order, -0 before +0 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 0.5, -0.5)), { maxLength: 300 }), (xs) => {
        const values = Float64Array.from(xs);
        const order = Array.from(sortNumberOrder(values));
        const expected = xs.map((_, i) => i).sort((a, b) => (Object.is(xs[a], -0) && Object.is(xs[b], 0) ? -1 : Object.is(xs[a], 0) && Object.is(xs[b], -0) ? 1 : (xs[a] as number) - (xs[b] as number) || a - b));
        expect(order).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });
});

describe('standardizeMeasure percentiles', () => {
  it('equal the mid-rank definition with few and with many distinct values (binary search and radix paths)', () => {
    const many = Array.from({ length: 6000 }, (_, i) => ((i * 7919) % 5003) / 7 - 300 + (i % 3 === 0 ? 0 : 0.25));
    many.push(0, -0, 0, -0);
    const few = Array.from({ length: 6000 }, (_, i) => (i * 31) % 9);
    for (const values of [many, few]) {
      const expected = naivePercentiles(values);
      for (const direction of ['higher', 'lower'] as const) {
        const { scores } = standardizeMeasure(Float64Array.from(values), 'percentile', direction);
        const want = direction === 'higher' ? expected : expected.map((p) => 1 - p);
        expect(Array.from(scores)).toEqual(want);
        // A plain array takes the binary-search path: the same scores.
        expect(Array.from(standardizeMeasure(values, 'percentile', direction).scores)).toEqual(want);
      }
    }
  });
});
