/**
 * simulateBetaDiscreteWeibull: reproducible by seed; the active counts follow N · S(t) of the BdW survival
 * B(α, β + t^c)/B(α, β) within Monte-Carlo error (4 binomial standard errors), for c below, at and above 1.
 */
import { describe, expect, it } from 'vitest';
import { betaDiscreteWeibull } from '../../src/clv/betaDiscreteWeibull/index';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { simulateBetaDiscreteWeibull } from '../../src/testing/simulateBetaDiscreteWeibull';

describe('simulateBetaDiscreteWeibull', () => {
  for (const [params, seed] of [
    [{ alpha: 0.7, beta: 1.2, c: 0.5 }, 2],
    [{ alpha: 0.7, beta: 1.2, c: 1 }, 3],
    [{ alpha: 3, beta: 8, c: 2.2 }, 4],
  ] as const) {
    it(`gives non-increasing counts whose mean follows N · S(t) at ${JSON.stringify(params)}`, () => {
      const counts = simulateBetaDiscreteWeibull(params, { cohortSize: 100_000, periods: 10, seed });
      expect(counts).toHaveLength(11);
      expect(counts[0]).toBe(100_000);
      for (let t = 1; t <= 10; t++) {
        expect(counts[t]).toBeLessThanOrEqual(counts[t - 1] as number);
        const s = betaDiscreteWeibull.survival(params, t);
        expect(Math.abs((counts[t] as number) - 100_000 * s)).toBeLessThan(4 * Math.sqrt(100_000 * s * (1 - s)));
      }
      expect(simulateBetaDiscreteWeibull(params, { cohortSize: 1000, periods: 3, seed: 5 })).toEqual(
        simulateBetaDiscreteWeibull(params, { cohortSize: 1000, periods: 3, seed: 5 }),
      );
    });
  }

  it('rejects invalid options', () => {
    try {
      simulateBetaDiscreteWeibull({ alpha: 1, beta: 1, c: 1 }, { cohortSize: 0, periods: 3, seed: 1 });
      throw new Error('did not throw');
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      expect((e as Error).message).toMatch(/simulateBetaDiscreteWeibull.*options\.cohortSize/);
    }
  });
});
