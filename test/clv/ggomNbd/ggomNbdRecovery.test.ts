/**
 * Gamma-Gompertz/NBD parameter recovery: customers simulated by `simulateGgomNbd` with fixed seeds, births
 * over a 26-week window, 52 weeks of observation; the fit must converge (so its Hessian is negative
 * definite at an interior maximum) and every estimate lie within three standard errors of the truth.
 * Two regimes: a hazard that grows with age (b = 0.2, β = 20 > 1 + s: the lifetime density has an interior
 * mode) and one with β < 1 and slower ageing (b = 0.08: bT ≈ 4 over the window). With 4,000 customers
 * the second is near the edge of what the data identify: other seeds (e.g. 9) end on the Pareto/NBD
 * boundary b → 0 and `fitModel` then reports `converged: false`, as it should.
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import { simulateGgomNbd } from '../../../src/testing/simulateGgomNbd';

const regimes = [
  { r: 1.5, alpha: 3, b: 0.2, s: 0.8, beta: 20 },
  { r: 0.6, alpha: 4, b: 0.08, s: 0.7, beta: 0.5 },
];

describe('ggomNbd parameter recovery', () => {
  it.each(regimes.map((truth, k) => [JSON.stringify(truth), truth, k] as const))('recovers %s', (_, truth, k) => {
    const data = simulateGgomNbd(truth, { customers: 4000, seed: 7 + k, T: 52, birthWindow: 26 });
    const fit = fitModel(ggomNbd, data);
    expect(fit.converged).toBe(true);
    for (const name of ggomNbd.parameterNames) {
      expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
    }
  });
});
