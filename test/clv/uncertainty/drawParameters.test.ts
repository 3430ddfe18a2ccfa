/**
 * drawParameters: multivariate normal draws on the log scale. No published table exists; correctness is
 * shown by identities of the construction (reproducible stream, positive draws, bounds respected, the
 * sample mean and covariance of ln(draws) approach the fit's estimate and logCovariance, the 5 %/95 %
 * quantiles approach the fit's own 90 % intervals) on data simulated with fixed seeds.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { drawParameters } from '../../../src/clv/drawParameters';
import { fitModel } from '../../../src/clv/fitModel';
import { gammaGamma } from '../../../src/clv/gammaGamma/index';
import { quantile } from '../../../src/core/stats/quantile';
import { simulateBgNbd } from '../../../src/testing/simulateBgNbd';
import { simulateGammaGamma } from '../../../src/testing/simulateGammaGamma';
import { errorOf } from '../../errorOf';

const data = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 3000, seed: 11, T: 52 });
const fit = fitModel(bgNbd, data, { timeUnit: 'week', confidenceLevel: 0.9 });

describe('drawParameters', () => {
  it('is reproducible with a seed and differs with another', () => {
    const one = drawParameters(fit, { draws: 50, seed: 3 });
    const two = drawParameters(fit, { draws: 50, seed: 3 });
    const other = drawParameters(fit, { draws: 50, seed: 4 });
    expect(one.columns).toEqual(two.columns);
    expect(other.columns.r).not.toEqual(one.columns.r);
    expect(one).toMatchObject({ model: 'bgNbd', draws: 50, seed: 3, held: [], parameterNames: ['r', 'alpha', 'a', 'b'] });
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
  });

  it('matches the fit: mean and covariance of ln(draws), and the 90 % intervals', () => {
    const draws = 20_000;
    const d = drawParameters(fit, { draws, seed: 1 });
    const names = fit.parameterNames;
    const logs = names.map((name) => d.columns[name].map(Math.log));
    const means = logs.map((column) => column.reduce((s, v) => s + v, 0) / draws);
    names.forEach((name, j) => {
      const sd = Math.sqrt(fit.logCovariance[j]?.[j] as number);
      // Standard error of a sample mean of 20,000 draws is sd/141: 5 of them is a tolerance that cannot fail by chance.
      expect(Math.abs((means[j] as number) - Math.log(fit.params[name]))).toBeLessThan((5 * sd) / Math.sqrt(draws));
      for (let m = 0; m <= j; m++) {
        let c = 0;
        for (let i = 0; i < draws; i++) c += ((logs[j]?.[i] as number) - (means[j] as number)) * ((logs[m]?.[i] as number) - (means[m] as number));
        c /= draws - 1;
        const sm = Math.sqrt(fit.logCovariance[m]?.[m] as number);
        expect(Math.abs(c - (fit.logCovariance[j]?.[m] as number))).toBeLessThan(0.05 * sd * sm);
      }
      const interval = fit.confidenceIntervals[name] as readonly [number, number];
      expect(quantile(d.columns[name], 0.05) / interval[0]).toBeCloseTo(1, 1);
      expect(quantile(d.columns[name], 0.95) / interval[1]).toBeCloseTo(1, 1);
    });
    expect(d.columns.r.every((v) => v > 0 && Number.isFinite(v))).toBe(true);
  });

  it('keeps the draws above the bounds of a constrained fit', () => {
    const spend = simulateGammaGamma({ p: 6, q: 3.5, gamma: 15 }, Array.from({ length: 800 }, (_, i) => 1 + (i % 5)), { seed: 5 });
    const spendFit = fitModel(gammaGamma, spend, { constraints: { q: { greaterThan: 1 } } });
    const d = drawParameters(spendFit, { draws: 2000, seed: 9 });
    expect(d.columns.q.every((q) => q > 1)).toBe(true);
    // The median of q − 1 is the estimate of q − 1 (a monotone map of a symmetric normal).
    expect(quantile(d.columns.q.map((q) => q - 1), 0.5) / (spendFit.params.q - 1)).toBeCloseTo(1, 1);
  });

  it('refuses parameters the fit does not identify, naming them, or holds them on request', () => {
    const partial = {
      ...fit,
      notIdentified: { b: 'ran to the boundary' },
      logCovariance: fit.logCovariance.map((row, j) => row.map((v, m) => (j === 3 || m === 3 ? null : v))),
    };
    const e = errorOf(() => drawParameters(partial, { draws: 10, seed: 1 }));
    expect(e.code).toBe('UNDEFINED_RESULT');
    expect(e.message).toContain('`b` (ran to the boundary)');
    expect(e.message).toContain("notIdentified: 'hold'");
    const held = drawParameters(partial, { draws: 10, seed: 1, notIdentified: 'hold' });
    expect(held.held).toEqual(['b']);
    expect(new Set(held.columns.b)).toEqual(new Set([fit.params.b]));
    expect(new Set(held.columns.r).size).toBe(10);
  });

  it('rejects a fit without covariance and bad options', () => {
    expect(errorOf(() => drawParameters({ model: 'bgNbd', params: fit.params } as never, { draws: 10, seed: 1 })).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => drawParameters(fit, { draws: 0, seed: 1 })).message).toContain('options.draws');
    expect(errorOf(() => drawParameters(fit, { draws: 10, seed: Number.NaN })).message).toContain('options.seed');
    expect(errorOf(() => drawParameters(fit, { draws: 10, seed: 1, notIdentified: 'drop' as never })).message).toContain('options.notIdentified');
  });
});
