/**
 * Coverage of the nominal 90 % parameter-draw intervals (bounded version of
 * `npx tsx scripts/coverage-study.ts`, which runs 200 data sets per model and requires 85–95 %).
 * Data: BG/NBD and Pareto/NBD data sets of 1,000 customers simulated from known parameters with fixed
 * seeds (coverageStudy.ts). For each: the intervals of the four parameters and of the population's
 * expected purchases in a 26-week holdout (truth: Σ E[Y(26) | history] at the true parameters).
 *
 * Tolerance: a binomial one. With R data sets, a coverage estimate from independent outcomes has standard
 * deviation √(0.9 · 0.1 / R). The five intervals of one data set are correlated (r and alpha move
 * together), so R, not 5R, is used: the band 0.9 ± 3√(0.09/R) holds with probability ≥ 99.7 % whatever
 * the correlation. Intervals that are far too wide show as everything covered, which the second check
 * catches: with true coverage 0.9, all 5R outcomes covered has probability ≤ 0.9^R < 1 %.
 */
import { describe, expect, it } from 'vitest';
import { coverageStudy, DESIGNS } from './coverageStudy';

describe('coverage of 90 % intervals on simulated data', () => {
  it('lies within the binomial band for parameters and the population expected purchases', () => {
    const runs = [
      coverageStudy({ ...(DESIGNS[0] as (typeof DESIGNS)[number]), customers: 1000 }, 24, 500, 0.9, 100),
      coverageStudy({ ...(DESIGNS[1] as (typeof DESIGNS)[number]), customers: 1000 }, 12, 700, 0.9, 100),
    ];
    let covered = 0;
    let outcomes = 0;
    let replicates = 0;
    for (const run of runs) {
      expect(run.replicates).toBeGreaterThanOrEqual(run.replicates + run.skipped - 2); // nearly every fit usable
      replicates += run.replicates;
      for (const c of Object.values(run.covered)) {
        covered += c;
        outcomes += run.replicates;
      }
      // The population's expected purchases, per model: at least 3 standard deviations from 0.9 would fail.
      const own = (run.covered.expectedPurchases as number) / run.replicates;
      expect(own).toBeGreaterThanOrEqual(0.9 - 3 * Math.sqrt(0.09 / run.replicates));
    }
    const coverage = covered / outcomes;
    expect(Math.abs(coverage - 0.9)).toBeLessThanOrEqual(3 * Math.sqrt(0.09 / replicates));
    expect(covered).toBeLessThan(outcomes);
  });
});
