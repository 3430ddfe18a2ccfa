/**
 * BG/NBD. Reference values:
 * - Fader, Hardie & Lee (2005), Marketing Science 24(2): CDNOW-sample MLE r = 0.243, α = 4.414, a = 0.793,
 *   b = 2.426, LL = −9582.4; predictions as asserted by CamDavidsonPilon/lifetimes' test suite and listed in
 *   docs/clv.md §2.1.
 * - mpmath (40 digits) values from scripts/fixtures/clv_continuous_cdnow.py (fixture
 *   test/fixtures/cdnow-summary/calibration.json), computed from the textbook 2F1 formulas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { errorOf } from '../../hardening/errorOf';
import { fitModel } from '../../../src/clv/fitModel';
import { betaExpectation } from '../shared/betaExpectation';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleBeta } from '../../../src/core/random/sampleBeta';
import { sampleExponential } from '../../../src/core/random/sampleExponential';
import { sampleGamma } from '../../../src/core/random/sampleGamma';
import { simulateBgNbd } from '../../../src/testing/simulateBgNbd';
import { cdnowCalibration, cdnowFixture } from './cdnowSummary';
import { describeCurveIdentity } from '../shared/describeCurveIdentity';
import { pmfMoments } from '../shared/pmfMoments';

const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const reference = cdnowFixture.reference.bgNbd!;

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

describe('bgNbd on the CDNOW sample (Fader, Hardie & Lee 2005)', () => {
  const fit = fitModel(bgNbd, cdnowCalibration);

  it('reproduces the published estimates to three decimals and LL −9582.43', () => {
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(2357);
    expect(Math.abs(fit.params.r - 0.243)).toBeLessThan(5e-4);
    expect(Math.abs(fit.params.alpha - 4.414)).toBeLessThan(5e-4);
    expect(Math.abs(fit.params.a - 0.793)).toBeLessThan(5e-4);
    expect(Math.abs(fit.params.b - 2.426)).toBeLessThan(5e-4);
    expect(Math.abs(fit.logLikelihood - -9582.43)).toBeLessThan(0.01);
    expect(fit.gradientNorm).toBeLessThan(1e-6);
  });

  it('reports standard errors, intervals and information criteria consistently', () => {
    for (const name of bgNbd.parameterNames) {
      const se = fit.standardErrors[name];
      expect(se).toBeGreaterThan(0);
      const [lo, hi] = fit.confidenceIntervals[name]!;
      expect(lo).toBeLessThan(fit.params[name]);
      expect(hi).toBeGreaterThan(fit.params[name]);
      // exp(θ ± z SE_θ): the geometric mean of the bounds is the estimate.
      expect(Math.sqrt(lo * hi)).toBeCloseTo(fit.params[name], 10);
    }
    // SE(r) ≈ 0.0126 on CDNOW (the Hessian at the MLE; lifetimes reports the same figure).
    expect(fit.standardErrors.r).toBeGreaterThan(0.012);
    expect(fit.standardErrors.r).toBeLessThan(0.013);
    expect(fit.aic).toBeCloseTo(8 - 2 * fit.logLikelihood, 8);
    expect(fit.bic).toBeCloseTo(4 * Math.log(2357) - 2 * fit.logLikelihood, 8);
  });

  it('gives the published E[X(t)] at its own MLE (lifetimes test values, 4 dp; 3 dp at t = 78)', () => {
    const cases: [number, number, number][] = [
      [0.1429, 0.0078, 1e-4],
      [1, 0.0532, 1e-4],
      [3, 0.1506, 1e-4],
      [31.8571, 1.0405, 1e-4],
      [32, 1.0437, 1e-4],
      [78, 1.858, 1e-3],
    ];
    for (const [t, expected, tol] of cases) {
      expect(Math.abs(bgNbd.expectedPurchases(fit.params, t) - expected)).toBeLessThanOrEqual(tol / 2 + 1e-12);
    }
  });

  it('gives E[Y(39) | 2, 30.43, 38.86] = 1.226 at the rounded parameters', () => {
    const value = bgNbd.conditionalExpectedPurchases(published, { frequency: 2, recency: 30.43, T: 38.86 }, 39);
    expect(Math.abs(value - 1.226)).toBeLessThan(1e-3);
  });

  it('gives the published pmf values at exactly (0.243, 4.414, 0.793, 2.426)', () => {
    expect(relativeError(bgNbd.probabilityOfPurchases(published, 10, 2), 1.07869e-7)).toBeLessThan(1e-5);
    expect(Math.abs(bgNbd.probabilityOfPurchases(published, 0, 39) - 0.5737864)).toBeLessThan(1e-7);
    const expected = [
      0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913,
      0.0003467171, 0.0002769613, 0.000222226,
    ];
    expected.forEach((p, i) => {
      expect(Math.abs(bgNbd.probabilityOfPurchases(published, 11 + i, 30) - p)).toBeLessThan(1e-10);
    });
  });

  it('gives P(alive | x = 1000, t_x = 10, T = 100) = 0 without overflow', () => {
    const p = bgNbd.probabilityAlive(published, { frequency: 1000, recency: 10, T: 100 });
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-300);
    const e = bgNbd.conditionalExpectedPurchases(published, { frequency: 1000, recency: 10, T: 100 }, 39);
    expect(Number.isFinite(e)).toBe(true);
    expect(e).toBeLessThan(1e-290);
  });
});

describe('bgNbd against mpmath (40-digit textbook formulas)', () => {
  const [r, alpha, a, b] = reference.params;
  const params = { r, alpha, a, b };

  it('matches the total CDNOW log-likelihood to 1e-9', () => {
    const compressed = bgNbd.compress(cdnowCalibration, 'test');
    expect(Math.abs(bgNbd.logLikelihood(params, compressed) - reference.cdnowLogLikelihood)).toBeLessThan(1e-9);
  });

  it('matches per-customer log-likelihood, P(alive) and E[Y(39)] to 1e-12 relative', () => {
    for (const c of reference.customers) {
      const customer = { frequency: c.x, recency: c.txDays / 7, T: c.TDays / 7 };
      expect(relativeError(bgNbd.logLikelihoodOf(params, customer), c.logLikelihood)).toBeLessThan(1e-12);
      expect(relativeError(bgNbd.probabilityAlive(params, customer), c.probabilityAlive)).toBeLessThan(1e-12);
      expect(relativeError(bgNbd.conditionalExpectedPurchases(params, customer, 39), c.conditionalExpected39)).toBeLessThan(1e-11);
    }
  });

  it('matches E[X(t)] and P(X(t) = n) to 1e-11 relative', () => {
    for (const [t, value] of Object.entries(reference.expectedPurchases)) {
      expect(relativeError(bgNbd.expectedPurchases(params, Number(t)), value)).toBeLessThan(1e-11);
    }
    for (const [t, values] of Object.entries(reference.probabilityOfPurchases)) {
      values.forEach((p, n) => {
        expect(relativeError(bgNbd.probabilityOfPurchases(params, n, Number(t)), p)).toBeLessThan(1e-10);
      });
    }
  });

  it('returns arrays for arrays, in order', () => {
    const customers = reference.customers.map((c) => ({ frequency: c.x, recency: c.txDays / 7, T: c.TDays / 7 }));
    const many = bgNbd.probabilityAlive(params, customers);
    expect(many).toHaveLength(customers.length);
    customers.forEach((c, i) => expect(many[i]).toBe(bgNbd.probabilityAlive(params, c)));
  });
});

describe('bgNbd identities', () => {
  const regimes = [
    { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    { r: 2, alpha: 10, a: 3, b: 5 },
    { r: 0.5, alpha: 1, a: 0.4, b: 0.3 }, // a + b < 1: the 2F1 form has c ≤ 0
    { r: 1.3, alpha: 2, a: 1, b: 4 }, // a = 1 exactly
  ];

  it('pmf sums to 1 and its mean equals E[X(t)]', () => {
    for (const p of regimes) {
      for (const t of [0.5, 5, 20]) {
        const { sum, mean } = pmfMoments((n) => bgNbd.probabilityOfPurchases(p, n, t), 4000, 50);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        expect(relativeError(mean, bgNbd.expectedPurchases(p, t))).toBeLessThan(1e-7);
      }
    }
  });

  it('conditional expectation at x = t_x = T = 0 equals E[X(t)]', () => {
    for (const p of regimes) {
      for (const t of [0.1, 3, 39]) {
        const conditional = bgNbd.conditionalExpectedPurchases(p, { frequency: 0, recency: 0, T: 0 }, t);
        expect(relativeError(conditional, bgNbd.expectedPurchases(p, t))).toBeLessThan(1e-12);
      }
    }
  });

  it('conditional expectation equals the singularity-free integral of docs/clv.md §6', () => {
    const customers = [
      { frequency: 0, recency: 0, T: 30 },
      { frequency: 3, recency: 12, T: 30 },
      { frequency: 40, recency: 29, T: 30 },
    ];
    for (const p of regimes) {
      for (const c of customers) {
        const t = 26;
        const k = p.r + c.frequency;
        const integral = betaExpectation(
          (q) => -Math.expm1(-k * Math.log1p((q * t) / (p.alpha + c.T))) / q,
          p.a,
          p.b + c.frequency,
        );
        const expected = bgNbd.probabilityAlive(p, c) * integral;
        expect(relativeError(bgNbd.conditionalExpectedPurchases(p, c, t), expected)).toBeLessThan(1e-12);
      }
    }
  });

  it('is continuous through a = 1', () => {
    const c = { frequency: 4, recency: 20, T: 35 };
    const at = (a: number) => bgNbd.conditionalExpectedPurchases({ r: 0.8, alpha: 3, a, b: 2 }, c, 52);
    expect(relativeError(at(1), (at(1 - 1e-3) + at(1 + 1e-3)) / 2)).toBeLessThan(1e-5);
    // Series (|a − 1| > 1e-3) and integral (|a − 1| ≤ 1e-3) routes agree where they meet.
    expect(relativeError(at(1 + 1.0001e-3), at(1 + 0.9999e-3))).toBeLessThan(1e-6);
    expect(relativeError(at(1 - 1.0001e-3), at(1 - 0.9999e-3))).toBeLessThan(1e-6);
  });

  it('predictions do not depend on the time unit', () => {
    const week = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const day = { ...week, alpha: week.alpha * 7 };
    const cw = { frequency: 2, recency: 30.43, T: 38.86 };
    const cd = { frequency: 2, recency: 30.43 * 7, T: 38.86 * 7 };
    expect(relativeError(bgNbd.conditionalExpectedPurchases(day, cd, 39 * 7), bgNbd.conditionalExpectedPurchases(week, cw, 39))).toBeLessThan(1e-12);
    expect(relativeError(bgNbd.probabilityAlive(day, cd), bgNbd.probabilityAlive(week, cw))).toBeLessThan(1e-14);
    expect(relativeError(bgNbd.expectedPurchases(day, 70), bgNbd.expectedPurchases(week, 10))).toBeLessThan(1e-12);
    expect(relativeError(bgNbd.probabilityOfPurchases(day, 3, 70), bgNbd.probabilityOfPurchases(week, 3, 10))).toBeLessThan(1e-12);
  });

  it('P(no purchase in (T, T+t]) is 1 at t = 0, falls with t, and equals 1 − P(alive)·(1 − posterior e^{−λt})', () => {
    const c = { frequency: 0, recency: 0, T: 38.86 };
    expect(bgNbd.probabilityNoPurchase(published, c, 0)).toBe(1);
    const p39 = bgNbd.probabilityNoPurchase(published, c, 39);
    expect(p39).toBeLessThan(1);
    expect(p39).toBeCloseTo(Math.pow((published.alpha + 38.86) / (published.alpha + 38.86 + 39), published.r), 14);
    expect(bgNbd.probabilityNoPurchase(published, c, 78)).toBeLessThan(p39);
  });
});

describe('bgNbd robustness', () => {
  it('stays finite and in range at the extremes', () => {
    const param = fc.double({ min: 1e-4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(
        param,
        param,
        param,
        param,
        fc.integer({ min: 0, max: 10000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        (r, alpha, a, b, x, u, T, t) => {
          const p = { r, alpha, a, b };
          const c = { frequency: x, recency: x === 0 ? 0 : u * T, T };
          const alive = bgNbd.probabilityAlive(p, c);
          const ll = bgNbd.logLikelihoodOf(p, c);
          const e = bgNbd.conditionalExpectedPurchases(p, c, t);
          const ex = bgNbd.expectedPurchases(p, t);
          const none = bgNbd.probabilityNoPurchase(p, c, t);
          const pmf = bgNbd.probabilityOfPurchases(p, Math.min(x, 50), t);
          return (
            alive >= 0 &&
            alive <= 1 &&
            Number.isFinite(ll) &&
            Number.isFinite(e) &&
            e >= 0 &&
            Number.isFinite(ex) &&
            ex >= 0 &&
            none >= 0 &&
            none <= 1 &&
            pmf >= 0 &&
            pmf <= 1
          );
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('gives exactly 0 for a horizon of 0', () => {
    expect(bgNbd.expectedPurchases(published, 0)).toBe(0);
    expect(bgNbd.conditionalExpectedPurchases(published, { frequency: 3, recency: 5, T: 9 }, 0)).toBe(0);
    expect(bgNbd.probabilityOfPurchases(published, 0, 0)).toBe(1);
    expect(bgNbd.probabilityOfPurchases(published, 2, 0)).toBe(0);
  });

  it('rejects invalid arguments with messages that name them', () => {
    expect(() => bgNbd.probabilityAlive({ ...published, a: -1 }, { frequency: 1, recency: 1, T: 2 })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`bgNbd.probabilityAlive\`: \`params.a\` must be a finite number greater than 0, got -1]`);
    expect(() => bgNbd.probabilityAlive(published, [{ frequency: 1, recency: 3, T: 2 }])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`bgNbd.probabilityAlive\`: \`customers[0].recency\` must be at most T (2), got 3]`);
    expect(() => bgNbd.probabilityAlive(published, { frequency: 1.5, recency: 1, T: 2 })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`bgNbd.probabilityAlive\`: \`customer.frequency\` must be an integer at least 0, got 1.5]`);
    expect(() => bgNbd.expectedPurchases(published, -1)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`bgNbd.expectedPurchases\`: \`t\` must be a finite number at least 0, got -1]`);
    expect(() => bgNbd.probabilityOfPurchases(published, 1.5, 1)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`bgNbd.probabilityOfPurchases\`: \`n\` must be an integer at least 0, got 1.5]`);
  });
});

describe('bgNbd simulation', () => {
  it('simulated holdout purchases agree with the mean conditional expectation (Monte Carlo)', () => {
    // Simulate calibration (T = 30) and holdout (30, 60] with the model's own story; by the law of total
    // expectation the mean of E[Y(30) | history] equals the mean holdout count.
    const p = { r: 0.6, alpha: 5, a: 0.9, b: 3 };
    const random = createRandom(11);
    const customers = [];
    let holdoutSum = 0;
    let holdoutSq = 0;
    const n = 20000;
    let zeros = 0;
    for (let i = 0; i < n; i++) {
      const lambda = sampleGamma(random, p.r, p.alpha);
      const drop = sampleBeta(random, p.a, p.b);
      let t = 0;
      let x = 0;
      let tx = 0;
      let y = 0;
      for (;;) {
        t += sampleExponential(random, lambda);
        if (t > 60) break;
        if (t <= 30) {
          x++;
          tx = t;
        } else y++;
        if (random.next() < drop) break;
      }
      holdoutSum += y;
      if (y === 0) zeros++;
      holdoutSq += y * y;
      customers.push({ frequency: x, recency: tx, T: 30 });
    }
    const predicted = bgNbd.conditionalExpectedPurchases(p, customers, 30).reduce((s, v) => s + v, 0) / n;
    const mean = holdoutSum / n;
    const se = Math.sqrt((holdoutSq / n - mean * mean) / n);
    expect(Math.abs(predicted - mean)).toBeLessThan(3 * se);
    // P(no purchase in the holdout), averaged, equals the share of simulated customers without one.
    const none = bgNbd.probabilityNoPurchase(p, customers, 30).reduce((s, v) => s + v, 0) / n;
    const share = zeros / n;
    expect(Math.abs(none - share)).toBeLessThan(3 * Math.sqrt((share * (1 - share)) / n));
  });

  it('recovers the parameters of 50,000 simulated customers within three standard errors', () => {
    const regimes = [
      { r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, // a < 1, small r
      { r: 1.5, alpha: 10, a: 2.5, b: 6 }, // a > 1
    ];
    regimes.forEach((truth, k) => {
      const data = simulateBgNbd(truth, { customers: 50000, seed: 100 + k, T: 52, birthWindow: 12 });
      const fit = fitModel(bgNbd, data);
      expect(fit.converged).toBe(true);
      for (const name of bgNbd.parameterNames) {
        expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
      }
    });
  });
});

describeCurveIdentity('bgNbd', bgNbd);

describe('bgNbd: frequencies past 2^53 − 1', () => {
  // Issue 12: logLikelihoodOf gave NaN at a frequency of 1e308 (x ln x overflows); a count past 2^53 is
  // not exact in float64, so every member refuses it, naming itself and the field.
  const params = published;
  it.each(['logLikelihoodOf', 'probabilityAlive', 'conditionalExpectedPurchases', 'probabilityNoPurchase'])('%s refuses 2^53 and 1e308 and stays finite at 2^53 − 1', (member) => {
    const call = (frequency: number): unknown =>
      (bgNbd as unknown as Record<string, (...a: unknown[]) => unknown>)[member]!(params, { frequency, recency: 30, T: 39 }, 10);
    for (const frequency of [2 ** 53, 1e308]) {
      const e = errorOf(() => call(frequency));
      expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', `bgNbd.${member}`, 'customer.frequency', frequency]);
      expect(e.message).toContain('must be at most 2^53 − 1');
    }
    expect(Number.isFinite(call(2 ** 53 - 1))).toBe(true);
  });
});
