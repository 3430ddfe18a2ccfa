import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleExponential } from '../../../src/core/random/sampleExponential';
import { draw, expectMoments, ksStatistic, KS_CRITICAL_001 } from './moments';

describe('sampleExponential', () => {
  it('matches the documented example', () => {
    expect(sampleExponential(createRandom(42), 2)).toBe(0.10675904559824073);
  });
  it.each([0.01, 1, 50])('rate %d: mean 1/rate, variance 1/rate², KS', (rate) => {
    const random = createRandom(21);
    const draws = draw(100_000, () => sampleExponential(random, rate));
    expectMoments(draws, 1 / rate, 1 / rate ** 2, 9);
    expect(ksStatistic(draws, (x) => 1 - Math.exp(-rate * x))).toBeLessThan(KS_CRITICAL_001);
  });
  it('returns NaN for a rate that is not positive and finite', () => {
    const random = createRandom(1);
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(sampleExponential(random, rate)).toBeNaN();
  });
});
