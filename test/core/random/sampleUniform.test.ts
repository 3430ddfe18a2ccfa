import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleUniform } from '../../../src/core/random/sampleUniform';
import { draw, expectMoments, ksStatistic, KS_CRITICAL_001 } from './moments';

describe('sampleUniform', () => {
  it('matches the documented example', () => {
    expect(sampleUniform(createRandom(42), 10, 20)).toBe(11.922624529202904);
  });
  it('has mean (a+b)/2 and variance (b−a)²/12 and passes KS', () => {
    const random = createRandom(1);
    const draws = draw(100_000, () => sampleUniform(random, -3, 5));
    expectMoments(draws, 1, 64 / 12, 1.8);
    expect(ksStatistic(draws, (x) => (x + 3) / 8)).toBeLessThan(KS_CRITICAL_001);
    expect(draws.every((x) => x >= -3 && x < 5)).toBe(true);
  });
  it('returns NaN for impossible bounds and min for a point interval', () => {
    const random = createRandom(1);
    expect(sampleUniform(random, 2, 1)).toBeNaN();
    expect(sampleUniform(random, Number.NaN, 1)).toBeNaN();
    expect(sampleUniform(random, 0, Number.POSITIVE_INFINITY)).toBeNaN();
    expect(sampleUniform(random, 3, 3)).toBe(3);
  });
});
