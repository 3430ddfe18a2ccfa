/**
 * Pareto/NBD parameter recovery (docs/clv.md §7.1): 50,000 customers simulated by `simulateParetoNbd` with
 * fixed seeds, births spread over a 12-week window, 52 weeks of observation; every estimate must lie
 * within three standard errors of the truth. This file: small r, s < 1, α < β;
 * paretoNbdRecoveryHighDropout.test.ts: s > 1, α > β (one regime per file keeps each file short).
 */
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';

const regimes = [{ r: 0.3, alpha: 2, s: 0.4, beta: 30 }];

describe('paretoNbd parameter recovery', () => {
  it.each(regimes.map((truth, k) => [JSON.stringify(truth), truth, k] as const))('recovers %s', (_, truth, k) => {
    const data = simulateParetoNbd(truth, { customers: 50000, seed: 300 + k, T: 52, birthWindow: 12 });
    const fit = fitModel(paretoNbd, data);
    expect(fit.converged).toBe(true);
    for (const name of paretoNbd.parameterNames) {
      expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
    }
  });
});
