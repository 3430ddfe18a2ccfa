/**
 * Pareto/NBD on 20,000 unique rows or more starts from a subsample's estimate (`subsampleStart`): one full
 * run instead of one per fixed start. Reference: the fit from both fixed starts, which must reach the same
 * optimum (same log-likelihood to 1e-4, the tolerance of fitModel's multi-start agreement).
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { evaluateLikelihood } from '../../../src/clv/paretoNbd/evaluateLikelihood';
import { subsampleStart } from '../../../src/clv/internal/subsampleStart';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';

const fixedStarts = [
  { r: 1, alpha: 1, s: 1, beta: 1 },
  { r: 0.5, alpha: 0.5, s: 2, beta: 4 },
];

describe('paretoNbd subsample start', () => {
  it('reaches the optimum of the fixed starts on 25,000 customers', () => {
    const data = simulateParetoNbd({ r: 0.55, alpha: 10, s: 0.6, beta: 12 }, { customers: 25_000, seed: 11, T: 365, birthWindow: 364 });
    const fit = fitModel(paretoNbd, data);
    expect(fit.rows).toBeGreaterThanOrEqual(20_000);
    expect(fit.starts).toHaveLength(1);
    expect(fit.converged).toBe(true);
    const reference = fitModel({ ...paretoNbd, startingPoints: () => fixedStarts }, data);
    expect(reference.starts).toHaveLength(2);
    expect(Math.abs(fit.logLikelihood - reference.logLikelihood)).toBeLessThan(1e-4);
    for (const name of paretoNbd.parameterNames) {
      expect(Math.abs(fit.params[name] / reference.params[name] - 1)).toBeLessThan(1e-3);
    }
  });

  it('keeps the fixed starts on small data, and gives null when no run ends finite', () => {
    const small = paretoNbd.compress(simulateParetoNbd({ r: 0.55, alpha: 10, s: 0.6, beta: 12 }, { customers: 500, seed: 13, T: 52, birthWindow: 12 }), 'test');
    expect(paretoNbd.startingPoints(small)).toEqual(fixedStarts);
    expect(subsampleStart(small, [{ r: Number.NaN, alpha: 1, s: 1, beta: 1 }], paretoNbd.parameterNames, evaluateLikelihood)).toBeNull();
  });
});
