/**
 * MBG/NBD. No published table exists for this model on CDNOW: reference values are mpmath (40-digit)
 * evaluations of the formulas of docs/clv.md §2.2 by scripts/fixtures/clv_continuous_cdnow.py (fixture
 * test/fixtures/cdnow-summary/calibration.json, at the arbitrary test point r = 0.525, α = 6.183,
 * a = 0.891, b = 1.614), plus identities, a Monte-Carlo check and parameter recovery on simulated data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { betaExpectation } from '../shared/betaExpectation';
import { mbgNbd } from '../../../src/clv/mbgNbd/index';
import { errorOf } from '../../hardening/errorOf';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleBeta } from '../../../src/core/random/sampleBeta';
import { sampleExponential } from '../../../src/core/random/sampleExponential';
import { sampleGamma } from '../../../src/core/random/sampleGamma';
import { simulateMbgNbd } from '../../../src/testing/simulateMbgNbd';
import { cdnowCalibration, cdnowFixture } from '../bgNbd/cdnowSummary';
import { describeCurveIdentity } from '../shared/describeCurveIdentity';
import { pmfMoments } from '../shared/pmfMoments';

const reference = cdnowFixture.reference.mbgNbd!;
const [r0, alpha0, a0, b0] = reference.params;
const params = { r: r0, alpha: alpha0, a: a0, b: b0 };

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

describe('mbgNbd against mpmath', () => {
  it('matches the total CDNOW log-likelihood to 1e-9', () => {
    const compressed = mbgNbd.compress(cdnowCalibration, 'test');
    expect(Math.abs(mbgNbd.logLikelihood(params, compressed) - reference.cdnowLogLikelihood)).toBeLessThan(1e-9);
  });

  it('matches per-customer log-likelihood, P(alive) and E[Y(39)]', () => {
    for (const c of reference.customers) {
      const customer = { frequency: c.x, recency: c.txDays / 7, T: c.TDays / 7 };
      expect(relativeError(mbgNbd.logLikelihoodOf(params, customer), c.logLikelihood)).toBeLessThan(1e-12);
      expect(relativeError(mbgNbd.probabilityAlive(params, customer), c.probabilityAlive)).toBeLessThan(1e-12);
      expect(relativeError(mbgNbd.conditionalExpectedPurchases(params, customer, 39), c.conditionalExpected39)).toBeLessThan(1e-11);
    }
  });

  it('matches E[X(t)] and P(X(t) = n)', () => {
    for (const [t, value] of Object.entries(reference.expectedPurchases)) {
      expect(relativeError(mbgNbd.expectedPurchases(params, Number(t)), value)).toBeLessThan(1e-11);
    }
    for (const [t, values] of Object.entries(reference.probabilityOfPurchases)) {
      values.forEach((p, n) => {
        expect(relativeError(mbgNbd.probabilityOfPurchases(params, n, Number(t)), p)).toBeLessThan(1e-10);
      });
    }
  });

  it('fits CDNOW and converges; one-time buyers can be inactive', () => {
    const fit = fitModel(mbgNbd, cdnowCalibration);
    expect(fit.converged).toBe(true);
    expect(fit.gradientNorm).toBeLessThan(1e-6);
    // The MLE beats the arbitrary reference point.
    expect(fit.logLikelihood).toBeGreaterThan(reference.cdnowLogLikelihood);
    const alive = mbgNbd.probabilityAlive(fit.params, { frequency: 0, recency: 0, T: 38 });
    expect(alive).toBeLessThan(1);
    expect(alive).toBeGreaterThan(0);
  });
});

describe('mbgNbd identities', () => {
  const regimes = [
    params,
    { r: 2, alpha: 10, a: 3, b: 5 },
    { r: 0.5, alpha: 1, a: 0.4, b: 0.3 },
    { r: 1.3, alpha: 2, a: 1, b: 4 },
  ];

  it('pmf sums to 1 and its mean equals E[X(t)]', () => {
    for (const p of regimes) {
      for (const t of [0.5, 5, 20]) {
        const { sum, mean } = pmfMoments((n) => mbgNbd.probabilityOfPurchases(p, n, t), 4000, 50);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        expect(relativeError(mean, mbgNbd.expectedPurchases(p, t))).toBeLessThan(1e-7);
      }
    }
  });

  it('conditional expectation at x = t_x = T = 0 equals E[X(t)]', () => {
    for (const p of regimes) {
      for (const t of [0.1, 3, 39]) {
        const conditional = mbgNbd.conditionalExpectedPurchases(p, { frequency: 0, recency: 0, T: 0 }, t);
        expect(relativeError(conditional, mbgNbd.expectedPurchases(p, t))).toBeLessThan(1e-12);
      }
    }
  });

  it('conditional expectation equals the singularity-free integral', () => {
    const customers = [
      { frequency: 0, recency: 0, T: 30 },
      { frequency: 3, recency: 12, T: 30 },
      { frequency: 40, recency: 29, T: 30 },
    ];
    for (const p of regimes.slice(0, 3)) {
      for (const c of customers) {
        const t = 26;
        const k = p.r + c.frequency;
        const integral = betaExpectation(
          (q) => -Math.expm1(-k * Math.log1p((q * t) / (p.alpha + c.T))) / q,
          p.a,
          p.b + c.frequency + 1,
        );
        const expected = mbgNbd.probabilityAlive(p, c) * integral;
        expect(relativeError(mbgNbd.conditionalExpectedPurchases(p, c, t), expected)).toBeLessThan(1e-12);
      }
    }
  });

  it('is continuous through a = 1', () => {
    const c = { frequency: 4, recency: 20, T: 35 };
    const at = (a: number) => mbgNbd.conditionalExpectedPurchases({ r: 0.8, alpha: 3, a, b: 2 }, c, 52);
    expect(relativeError(at(1), (at(1 - 1e-3) + at(1 + 1e-3)) / 2)).toBeLessThan(1e-5);
    // Series (|a − 1| > 1e-3) and integral (|a − 1| ≤ 1e-3) routes agree where they meet.
    expect(relativeError(at(1 + 1.0001e-3), at(1 + 0.9999e-3))).toBeLessThan(1e-6);
    expect(relativeError(at(1 - 1.0001e-3), at(1 - 0.9999e-3))).toBeLessThan(1e-6);
  });

  it('predictions do not depend on the time unit', () => {
    const day = { ...params, alpha: params.alpha * 7 };
    const cw = { frequency: 2, recency: 30.43, T: 38.86 };
    const cd = { frequency: 2, recency: 30.43 * 7, T: 38.86 * 7 };
    expect(relativeError(mbgNbd.conditionalExpectedPurchases(day, cd, 273), mbgNbd.conditionalExpectedPurchases(params, cw, 39))).toBeLessThan(1e-12);
    expect(relativeError(mbgNbd.probabilityAlive(day, cd), mbgNbd.probabilityAlive(params, cw))).toBeLessThan(1e-14);
  });
});

describe('mbgNbd robustness', () => {
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
          const alive = mbgNbd.probabilityAlive(p, c);
          const e = mbgNbd.conditionalExpectedPurchases(p, c, t);
          const none = mbgNbd.probabilityNoPurchase(p, c, t);
          const pmf = mbgNbd.probabilityOfPurchases(p, Math.min(x, 50), t);
          return (
            alive >= 0 &&
            alive <= 1 &&
            Number.isFinite(mbgNbd.logLikelihoodOf(p, c)) &&
            Number.isFinite(e) &&
            e >= 0 &&
            mbgNbd.expectedPurchases(p, t) >= 0 &&
            none >= 0 &&
            none <= 1 &&
            pmf >= 0 &&
            pmf <= 1
          );
        },
      ),
      { numRuns: 300, seed: 43 },
    );
  });

  it('gives exactly 0 for a horizon of 0 and P(alive) = 0 for extreme histories', () => {
    expect(mbgNbd.expectedPurchases(params, 0)).toBe(0);
    expect(mbgNbd.conditionalExpectedPurchases(params, { frequency: 3, recency: 5, T: 9 }, 0)).toBe(0);
    expect(mbgNbd.probabilityAlive(params, { frequency: 1000, recency: 10, T: 100 })).toBeLessThan(1e-300);
  });
});

describe('mbgNbd simulation', () => {
  it('simulated holdout purchases agree with the mean conditional expectation (Monte Carlo)', () => {
    const p = { r: 0.6, alpha: 5, a: 0.9, b: 3 };
    const random = createRandom(12);
    const customers = [];
    let sum = 0;
    let sq = 0;
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
        if (random.next() < drop) break;
        t += sampleExponential(random, lambda);
        if (t > 60) break;
        if (t <= 30) {
          x++;
          tx = t;
        } else y++;
      }
      sum += y;
      if (y === 0) zeros++;
      sq += y * y;
      customers.push({ frequency: x, recency: tx, T: 30 });
    }
    const predicted = mbgNbd.conditionalExpectedPurchases(p, customers, 30).reduce((s, v) => s + v, 0) / n;
    const mean = sum / n;
    expect(Math.abs(predicted - mean)).toBeLessThan(3 * Math.sqrt((sq / n - mean * mean) / n));
    // P(no purchase in the holdout), averaged, equals the share of simulated customers without one.
    const none = mbgNbd.probabilityNoPurchase(p, customers, 30).reduce((s, v) => s + v, 0) / n;
    const share = zeros / n;
    expect(Math.abs(none - share)).toBeLessThan(3 * Math.sqrt((share * (1 - share)) / n));
  });

  it('recovers the parameters of 50,000 simulated customers within three standard errors', () => {
    const regimes = [
      { r: 0.5, alpha: 6, a: 0.9, b: 1.6 }, // a < 1
      { r: 2, alpha: 3, a: 3, b: 8 }, // a > 1
    ];
    regimes.forEach((truth, k) => {
      const data = simulateMbgNbd(truth, { customers: 50000, seed: 200 + k, T: 52, birthWindow: 12 });
      const fit = fitModel(mbgNbd, data);
      expect(fit.converged).toBe(true);
      for (const name of mbgNbd.parameterNames) {
        expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(3 * fit.standardErrors[name]!);
      }
    });
  });
});

describeCurveIdentity('mbgNbd', mbgNbd);

describe('mbgNbd: frequencies past 2^53 − 1', () => {
  // Issue 12: logLikelihoodOf gave NaN at a frequency of 1e308 (x ln x overflows); a count past 2^53 is
  // not exact in float64, so every member refuses it, naming itself and the field.
  it.each(['logLikelihoodOf', 'probabilityAlive', 'conditionalExpectedPurchases', 'probabilityNoPurchase'])('%s refuses 2^53 and 1e308 and stays finite at 2^53 − 1', (member) => {
    const call = (frequency: number): unknown =>
      (mbgNbd as unknown as Record<string, (...a: unknown[]) => unknown>)[member]!(params, { frequency, recency: 30, T: 39 }, 10);
    for (const frequency of [2 ** 53, 1e308]) {
      const e = errorOf(() => call(frequency));
      expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', `mbgNbd.${member}`, 'customer.frequency', frequency]);
      expect(e.message).toContain('must be at most 2^53 − 1');
    }
    expect(Number.isFinite(call(2 ** 53 - 1))).toBe(true);
  });
});
