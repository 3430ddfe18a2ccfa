import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/special/logGamma';
import { createRandom } from '../../../src/core/random/createRandom';
import { samplePoisson } from '../../../src/core/random/samplePoisson';
import { chiSquareCritical9999, chiSquareDiscrete, draw, expectMoments } from './moments';

const pmf = (mean: number) => (k: number) => Math.exp(-mean + k * Math.log(mean) - logGamma(k + 1));

describe('samplePoisson', () => {
  it('matches the documented examples', () => {
    expect(samplePoisson(createRandom(42), 3)).toBe(1);
    expect(samplePoisson(createRandom(42), 1000)).toBe(969);
  });
  it.each([0.001, 0.5, 3, 9.99, 10, 37.5, 1000, 1e7])('mean %d: integer draws, mean and variance within 5 SE', (mean) => {
    const random = createRandom(Math.round(mean * 100) + 1);
    const draws = draw(100_000, () => samplePoisson(random, mean));
    expect(draws.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expectMoments(draws, mean, mean, 3 + 1 / mean);
  });
  it.each([
    [3, 20],
    [9.99, 35],
    [10, 35],
    [25, 60],
  ])('mean %d: chi-square goodness of fit against the pmf (inversion and PTRS)', (mean, maxK) => {
    const random = createRandom(77);
    const { statistic, df } = chiSquareDiscrete(draw(100_000, () => samplePoisson(random, mean)), pmf(mean), maxK);
    expect(statistic).toBeLessThan(chiSquareCritical9999(df));
  });
  it('returns 0 for mean 0 and NaN for impossible means', () => {
    const random = createRandom(1);
    expect(samplePoisson(random, 0)).toBe(0);
    expect(samplePoisson(random, -1)).toBeNaN();
    expect(samplePoisson(random, Number.NaN)).toBeNaN();
    expect(samplePoisson(random, Number.POSITIVE_INFINITY)).toBeNaN();
  });
});
