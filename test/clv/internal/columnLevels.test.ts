import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { columnLevels } from '../../../src/clv/internal/columnLevels';
import { numericalGradient } from '../../../src/core/optimize/numericalGradient';
import { simulateBgNbd } from '../../../src/testing/index';
import { roundToWholeDays } from '../shared/roundToWholeDays';

describe('columnLevels', () => {
  it('maps every row to its distinct value, in order of first appearance', () => {
    const column = Float64Array.from([3, 1, 3, 2, 1, 3, ...Array.from({ length: 300 }, (_, i) => i % 5)]);
    const levels = columnLevels(column);
    expect(levels).not.toBeNull();
    expect(Array.from(levels?.values ?? [])).toEqual([3, 1, 2, 0, 4]);
    for (let i = 0; i < column.length; i++) expect(levels?.values[levels.index[i] as number]).toBe(column[i]);
  });

  it('declines mostly distinct columns (more than a quarter of the rows distinct)', () => {
    expect(columnLevels(Float64Array.from({ length: 1000 }, (_, i) => i / 7))).toBeNull();
  });
});

// The BG/NBD likelihood takes ln(α+T) and ln(α+t_x) from level tables when the time columns have few
// distinct values (daily data); it must agree with the per-customer log-likelihood and its gradient.
describe('BG/NBD likelihood on daily data (level tables)', () => {
  const daily = roundToWholeDays(simulateBgNbd({ r: 0.4, alpha: 20, a: 0.7, b: 2 }, { customers: 4000, seed: 11, T: 120, birthWindow: 119 }));
  const params = { r: 0.4, alpha: 20, a: 0.7, b: 2 };
  const compressed = bgNbd.compress(daily, 'test');

  it('uses the level tables for these data', () => {
    expect(columnLevels(compressed.columns.T as Float64Array)).not.toBeNull();
    expect(columnLevels(compressed.columns.recency as Float64Array)).not.toBeNull();
  });

  it('equals the sum of the per-customer log-likelihoods', () => {
    const perCustomer = bgNbd.logLikelihoodOf(params, daily).reduce((s, v) => s + v, 0);
    expect(bgNbd.logLikelihood(params, compressed)).toBeCloseTo(perCustomer, 7);
  });

  it('has the gradient of the log-likelihood in log-parameters', () => {
    const theta = [params.r, params.alpha, params.a, params.b].map(Math.log);
    const f = (t: ArrayLike<number>) =>
      bgNbd.logLikelihood({ r: Math.exp(t[0] as number), alpha: Math.exp(t[1] as number), a: Math.exp(t[2] as number), b: Math.exp(t[3] as number) }, compressed);
    const numeric = numericalGradient(f, theta);
    const analytic = bgNbd.logLikelihoodGradient(params, compressed);
    for (let j = 0; j < 4; j++) expect(analytic[j] as number).toBeCloseTo(numeric[j] as number, 3);
  });
});
