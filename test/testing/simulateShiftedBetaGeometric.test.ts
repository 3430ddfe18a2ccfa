/**
 * simulateShiftedBetaGeometric: reproducible by seed; the active counts follow N · S(t) of the sBG closed form
 * within Monte-Carlo error (4 binomial standard errors).
 */
import { describe, expect, it } from 'vitest';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import { simulateShiftedBetaGeometric } from '../../src/testing/simulateShiftedBetaGeometric';

describe('simulateShiftedBetaGeometric', () => {
  it('gives non-increasing counts whose mean follows N · S(t)', () => {
    const params = { alpha: 0.7, beta: 1.2 };
    const counts = simulateShiftedBetaGeometric(params, { cohortSize: 100_000, periods: 10, seed: 2 });
    expect(counts).toHaveLength(11);
    expect(counts[0]).toBe(100_000);
    for (let t = 1; t <= 10; t++) {
      expect(counts[t]).toBeLessThanOrEqual(counts[t - 1] as number);
      const s = shiftedBetaGeometric.survival(params, t);
      expect(Math.abs((counts[t] as number) - 100_000 * s)).toBeLessThan(4 * Math.sqrt(100_000 * s * (1 - s)));
    }
    expect(simulateShiftedBetaGeometric(params, { cohortSize: 1000, periods: 3, seed: 5 })).toEqual(
      simulateShiftedBetaGeometric(params, { cohortSize: 1000, periods: 3, seed: 5 }),
    );
  });
});
