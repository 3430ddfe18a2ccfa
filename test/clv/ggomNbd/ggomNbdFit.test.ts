/**
 * Gamma-Gompertz/NBD fitted to the CDNOW sample (2,357 customers, weeks, calibration through 1997-09-30;
 * test/fixtures/cdnow-summary, loaded by ../bgNbd/cdnowSummary). Published estimates on the same data:
 * - Bemmaor & Glady (2012), Table 2: r = 0.553, α = 10.578, b = 0.0002, s = 0.603, β = 0.0026, LL = −9594.98;
 * - CLVTools (cran/CLVTools, tests/testthat/test_correctness_ggomnbd.R): r = 0.55313, α = 10.5758,
 *   b = 0.0000011, s = 0.60682, β = 0.000013, LL = −9594.9762 ("kkt2.true = FALSE": not an interior optimum).
 * Both sit on the Pareto/NBD boundary b, β → 0 with β/b ≈ Pareto/NBD's β (11.8 and 13): on CDNOW the
 * Gompertz lifetime collapses to Pareto/NBD's, so b and β are not identified, only their ratio.
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { simulateGgomNbd } from '../../../src/testing/simulateGgomNbd';
import { cdnowCalibration } from '../bgNbd/cdnowSummary';

describe('ggomNbd on CDNOW', () => {
  const fit = fitModel(ggomNbd, cdnowCalibration);
  const pareto = fitModel(paretoNbd, cdnowCalibration);

  it('reaches the published log-likelihood and estimates of r, alpha and s', () => {
    // At least as high as CLVTools' optimum, and within its printed precision.
    expect(fit.logLikelihood).toBeGreaterThan(-9594.9763);
    expect(fit.logLikelihood).toBeLessThan(-9594.97);
    expect(Math.abs(fit.params.r - 0.55313) / 0.55313).toBeLessThan(0.002);
    expect(Math.abs(fit.params.alpha - 10.5758) / 10.5758).toBeLessThan(0.002);
    expect(Math.abs(fit.params.s - 0.60682) / 0.60682).toBeLessThan(0.01);
    expect(Math.abs(fit.params.r - 0.553)).toBeLessThan(0.0005); // Table 2, three decimals
    expect(Math.abs(fit.params.alpha - 10.578)).toBeLessThan(0.005);
    expect(Math.abs(fit.params.s - 0.603)).toBeLessThan(0.005);
  });

  it('runs to the Pareto/NBD boundary b, beta → 0 with beta/b = Pareto/NBD beta, and says so', () => {
    expect(fit.params.b).toBeLessThan(1e-4);
    expect(fit.params.beta).toBeLessThan(1e-3);
    expect(Math.abs(fit.params.beta / fit.params.b - pareto.params.beta) / pareto.params.beta).toBeLessThan(0.01);
    // The two models then have the same maximum (GGom/NBD cannot do worse than its limit).
    expect(Math.abs(fit.logLikelihood - pareto.logLikelihood)).toBeLessThan(1e-3);
    expect(fit.converged).toBe(false);
    expect(fit.boundary).toContain('beta');
    expect(fit.standardErrors.b).toBeNull();
    expect(fit.standardErrors.beta).toBeNull();
  });

  it('has an analytic gradient equal to central finite differences', () => {
    const data = ggomNbd.compress(cdnowCalibration, 'test');
    for (const p of [
      { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 },
      { r: 1.2, alpha: 5, b: 0.05, s: 1.5, beta: 3 },
      { r: 0.3, alpha: 50, b: 2, s: 0.2, beta: 100 },
      { r: 2, alpha: 0.5, b: 0.01, s: 40, beta: 0.01 },
    ]) {
      const g = ggomNbd.logLikelihoodGradient(p, data);
      ggomNbd.parameterNames.forEach((name, j) => {
        const h = 1e-5;
        const numeric =
          (ggomNbd.logLikelihood({ ...p, [name]: p[name] * Math.exp(h) }, data) -
            ggomNbd.logLikelihood({ ...p, [name]: p[name] * Math.exp(-h) }, data)) /
          (2 * h);
        expect(Math.abs((g[j] as number) - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      });
    }
  });
});

describe('ggomNbd time scale', () => {
  it('alpha scales with the time unit and b inversely: ℓ changes by the constant Σ x ln k', () => {
    const weeks = cdnowCalibration;
    const days = weeks.map((c) => ({ frequency: c.frequency, recency: c.recency * 7, T: c.T * 7 }));
    const p = { r: 0.8, alpha: 5, b: 0.08, s: 1.2, beta: 4 };
    const inDays = { ...p, alpha: p.alpha * 7, b: p.b / 7 };
    const shift = weeks.reduce((sum, c) => sum + c.frequency, 0) * Math.log(7);
    const lw = ggomNbd.logLikelihood(p, ggomNbd.compress(weeks, 'test'));
    const ld = ggomNbd.logLikelihood(inDays, ggomNbd.compress(days, 'test'));
    expect(Math.abs(lw - (ld + shift)) / Math.abs(lw)).toBeLessThan(1e-11);
    expect(ggomNbd.probabilityAlive(inDays, days[1]!)).toBeCloseTo(ggomNbd.probabilityAlive(p, weeks[1]!), 12);
  });

  it('a fit of the same customers in days equals the fit in weeks, converted', () => {
    const weeks = simulateGgomNbd({ r: 1.5, alpha: 3, b: 0.2, s: 0.8, beta: 20 }, { customers: 400, seed: 5, T: 52, birthWindow: 26 });
    const days = weeks.map((c) => ({ frequency: c.frequency, recency: c.recency * 7, T: c.T * 7 }));
    const fw = fitModel(ggomNbd, weeks);
    const fd = fitModel(ggomNbd, days);
    expect(fw.converged).toBe(true);
    expect(fd.converged).toBe(true);
    expect(Math.abs(fd.params.alpha / 7 - fw.params.alpha) / fw.params.alpha).toBeLessThan(1e-4);
    expect(Math.abs(fd.params.b * 7 - fw.params.b) / fw.params.b).toBeLessThan(1e-4);
    for (const name of ['r', 's', 'beta'] as const) expect(Math.abs(fd.params[name] - fw.params[name]) / fw.params[name]).toBeLessThan(1e-4);
  });
});
