import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { draw, expectMoments, ksStatistic, KS_CRITICAL_001 } from './moments';

/** Standard normal CDF by the composite Simpson rule on [0, |x|] (2000 panels, error < 1e-12): test-only. */
function phi(x: number): number {
  const a = Math.abs(x);
  const m = 2000;
  const h = a / m;
  let s = 0;
  for (let i = 0; i <= m; i++) {
    const w = i === 0 || i === m ? 1 : i % 2 === 1 ? 4 : 2;
    s += w * Math.exp(-0.5 * (i * h) ** 2);
  }
  const half = (s * h) / 3 / Math.sqrt(2 * Math.PI);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

describe('sampleNormal', () => {
  it('matches the documented example', () => {
    expect(sampleNormal(createRandom(42), 0, 1)).toBe(0.5873274869795773);
  });
  it.each([
    [0, 1],
    [-5, 0.01],
    [1e6, 1e3],
  ])('N(%d, %d²): mean, variance within 5 SE', (mu, sd) => {
    const random = createRandom(11);
    expectMoments(draw(100_000, () => sampleNormal(random, mu, sd)), mu, sd * sd, 3);
  });
  it('passes a Kolmogorov–Smirnov test against Φ', () => {
    const random = createRandom(3);
    const draws = draw(20_000, () => sampleNormal(random, 0, 1));
    expect(ksStatistic(draws, phi)).toBeLessThan(KS_CRITICAL_001);
  });
  it('returns NaN for impossible parameters and the mean for sd = 0', () => {
    const random = createRandom(1);
    expect(sampleNormal(random, 0, -1)).toBeNaN();
    expect(sampleNormal(random, Number.NaN, 1)).toBeNaN();
    expect(sampleNormal(random, 0, Number.POSITIVE_INFINITY)).toBeNaN();
    expect(sampleNormal(random, 4, 0)).toBe(4);
  });
});
