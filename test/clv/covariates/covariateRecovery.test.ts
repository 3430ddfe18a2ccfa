/**
 * fitCovariateModel recovers the coefficients of data simulated with covariates (simulateCovariateCustomers,
 * fixed seeds): two regimes per model, every coefficient within 3 standard errors of its true value, and
 * the base parameters within 3 standard errors on the log scale. No published table: parameter recovery.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { simulateCovariateCustomers } from '../../../src/testing/simulateCovariateCustomers';

const N = 4000;

function covariateRows(seed: number) {
  const random = createRandom(seed);
  return Array.from({ length: N }, (_, i) => ({ customerId: `c${i}`, age: sampleNormal(random, 0, 1), web: random.next() < 0.4 ? 1 : 0 }));
}

const REGIMES = [
  { model: 'paretoNbd', params: { r: 0.8, alpha: 8, s: 0.7, beta: 12 }, purchase: { age: 0.4, web: -0.3 }, lifetime: { age: 0.5 }, T: 52 },
  { model: 'paretoNbd', params: { r: 1.5, alpha: 5, s: 1.5, beta: 4 }, purchase: { age: -0.5 }, lifetime: { age: 0.3, web: 0.6 }, T: 39 },
  { model: 'bgNbd', params: { r: 0.8, alpha: 8, a: 0.8, b: 2.5 }, purchase: { age: 0.4, web: -0.3 }, lifetime: { age: 0.5 }, T: 52 },
  { model: 'bgNbd', params: { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 }, purchase: { web: 0.5 }, lifetime: { age: -0.4, web: 0.3 }, T: 39 },
] as const;

describe('fitCovariateModel parameter recovery', () => {
  REGIMES.forEach((regime, k) => {
    it(`${regime.model} regime ${k % 2 === 0 ? 'A' : 'B'}: coefficients within 3 SE`, () => {
      const rows = covariateRows(100 + k);
      const data = simulateCovariateCustomers(regime.model, regime.params, { purchase: regime.purchase, lifetime: regime.lifetime }, rows, { seed: 200 + k, T: regime.T, birthWindow: regime.T - 1 });
      const fit = fitCovariateModel(regime.model === 'paretoNbd' ? paretoNbd : (bgNbd as never), data, {
        purchase: { data: rows, columns: Object.keys(regime.purchase) },
        lifetime: { data: rows, columns: Object.keys(regime.lifetime) },
        timeUnit: 'week',
      });
      expect(fit.converged).toBe(true);
      expect(fit.n).toBe(N);
      for (const process of ['purchase', 'lifetime'] as const) {
        for (const [name, truth] of Object.entries(regime[process])) {
          const c = fit.coefficients[process][name];
          expect(c).toBeDefined();
          expect(c?.standardError).toBeGreaterThan(0);
          expect(Math.abs((c?.estimate as number) - truth)).toBeLessThan(3 * (c?.standardError as number));
        }
      }
      for (const [name, truth] of Object.entries(regime.params)) {
        const estimate = (fit.params as Record<string, number>)[name] as number;
        const se = (fit.standardErrors as Record<string, number | null>)[name] as number;
        // on the log scale: SE(ln p) = SE(p)/p
        expect(Math.abs(Math.log(estimate / truth))).toBeLessThan((3 * se) / estimate);
      }
    });
  });
});
