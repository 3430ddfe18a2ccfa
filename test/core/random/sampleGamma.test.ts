import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleGamma } from '../../../src/core/random/sampleGamma';
import { draw, expectMoments, ksStatistic, KS_CRITICAL_001, standardNormalCdf } from './moments';

describe('sampleGamma (Marsaglia–Tsang)', () => {
  it('matches the documented example', () => {
    expect(sampleGamma(createRandom(42), 2, 1)).toBe(2.5457000820806917);
  });
  it.each([
    [0.01, 1],
    [0.3, 3],
    [1, 1],
    [2.5, 0.5],
    [100, 2],
    [1e6, 1],
  ])('shape %d, rate %d: mean a/β, variance a/β² within 5 SE (100k draws)', (shape, rate) => {
    const random = createRandom(shape * 1000 + rate);
    const draws = draw(100_000, () => sampleGamma(random, shape, rate));
    expect(draws.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    expectMoments(draws, shape / rate, shape / rate ** 2, 3 + 6 / shape);
  });
  it('passes KS for shape 1 (exponential), 2 and 3 (Erlang) and 0.5 (the boost: X = Z²/2)', () => {
    const random = createRandom(8);
    const n = 20_000;
    const erlang = (k: number) => (x: number) => {
      let term = 1;
      let sum = 1;
      for (let j = 1; j < k; j++) {
        term *= x / j;
        sum += term;
      }
      return 1 - Math.exp(-x) * sum;
    };
    expect(ksStatistic(draw(n, () => sampleGamma(random, 1, 1)), erlang(1))).toBeLessThan(KS_CRITICAL_001);
    expect(ksStatistic(draw(n, () => sampleGamma(random, 2, 1)), erlang(2))).toBeLessThan(KS_CRITICAL_001);
    expect(ksStatistic(draw(n, () => sampleGamma(random, 3, 1)), erlang(3))).toBeLessThan(KS_CRITICAL_001);
    const halfCdf = (x: number) => 2 * standardNormalCdf(Math.sqrt(2 * x)) - 1;
    expect(ksStatistic(draw(n, () => sampleGamma(random, 0.5, 1)), halfCdf)).toBeLessThan(KS_CRITICAL_001);
  });
  it('would fail KS for a wrong shape (the test has power)', () => {
    const random = createRandom(8);
    const erlang2 = (x: number) => 1 - Math.exp(-x) * (1 + x);
    expect(ksStatistic(draw(20_000, () => sampleGamma(random, 2.1, 1)), erlang2)).toBeGreaterThan(KS_CRITICAL_001);
  });
  it('returns NaN for impossible parameters', () => {
    const random = createRandom(1);
    for (const [a, b] of [
      [0, 1],
      [-1, 1],
      [1, 0],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
      [Number.POSITIVE_INFINITY, 1],
    ] as const) {
      expect(sampleGamma(random, a, b)).toBeNaN();
    }
  });
});
