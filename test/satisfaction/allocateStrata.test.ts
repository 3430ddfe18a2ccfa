// Reference values: proportional, Neyman (1934) and cost-optimal allocations and the stratified variance
// (Cochran 1977, ch. 5) by hand; identities: sizes sum to n, caps respected, Neyman minimises the variance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateStrata } from '../../src/satisfaction/allocateStrata';

describe('allocateStrata', () => {
  const strata = [
    { name: 'small', size: 6000, standardDeviation: 1, cost: 1 },
    { name: 'medium', size: 3000, standardDeviation: 2, cost: 4 },
    { name: 'large', size: 1000, standardDeviation: 4, cost: 16 },
  ];
  it('proportional, Neyman and cost-optimal by hand', () => {
    expect(allocateStrata(strata, 400).strata.map((s) => s.n)).toEqual([240, 120, 40]);
    expect(allocateStrata(strata, 400, { method: 'neyman' }).strata.map((s) => s.n)).toEqual([150, 150, 100]);
    // N S / √c = 6000, 3000, 1000 → proportional again.
    expect(allocateStrata(strata, 400, { method: 'optimal' }).strata.map((s) => s.n)).toEqual([240, 120, 40]);
    const v = allocateStrata(strata, 400, { method: 'neyman' }).variance as number;
    const expected = 0.36 * (1 / 150) * (1 - 150 / 6000) + 0.09 * (4 / 150) * (1 - 150 / 3000) + 0.01 * (16 / 100) * (1 - 100 / 1000);
    expect(v).toBeCloseTo(expected, 14);
    // Neyman minimises the variance among allocations of the same n.
    expect(v).toBeLessThanOrEqual(allocateStrata(strata, 400).variance as number);
  });

  it('caps at N_h, honours a minimum, and always sums to n', () => {
    const r = allocateStrata([{ size: 10, standardDeviation: 100 }, { size: 1000, standardDeviation: 1 }, { size: 50, standardDeviation: 0 }], 100, {
      method: 'neyman',
      minimum: 5,
    });
    expect(r.strata.map((s) => s.n)).toEqual([10, 85, 5]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 500 }), standardDeviation: fc.double({ min: 0.1, max: 10, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('proportional' as const, 'neyman' as const),
        (s, fraction, method) => {
          const total = s.reduce((a, b) => a + b.size, 0);
          const n = Math.round(fraction * total);
          const r2 = allocateStrata(s, n, { method });
          expect(r2.strata.reduce((a, b) => a + b.n, 0)).toBe(n);
          r2.strata.forEach((x, h) => {
            expect(x.n).toBeLessThanOrEqual(s[h]?.size as number);
            expect(Math.abs(x.n - x.exact)).toBeLessThan(1 + 1e-9);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('errors', () => {
    expect(() => allocateStrata([{ size: 10 }], 5, { method: 'neyman' })).toThrow(/standardDeviation/);
    expect(() => allocateStrata([{ size: 10 }], 11)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`allocateStrata\`: \`n\` must be an integer 0-10, got 11]`);
  });

  it('standard deviations near the float64 limits: the same shares and variance as the same ratios, or refused', () => {
    // Shares depend on the ratios of N_h S_h only, and Var on S_h²: S_h times 2^500 gives the same sizes and
    // Var times 2^1000 (exact scaling).
    const base = allocateStrata(strata, 400, { method: 'neyman' });
    const big = allocateStrata(strata.map((s) => ({ ...s, standardDeviation: s.standardDeviation * 2 ** 500 })), 400, { method: 'neyman' });
    expect(big.strata).toEqual(base.strata);
    expect(big.variance).toBe((base.variance as number) * 2 ** 1000);
    // A variance beyond 1.8e308 is refused naming the largest S_h (an S_h of 1e308 gave Infinity).
    const huge = [{ name: 'small', size: 6000, standardDeviation: 1e308 }, { name: 'large', size: 1000, standardDeviation: 4 }];
    expect(() => allocateStrata(huge, 100)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`allocateStrata\`: \`strata[0].standardDeviation\` must be small enough for a finite variance of the stratified mean (it exceeds 1.8e308): give the standard deviations in a larger unit (the variance scales by the square of the factor), got 1e+308]`);
    expect(() => allocateStrata(huge, 100, { method: 'neyman', minimum: 1 })).toThrow(/`strata\[0\]\.standardDeviation` must be small enough/);
  });
});
