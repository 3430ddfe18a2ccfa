// Reference values: Kish (1965) deff = n Σw²/(Σw)² = 1 + cv², by hand.
import { describe, expect, it } from 'vitest';
import { designEffect } from '../../src/satisfaction/designEffect';

describe('designEffect', () => {
  it('Kish: deff = 1 + cv², n_eff = n / deff', () => {
    const d = designEffect([1, 2, 3, 4]);
    expect(d.designEffect).toBeCloseTo(1.2, 14);
    expect(d.effectiveSampleSize).toBeCloseTo(100 / 30, 14);
    expect(d.coefficientOfVariation ** 2).toBeCloseTo(0.2, 14);
    expect(designEffect([5, 5, 5]).designEffect).toBe(1);
    expect(() => designEffect([0, 0])).toThrow(/every weight is 0/);
    expect(() => designEffect([1, -1])).toThrow(/`weights\[1\]`/);
  });

  it('is finite and right for weights near the float64 limits (a weight of 1e308 gave NaN), and unchanged by scaling', () => {
    // [1e308, 2, 3, 4]: Σw = 1e308 (to rounding), Σw² / (Σw)² = 1, so deff = n = 4 and n_eff = 1.
    const huge = designEffect([1e308, 2, 3, 4]);
    expect(huge.designEffect).toBe(4);
    expect(huge.effectiveSampleSize).toBe(1);
    expect(huge.coefficientOfVariation).toBe(Math.sqrt(3));
    expect(huge.sumWeights).toBe(1e308);
    // The same weights times 2^1000 or 2^-1000 give the same ratios, bit for bit (weights of 1e-200 had Σw² = 0).
    const base = designEffect([1, 2, 3, 4]);
    for (const f of [2 ** 1000, 2 ** -1000]) {
      const scaled = designEffect([1, 2, 3, 4].map((w) => w * f));
      expect([scaled.designEffect, scaled.effectiveSampleSize, scaled.coefficientOfVariation]).toEqual([base.designEffect, base.effectiveSampleSize, base.coefficientOfVariation]);
    }
    expect(designEffect([1e-200, 2e-200]).designEffect).toBeCloseTo(10 / 9, 14);
    expect(() => designEffect([1e308, 1e308])).toThrow(/`designEffect`: `weights` must sum to at most 1\.8e308/);
  });
});
