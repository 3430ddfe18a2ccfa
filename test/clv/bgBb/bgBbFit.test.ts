/**
 * Fitting BG/BB with `fitModel`: parameter recovery on 50,000 customers simulated by the seeded
 * `simulateBgBb` (every estimate within 3 standard errors of the truth) in two regimes, and weighted
 * (recency/frequency table) data giving the same fit as the exploded rows.
 */
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../../src/clv/bgBb/index';
import type { BgBbParams } from '../../../src/clv/bgBb/index';
import { fitModel } from '../../../src/clv/fitModel';
import { simulateBgBb } from '../../../src/testing/simulateBgBb';

const regimes: { truth: BgBbParams; n: number; seed: number }[] = [
  { truth: { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 }, n: 6, seed: 11 },
  { truth: { alpha: 0.4, beta: 3, gamma: 2.5, delta: 8 }, n: 12, seed: 12 },
];

describe('bgBb parameter recovery', () => {
  for (const { truth, n, seed } of regimes) {
    it(`recovers ${JSON.stringify(truth)} from 50,000 customers with n = ${n}`, () => {
      const data = simulateBgBb(truth, { customers: 50_000, opportunities: n, seed });
      const fit = fitModel(bgBb, data);
      expect(fit.converged).toBe(true);
      expect(fit.n).toBe(50_000);
      for (const name of bgBb.parameterNames) {
        const se = fit.standardErrors[name];
        expect(se).toBeGreaterThan(0);
        expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * se!);
      }
    });
  }

  it('a weighted recency/frequency table gives the same fit as the exploded rows', () => {
    const data = simulateBgBb(regimes[0]!.truth, { customers: 3_000, opportunities: 6, seed: 5 });
    const table = new Map<string, { frequency: number; recency: number; n: number; weight: number }>();
    for (const c of data) {
      const key = `${c.frequency},${c.recency}`;
      const row = table.get(key);
      if (row === undefined) table.set(key, { frequency: c.frequency, recency: c.recency, n: 6, weight: 1 });
      else row.weight++;
    }
    const exploded = fitModel(bgBb, data);
    const weighted = fitModel(bgBb, [...table.values()]);
    expect(weighted.rows).toBe(table.size);
    for (const name of bgBb.parameterNames) {
      expect(Math.abs(weighted.params[name] - exploded.params[name])).toBeLessThan(1e-6 * exploded.params[name]);
    }
    expect(Math.abs(weighted.logLikelihood - exploded.logLikelihood)).toBeLessThan(1e-8 * Math.abs(exploded.logLikelihood));
  });
});
