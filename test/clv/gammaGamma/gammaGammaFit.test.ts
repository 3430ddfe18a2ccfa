/**
 * Fitting Gamma-Gamma with `fitModel`. Published reference: on the 946 CDNOW-sample repeat buyers
 * (same-day rows merged, calibration through 1997-09-30, m = mean repeat value) Fader, Hardie & Lee (2005b)
 * report p = 6.25, q = 3.74, γ = 15.44; the summary comes from test/fixtures/cdnow/summary.json
 * (scripts/fixtures/cdnow_summary.py) and the unrounded optimum from scipy
 * (scripts/fixtures/clv_discrete_reference.py). Parameter recovery on 50,000 simulated repeat buyers.
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { gammaGamma } from '../../../src/clv/gammaGamma/index';
import { simulateGammaGamma } from '../../../src/testing/simulateGammaGamma';
import reference from '../../fixtures/clv/discreteReference.json';
import summary from '../../fixtures/cdnow/summary.json';

describe('gammaGamma on CDNOW', () => {
  it('reproduces p = 6.25, q = 3.74, gamma = 15.44 (Fader, Hardie & Lee 2005b)', () => {
    const ix = summary.columns.indexOf('frequency');
    const im = summary.columns.indexOf('monetaryValue');
    const repeat = summary.customers
      .filter((r) => (r[ix] as number) > 0)
      .map((r) => ({ frequency: r[ix] as number, monetaryValue: r[im] as number }));
    expect(repeat.length).toBe(946);
    const fit = fitModel(gammaGamma, repeat);
    expect(fit.converged).toBe(true);
    expect(fit.params.p.toFixed(2)).toBe('6.25');
    expect(fit.params.q.toFixed(2)).toBe('3.74');
    expect(fit.params.gamma.toFixed(2)).toBe('15.44');
    const scipy = reference.gammaGammaCdnowFit;
    expect(Math.abs(fit.params.p / scipy.p - 1)).toBeLessThan(1e-4);
    expect(Math.abs(fit.params.q / scipy.q - 1)).toBeLessThan(1e-4);
    expect(Math.abs(fit.params.gamma / scipy.gamma - 1)).toBeLessThan(1e-4);
    expect(Math.abs(fit.logLikelihood - scipy.logLikelihood)).toBeLessThan(1e-6);
  });
});

describe('gammaGamma parameter recovery', () => {
  for (const [truth, seed] of [
    [{ p: 6.25, q: 3.74, gamma: 15.44 }, 31],
    [{ p: 0.9, q: 8, gamma: 250 }, 32],
  ] as const) {
    it(`recovers ${JSON.stringify(truth)} from 50,000 repeat buyers`, () => {
      const frequencies = Array.from({ length: 50_000 }, (_, i) => 1 + (i % 9));
      const data = simulateGammaGamma(truth, frequencies, { seed });
      const fit = fitModel(gammaGamma, data);
      expect(fit.converged).toBe(true);
      for (const name of ['p', 'q', 'gamma'] as const) {
        expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
      }
    });
  }
});
