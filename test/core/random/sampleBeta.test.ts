import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleBeta } from '../../../src/core/random/sampleBeta';
import { draw, expectMoments, ksStatistic, KS_CRITICAL_001 } from './moments';

function betaKurtosis(a: number, b: number): number {
  const excess = (6 * ((a - b) ** 2 * (a + b + 1) - a * b * (a + b + 2))) / (a * b * (a + b + 2) * (a + b + 3));
  return 3 + excess;
}

describe('sampleBeta', () => {
  it('matches the documented example', () => {
    expect(sampleBeta(createRandom(42), 2, 3)).toBe(0.5870936361651904);
  });
  it.each([
    [0.01, 0.01],
    [0.05, 5],
    [0.5, 0.5],
    [2, 3],
    [1000, 3000],
  ])('Beta(%d, %d): mean and variance within 5 SE, draws in [0, 1]', (a, b) => {
    const random = createRandom(a * 7 + b);
    const draws = draw(100_000, () => sampleBeta(random, a, b));
    expect(draws.every((x) => x >= 0 && x <= 1)).toBe(true);
    const mean = a / (a + b);
    const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expectMoments(draws, mean, variance, betaKurtosis(a, b));
  });
  it('passes KS for Beta(2, 3) (polynomial CDF) and Beta(½, ½) (arcsine law)', () => {
    const random = createRandom(4);
    const cdf23 = (x: number) => 6 * x * x * (1 - x) ** 2 + 4 * x ** 3 * (1 - x) + x ** 4;
    expect(ksStatistic(draw(20_000, () => sampleBeta(random, 2, 3)), cdf23)).toBeLessThan(KS_CRITICAL_001);
    const arcsine = (x: number) => (2 / Math.PI) * Math.asin(Math.sqrt(x));
    expect(ksStatistic(draw(20_000, () => sampleBeta(random, 0.5, 0.5)), arcsine)).toBeLessThan(KS_CRITICAL_001);
  });
  it('returns NaN for impossible shapes', () => {
    const random = createRandom(1);
    expect(sampleBeta(random, 0, 1)).toBeNaN();
    expect(sampleBeta(random, 1, -2)).toBeNaN();
    expect(sampleBeta(random, Number.NaN, 1)).toBeNaN();
  });
});
