/**
 * simulateGammaGamma: the Gamma-Gamma conditional expected spend is unbiased for the simulated true mean spend
 * (tower property) within Monte-Carlo error.
 */
import { describe, expect, it } from 'vitest';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import { simulateGammaGamma } from '../../src/testing/simulateGammaGamma';

describe('simulateGammaGamma', () => {
  it('the conditional expected spend is unbiased for the true mean spend (tower property)', () => {
    const params = { p: 6.25, q: 3.74, gamma: 15.44 };
    const frequencies = Array.from({ length: 50_000 }, (_, i) => 1 + (i % 6));
    const data = simulateGammaGamma(params, frequencies, { seed: 8 });
    let predicted = 0;
    let truth = 0;
    let truth2 = 0;
    for (const c of data) {
      predicted += gammaGamma.conditionalExpectedSpend(params, c);
      truth += c.meanSpend;
      truth2 += c.meanSpend ** 2;
    }
    const n = data.length;
    const sd = Math.sqrt((truth2 / n - (truth / n) ** 2) / n);
    expect(Math.abs(predicted / n - truth / n)).toBeLessThan(4 * sd);
    expect(simulateGammaGamma(params, [0, 2], { seed: 1 })[0]!.monetaryValue).toBe(0);
  });
});
