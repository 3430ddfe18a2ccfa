// Issue 12, items 4 (R12, R14): finite inputs give finite answers or a typed error stating the supported
// range. Reference values: mpmath 1.3 at 40 digits (the series summed term by term until below 1e-30 of
// the sum; the same values as the closed forms where mpmath's 2F1 converges).
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import { nps } from '../../src/satisfaction/nps';
import { csat } from '../../src/satisfaction/csat';
import { sampleSizeProportion } from '../../src/satisfaction/sampleSizeProportion';
import { sampleSizeMean } from '../../src/satisfaction/sampleSizeMean';
import { errorOf } from './errorOf';

const close = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(rel);

describe('sBG discounted residual lifetime (R12)', () => {
  it('is finite and right for alpha = beta = 1e-4 after a million renewals', () => {
    // mpmath: (β+n−1)/(α+β+n−1) · Σ_k (β+n)_k/(α+β+n)_k z^k, z = 1/1.1, n = 1e6 + 1
    close(shiftedBetaGeometric.discountedExpectedResidualLifetime({ alpha: 1e-4, beta: 1e-4 }, 1e6, 0.1), 10.99999998790012101, 1e-13);
    close(shiftedBetaGeometric.discountedExpectedResidualLifetime({ alpha: 2, beta: 3 }, 4, 0.1), 3.344696970460753554, 1e-13);
  });

  it('stays finite over a grid of parameters, tenures and rates, or refuses the rate', () => {
    const values = [1e-4, 0.03, 0.5, 1, 2, 3.7, 1e4];
    for (const alpha of values) {
      for (const beta of values) {
        for (const renewals of [0, 7, 1e6, 2 ** 53]) {
          for (const d of [1e-4, 0.1, 10]) {
            const v = shiftedBetaGeometric.discountedExpectedResidualLifetime({ alpha, beta }, renewals, d);
            expect(Number.isFinite(v) && v > 0, `${alpha} ${beta} ${renewals} ${d}: ${v}`).toBe(true);
          }
        }
        expect(Number.isFinite(shiftedBetaGeometric.discountedExpectedLifetime({ alpha, beta }, 1e-4))).toBe(true);
      }
    }
  });

  it('refuses discount rates below the supported 1e-4 with a typed error', () => {
    for (const f of [
      () => shiftedBetaGeometric.discountedExpectedResidualLifetime({ alpha: 1e-4, beta: 1e-4 }, 1e9, 1e-6),
      () => shiftedBetaGeometric.discountedExpectedLifetime({ alpha: 0.5, beta: 1e300 }, 1e-6),
      () => shiftedBetaGeometric.discountedExpectedLifetime({ alpha: 0.5, beta: 1 }, 5e-324),
    ]) {
      const e = errorOf(f);
      expect([e.code, e.argument]).toEqual(['INVALID_ARGUMENT', 'discountRate']);
      expect(e.message).toContain('at least 0.0001 (the supported range)');
    }
  });

  it('refuses parameters above 1e300 (their sum would overflow) with a typed error', () => {
    const e = errorOf(() => shiftedBetaGeometric.survival({ alpha: 1e308, beta: 1e308 }, 1e6));
    expect(e.message).toBe('`shiftedBetaGeometric.survival`: `params.alpha` must be at most 1e300 (the supported range), got 1e+308');
  });
});

describe('BG/BB at the edges (R14)', () => {
  it('P(alive) is a probability for beta = 5e-324 (beta + n − x no longer rounds to 0)', () => {
    const params = { alpha: 1.2, beta: 5e-324, gamma: 0.66, delta: 2.78 };
    const p = bgBb.probabilityAlive(params, { frequency: 6, recency: 6, n: 6 });
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    expect(Number.isFinite(bgBb.logLikelihoodOf(params, { frequency: 6, recency: 6, n: 6 }))).toBe(true);
  });

  it('discounted residual purchases are finite at a million opportunities', () => {
    const v = bgBb.discountedExpectedResidualPurchases(
      { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 },
      { frequency: 2, recency: 3, n: 1e6 },
      0.1,
    );
    expect(Number.isFinite(v) && v > 0).toBe(true);
  });
});

describe('weights and margins near the float limits (R14)', () => {
  it('nps: a weight of 1e308 gives a finite effective sample size', () => {
    const r = nps([10, 9, 0], { weights: [1e308, 1, 1] });
    expect(r.effectiveSampleSize).toBeCloseTo(1, 12);
    expect(Number.isFinite(r.standardError)).toBe(true);
    expect(csat([5, 4, 1], { weights: [1e308, 1e300, 1] }).effectiveSampleSize).toBeCloseTo(1.00000002, 12); // (1 + 1e-8)² / (1 + 1e-16)
  });

  it('nps: weights whose sum overflows are refused, naming the weights', () => {
    const e = errorOf(() => nps([10, 9, 0], { weights: [1e308, 1e308, 1] }));
    expect([e.code, e.fn, e.argument]).toEqual(['INVALID_ARGUMENT', 'nps', 'options.weights']);
  });

  it('sample sizes: a margin of error of 5e-324 is refused instead of returning Infinity', () => {
    const e = errorOf(() => sampleSizeProportion({ marginOfError: 5e-324 }));
    expect(e.message).toBe(
      '`sampleSizeProportion`: `options.marginOfError` must be large enough for a finite sample size (the size needed overflows), got 5e-324',
    );
    expect(errorOf(() => sampleSizeMean({ marginOfError: 5e-324, standardDeviation: 1 })).argument).toBe('options.marginOfError');
  });
});
