import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleGeometric } from '../../../src/core/random/sampleGeometric';
import { chiSquareCritical9999, chiSquareDiscrete, draw, expectMoments } from './moments';

describe('sampleGeometric (trials until first success)', () => {
  it('matches the documented examples', () => {
    expect(sampleGeometric(createRandom(42), 0.2)).toBe(1);
    expect(sampleGeometric(createRandom(7), 0.2)).toBe(11);
  });
  it.each([0.9, 0.5, 0.2, 1e-3])('p = %d: support ≥ 1, mean 1/p, variance (1−p)/p² within 5 SE', (p) => {
    const random = createRandom(p * 1e4);
    const draws = draw(100_000, () => sampleGeometric(random, p));
    expect(draws.every((x) => Number.isInteger(x) && x >= 1)).toBe(true);
    expectMoments(draws, 1 / p, (1 - p) / p ** 2, 9 + p ** 2 / (1 - p));
  });
  it('fits the pmf p(1−p)^(k−1) (chi-square, p = 0.3)', () => {
    const random = createRandom(12);
    const p = 0.3;
    const pmf = (k: number) => (k < 1 ? 0 : p * (1 - p) ** (k - 1));
    const { statistic, df } = chiSquareDiscrete(draw(100_000, () => sampleGeometric(random, p)), pmf, 30);
    expect(statistic).toBeLessThan(chiSquareCritical9999(df));
  });
  it('returns 1 for p = 1 and NaN for p outside (0, 1]', () => {
    const random = createRandom(1);
    expect(sampleGeometric(random, 1)).toBe(1);
    for (const p of [0, -0.1, 1.1, Number.NaN]) expect(sampleGeometric(random, p)).toBeNaN();
  });
});
