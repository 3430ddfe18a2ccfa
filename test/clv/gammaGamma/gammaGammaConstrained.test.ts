/**
 * Fitting Gamma-Gamma with `q > 1` enforced (`constraints: { q: { greaterThan: 1 } }`), where its mean
 * spend `pγ/(q − 1)` exists. Data: 2,000 repeat buyers simulated with q = 0.8 (seeded), whose unconstrained
 * maximum has q < 1, and the CDNOW-sample repeat buyers (test/fixtures/cdnow/summary.json,
 * scripts/fixtures/cdnow_summary.py), whose maximum q ≈ 3.74 (Fader, Hardie & Lee 2005b) is inside the
 * bound. Identities only: a bound never raises the maximum; an inactive bound leaves it where it was.
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { gammaGamma } from '../../../src/clv/gammaGamma/index';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { simulateGammaGamma } from '../../../src/testing/simulateGammaGamma';
import summary from '../../fixtures/cdnow/summary.json';

const heavyTailed = simulateGammaGamma({ p: 2, q: 0.8, gamma: 5 }, Array.from({ length: 2000 }, (_, i) => 1 + (i % 6)), { seed: 1 });
const bounded = { constraints: { q: { greaterThan: 1 } } } as const;

function errorOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('gammaGamma with q > 1 enforced', () => {
  const free = fitModel(gammaGamma, heavyTailed);
  const fit = fitModel(gammaGamma, heavyTailed, bounded);

  it('the unconstrained maximum of these data has q <= 1 (so the mean spend is undefined there)', () => {
    expect(free.converged).toBe(true);
    expect(free.params.q).toBeLessThanOrEqual(1);
    expect(free.constraints).toEqual({});
    expect(free.atBound).toEqual([]);
    expect(() => gammaGamma.meanSpend(free.params)).toThrow();
  });

  it('the constrained fit has q > 1 and a log-likelihood no higher', () => {
    expect(fit.params.q).toBeGreaterThan(1);
    expect(fit.logLikelihood).toBeLessThanOrEqual(free.logLikelihood);
    expect(fit.constraints).toEqual({ q: { greaterThan: 1 } });
    expect(Number.isFinite(gammaGamma.meanSpend(fit.params))).toBe(true);
  });

  it('is the maximum over q > 1: no start above the bound ends higher, and the estimate sits at the bound', () => {
    for (const start of [
      { p: 1, q: 1.5, gamma: 10 },
      { p: 3, q: 4, gamma: 20 },
    ]) {
      const other = fitModel(gammaGamma, heavyTailed, { ...bounded, start });
      expect(other.logLikelihood).toBeLessThanOrEqual(fit.logLikelihood + 1e-6);
    }
    expect(fit.params.q - 1).toBeLessThan(1e-4);
    expect(fit.atBound).toEqual(['q']);
    expect(fit.converged).toBe(true);
    expect(fit.message).toMatch(/^converged to the bound of q \(options\.constraints\)/);
    expect(Number.isNaN(fit.standardErrors.q)).toBe(true);
    expect(fit.confidenceIntervals.q.every(Number.isNaN)).toBe(true);
    expect(Number.isFinite(fit.standardErrors.p) && Number.isFinite(fit.standardErrors.gamma)).toBe(true);
  });

  it('every run, start and interval respects the bound', () => {
    for (const run of fit.starts) {
      expect(run.start.q).toBeGreaterThan(1);
      expect(run.params.q).toBeGreaterThan(1);
    }
  });

  it('leaves a maximum inside the bound where it was (CDNOW: q ≈ 3.74), intervals above the bound', () => {
    const ix = summary.columns.indexOf('frequency');
    const im = summary.columns.indexOf('monetaryValue');
    const repeat = summary.customers
      .filter((r) => (r[ix] as number) > 0)
      .map((r) => ({ frequency: r[ix] as number, monetaryValue: r[im] as number }));
    const plain = fitModel(gammaGamma, repeat);
    const withBound = fitModel(gammaGamma, repeat, bounded);
    expect(withBound.converged).toBe(true);
    expect(withBound.message).toBe('converged');
    expect(withBound.atBound).toEqual([]);
    for (const name of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(withBound.params[name] / plain.params[name] - 1)).toBeLessThan(1e-5);
      expect(Math.abs(withBound.standardErrors[name] / plain.standardErrors[name] - 1)).toBeLessThan(0.2);
    }
    expect(Math.abs(withBound.logLikelihood - plain.logLikelihood)).toBeLessThan(1e-6);
    // Delta method in θ = ln(q − 1): the interval is asymmetric and stays above 1.
    const [lo, hi] = withBound.confidenceIntervals.q;
    expect(lo).toBeGreaterThan(1);
    expect(hi - withBound.params.q).toBeGreaterThan(withBound.params.q - lo);
  });

  it('rejects a bound on an unknown parameter, a negative or missing bound, and a start at or below it', () => {
    const unknown = errorOf(() => fitModel(gammaGamma, heavyTailed, { constraints: { r: { greaterThan: 1 } } as never }));
    expect((unknown as Error).message).toBe('`fitModel`: `options.constraints.r` must name a parameter of gammaGamma (p, q, gamma), got "r"');
    const negative = errorOf(() => fitModel(gammaGamma, heavyTailed, { constraints: { q: { greaterThan: -1 } } }));
    expect((negative as Error).message).toBe('`fitModel`: `options.constraints.q` must be { greaterThan: b } with b a finite number at least 0, got {"greaterThan":-1}');
    const missing = errorOf(() => fitModel(gammaGamma, heavyTailed, { constraints: { q: {} as never } }));
    expect(isClienteleError(missing) && missing.code).toBe('INVALID_ARGUMENT');
    const start = errorOf(() => fitModel(gammaGamma, heavyTailed, { ...bounded, start: { p: 1, q: 1, gamma: 1 } }));
    expect((start as Error).message).toBe('`fitModel`: `options.start.q` must be greater than 1 (options.constraints.q.greaterThan), got 1');
    const notObject = errorOf(() => fitModel(gammaGamma, heavyTailed, { constraints: 'q>1' as never }));
    expect(isClienteleError(notObject) && notObject.code).toBe('INVALID_ARGUMENT');
  });
});
