import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/special/logGamma';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleBinomial } from '../../../src/core/random/sampleBinomial';
import { chiSquareCritical9999, chiSquareDiscrete, draw, expectMoments } from './moments';

const pmf = (n: number, p: number) => (k: number) =>
  k > n ? 0 : Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));

describe('sampleBinomial', () => {
  it('matches the documented examples', () => {
    expect(sampleBinomial(createRandom(42), 10, 0.3)).toBe(2);
    expect(sampleBinomial(createRandom(42), 1000, 0.5)).toBe(484);
  });
  it.each([
    [1, 0.5],
    [10, 0.3],
    [100, 0.05],
    [100, 0.5],
    [1000, 0.97],
    [50, 0.999],
    [1_000_000, 0.3],
  ])('n = %d, p = %d: draws in [0, n], mean np and variance np(1−p) within 5 SE', (n, p) => {
    const random = createRandom(n + p * 1000);
    const draws = draw(100_000, () => sampleBinomial(random, n, p));
    expect(draws.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
    const q = 1 - p;
    expectMoments(draws, n * p, n * p * q, 3 + (1 - 6 * p * q) / (n * p * q));
  });
  it.each([
    [10, 0.3],
    [40, 0.5],
    [200, 0.8],
  ])('n = %d, p = %d: chi-square goodness of fit against the pmf (inversion, BTRS, reflected BTRS)', (n, p) => {
    const random = createRandom(5);
    const { statistic, df } = chiSquareDiscrete(draw(100_000, () => sampleBinomial(random, n, p)), pmf(n, p), n);
    expect(statistic).toBeLessThan(chiSquareCritical9999(df));
  });
  it('handles the edges and returns NaN for impossible parameters', () => {
    const random = createRandom(1);
    expect(sampleBinomial(random, 0, 0.5)).toBe(0);
    expect(sampleBinomial(random, 7, 0)).toBe(0);
    expect(sampleBinomial(random, 7, 1)).toBe(7);
    expect(sampleBinomial(random, -1, 0.5)).toBeNaN();
    expect(sampleBinomial(random, 2.5, 0.5)).toBeNaN();
    expect(sampleBinomial(random, 5, 1.5)).toBeNaN();
    expect(sampleBinomial(random, 5, Number.NaN)).toBeNaN();
  });
});
