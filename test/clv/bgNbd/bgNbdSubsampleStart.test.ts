/**
 * BG/NBD on 20,000 unique rows or more starts from a subsample's estimate (`subsampleStart`). Reference: the
 * fit from the fixed start `{1, 1, 1, 1}`, which must reach the same optimum (log-likelihood to 1e-4).
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { fitModel } from '../../../src/clv/fitModel';
import { simulateBgNbd } from '../../../src/testing/simulateBgNbd';

describe('bgNbd subsample start', () => {
  it('reaches the optimum of the fixed start on 40,000 customers', () => {
    const data = simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 40_000, seed: 21, T: 365, birthWindow: 364 });
    const fit = fitModel(bgNbd, data);
    expect(fit.rows).toBeGreaterThanOrEqual(20_000);
    expect(fit.converged).toBe(true);
    // A data-derived start, not {1, 1, 1, 1} in rescaled time (alpha = timeScale in the data's unit).
    expect(fit.starts[0]!.start.r).not.toBe(1);
    const reference = fitModel({ ...bgNbd, startingPoints: () => [{ r: 1, alpha: 1, a: 1, b: 1 }] }, data);
    expect(Math.abs(fit.logLikelihood - reference.logLikelihood)).toBeLessThan(1e-4);
    for (const name of bgNbd.parameterNames) {
      expect(Math.abs(fit.params[name] / reference.params[name] - 1)).toBeLessThan(1e-3);
    }
  });

  it('keeps the fixed start on small data', () => {
    const small = bgNbd.compress(simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 500, seed: 22, T: 365, birthWindow: 364 }), 'test');
    expect(bgNbd.startingPoints(small)).toEqual([{ r: 1, alpha: 1, a: 1, b: 1 }]);
  });
});
