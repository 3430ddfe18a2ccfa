/**
 * Fitting the beta-discrete-Weibull model with `fitModel`. References: the maximum-likelihood fits to the
 * "regular" and "high end" cohorts of Fader & Hardie (2007, Table 1, years 0–7) in
 * test/fixtures/clv/bdwReference.json (scripts/fixtures/bdw_reference.py: scipy Nelder–Mead polished by
 * Newton at 40 digits in mpmath; the gradient and Hessian there are mpmath's), and parameter recovery on
 * large simulated cohorts (seeded `simulateBetaDiscreteWeibull`).
 */
import { describe, expect, it } from 'vitest';
import { betaDiscreteWeibull as bdw } from '../../../src/clv/betaDiscreteWeibull/index';
import { fitModel } from '../../../src/clv/fitModel';
import { numericalGradient } from '../../../src/core/optimize/numericalGradient';
import { numericalHessian } from '../../../src/core/optimize/numericalHessian';
import { simulateBetaDiscreteWeibull } from '../../../src/testing/simulateBetaDiscreteWeibull';
import reference from '../../fixtures/clv/bdwReference.json';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe('betaDiscreteWeibull fitting', () => {
  for (const [name, ref] of Object.entries(reference.fits)) {
    it(`matches the mpmath optimum on the ${name} cohort of Fader & Hardie (2007)`, () => {
      const fit = fitModel(bdw, ref.counts);
      expect(fit.converged).toBe(true);
      close(fit.params.alpha, ref.alpha, 1e-5);
      close(fit.params.beta, ref.beta, 1e-5);
      close(fit.params.c, ref.c, 1e-5);
      close(fit.logLikelihood, ref.logLikelihood, 1e-12);
      // Nested: the BdW fits at least as well as the sBG (c = 1), the sBG optimum from the same script.
      expect(fit.logLikelihood).toBeGreaterThan(ref.sbgLogLikelihood);
      for (const p of ['alpha', 'beta', 'c'] as const) expect(fit.standardErrors[p]).toBeGreaterThan(0);
    });

    it(`has a zero gradient and mpmath's negative-definite Hessian at the ${name} optimum`, () => {
      const data = bdw.compress(ref.counts, 'test');
      const f = (x: Float64Array): number => bdw.logLikelihood({ alpha: x[0] as number, beta: x[1] as number, c: x[2] as number }, data);
      const x = [ref.alpha, ref.beta, ref.c];
      for (const g of numericalGradient(f, x)) expect(Math.abs(g)).toBeLessThan(1e-4);
      const h = numericalHessian(f, x);
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) close(h[i]![j]!, ref.hessian[i]![j]!, 1e-4);
      // Negative definite: the leading minors of −H are positive.
      const m = h.map((row) => row.map((v) => -v));
      const d1 = m[0]![0]!;
      const d2 = d1 * m[1]![1]! - m[0]![1]! * m[1]![0]!;
      const d3 =
        m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
        m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
        m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
      expect(d1 > 0 && d2 > 0 && d3 > 0).toBe(true);
    });
  }

  it('rejects a transaction summary: the model takes a cohort', () => {
    expect(() => fitModel(bdw, { customers: [], options: { unit: 'week', unitDays: 7, monthLength: null, mergeBy: 'day', calibrationEnd: null, observationEnd: null } } as never)).toThrow(/cohort's active counts/);
  });
});

describe('betaDiscreteWeibull parameter recovery', () => {
  for (const [truth, seed] of [
    [{ alpha: 0.7, beta: 1.2, c: 0.6 }, 31],
    [{ alpha: 2, beta: 5, c: 1.5 }, 32],
  ] as const) {
    it(`recovers ${JSON.stringify(truth)} from a cohort of 200,000 followed for 12 periods`, () => {
      const counts = simulateBetaDiscreteWeibull(truth, { cohortSize: 200_000, periods: 12, seed });
      const fit = fitModel(bdw, counts);
      expect(fit.converged).toBe(true);
      for (const name of ['alpha', 'beta', 'c'] as const) {
        expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
      }
    });
  }

  it('simulates deterministically from the seed (the documented example)', () => {
    expect(simulateBetaDiscreteWeibull({ alpha: 0.7, beta: 1.2, c: 1.3 }, { cohortSize: 1000, periods: 4, seed: 7 })).toEqual([1000, 623, 429, 329, 261]);
  });
});
