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
});
