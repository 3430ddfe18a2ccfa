/**
 * Fitting the shifted-beta-geometric model with `fitModel`. References: the scipy Nelder–Mead fit of
 * scripts/fixtures/clv_discrete_reference.py (test/fixtures/clv/discreteReference.json); parameter recovery
 * on a large simulated cohort (seeded `simulateShiftedBetaGeometric`).
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { shiftedBetaGeometric as sbg } from '../../../src/clv/shiftedBetaGeometric/index';
import { simulateShiftedBetaGeometric } from '../../../src/testing/simulateShiftedBetaGeometric';
import reference from '../../fixtures/clv/discreteReference.json';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe('shiftedBetaGeometric fitting', () => {
  it('matches the scipy fit of the cohort [1000, 631, 468, 382, 326]', () => {
    const fit = fitModel(sbg, reference.sbgFit.counts);
    expect(fit.converged).toBe(true);
    close(fit.params.alpha, reference.sbgFit.alpha, 1e-5);
    close(fit.params.beta, reference.sbgFit.beta, 1e-5);
    close(fit.logLikelihood, reference.sbgFit.logLikelihood, 1e-10);
  });
});

describe('shiftedBetaGeometric parameter recovery', () => {
  for (const [truth, seed] of [
    [{ alpha: 0.7, beta: 1.2 }, 21],
    [{ alpha: 3.8, beta: 6.5 }, 22],
  ] as const) {
    it(`recovers ${JSON.stringify(truth)} from a cohort of 200,000 followed for 12 periods`, () => {
      const counts = simulateShiftedBetaGeometric(truth, { cohortSize: 200_000, periods: 12, seed });
      const fit = fitModel(sbg, counts);
      expect(fit.converged).toBe(true);
      for (const name of ['alpha', 'beta'] as const) {
        expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
      }
    });
  }
});
