/**
 * Pareto/NBD. Reference values: mpmath (40 digits) by scripts/fixtures/clv_continuous_cdnow.py (fixture
 * test/fixtures/cdnow-summary/calibration.json) at two arbitrary test points (α > β and α < β): the
 * likelihood by the 2F1 closed form of Fader & Hardie's 2005 note (so the 2F1-free quadrature is checked
 * against the closed form), P(alive), E[Y(39)], E[X(t)], the pmf (mpmath.quad of the death-time mixture)
 * and DERT (mpmath.quad of ∫ e^{−δu} ((β+T)/(β+T+u))^s du).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitModel } from '../../../src/clv/fitModel';
import { paretoPairIndex } from '../../../src/clv/internal/paretoPairIndex';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { errorOf } from '../../hardening/errorOf';
import { integrate } from '../../../src/core/integrate/integrate';
import { logGamma } from '../../../src/core/special/logGamma';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleExponential } from '../../../src/core/random/sampleExponential';
import { sampleGamma } from '../../../src/core/random/sampleGamma';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';
import { cdnowCalibration, cdnowFixture } from '../bgNbd/cdnowSummary';
import { pmfMoments } from '../shared/pmfMoments';

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

const sets = ['paretoNbdAlphaGtBeta', 'paretoNbdAlphaLtBeta'] as const;

describe.each(sets)('paretoNbd against mpmath (%s)', (key) => {
  const reference = cdnowFixture.reference[key]!;
  const [r, alpha, s, beta] = reference.params;
  const params = { r, alpha, s, beta };

  it('matches the total CDNOW log-likelihood (2F1 closed form) to 1e-9', () => {
    const compressed = paretoNbd.compress(cdnowCalibration, 'test');
    expect(Math.abs(paretoNbd.logLikelihood(params, compressed) - reference.cdnowLogLikelihood)).toBeLessThan(1e-9);
  });

  it('matches per-customer log-likelihood, P(alive), E[Y(39)] and DERT', () => {
    for (const c of reference.customers) {
      const customer = { frequency: c.x, recency: c.txDays / 7, T: c.TDays / 7 };
      expect(relativeError(paretoNbd.logLikelihoodOf(params, customer), c.logLikelihood)).toBeLessThan(1e-12);
      expect(relativeError(paretoNbd.probabilityAlive(params, customer), c.probabilityAlive)).toBeLessThan(1e-12);
      expect(relativeError(paretoNbd.conditionalExpectedPurchases(params, customer, 39), c.conditionalExpected39)).toBeLessThan(1e-12);
      expect(relativeError(paretoNbd.discountedExpectedResidualTransactions(params, customer, 0.01), c['dert0.01']!)).toBeLessThan(1e-9);
    }
  });

  it('matches E[X(t)] and P(X(t) = n)', () => {
    for (const [t, value] of Object.entries(reference.expectedPurchases)) {
      expect(relativeError(paretoNbd.expectedPurchases(params, Number(t)), value)).toBeLessThan(1e-13);
    }
    for (const [t, values] of Object.entries(reference.probabilityOfPurchases)) {
      values.forEach((p, n) => {
        expect(relativeError(paretoNbd.probabilityOfPurchases(params, n, Number(t)), p)).toBeLessThan(1e-9);
      });
    }
  });
});

describe('paretoNbd fit', () => {
  it('fits CDNOW from several starts that agree, with standard errors', () => {
    const fit = fitModel(paretoNbd, cdnowCalibration);
    expect(fit.converged).toBe(true);
    expect(fit.starts.length).toBeGreaterThanOrEqual(2);
    for (const run of fit.starts) expect(Math.abs(run.logLikelihood - fit.logLikelihood)).toBeLessThan(1e-4);
    for (const name of paretoNbd.parameterNames) expect(fit.standardErrors[name]).toBeGreaterThan(0);
    // The MLE beats both arbitrary reference points.
    for (const key of sets) expect(fit.logLikelihood).toBeGreaterThan(cdnowFixture.reference[key]!.cdnowLogLikelihood);
  });
});

describe('paretoNbd likelihood on daily data (distinct (x, t_x) and (x, T) pairs)', () => {
  // Whole days: few distinct pairs, so the likelihood assembles I = G(t_x) − G(T) from one integral per
  // pair. It must agree with the per-customer quadrature, and its gradient with finite differences.
  const raw = simulateParetoNbd({ r: 0.55, alpha: 70, s: 0.6, beta: 80 }, { customers: 100000, seed: 9, T: 365, birthWindow: 364 });
  const daily = raw.map((c) => {
    const T = Math.floor(c.T);
    return { frequency: c.frequency, recency: c.frequency === 0 ? 0 : Math.min(T, Math.floor(c.recency + c.T - T)), T };
  });
  const data = paretoNbd.compress(daily, 'test');
  const rows = Array.from({ length: data.rows }, (_, i) => ({
    frequency: data.columns.frequency![i]!,
    recency: data.columns.recency![i]!,
    T: data.columns.T![i]!,
  }));

  it('uses the pair decomposition on these data', () => {
    expect(paretoPairIndex(data)).not.toBeNull();
  });

  it.each([
    { r: 0.55, alpha: 70, s: 0.6, beta: 80 },
    { r: 2, alpha: 30, s: 3, beta: 5 },
    { r: 0.2, alpha: 500, s: 0.3, beta: 2 },
  ])('agrees with the per-customer quadrature at %o', (p) => {
    const perCustomer = paretoNbd.logLikelihoodOf(p, rows).reduce((sum, v, i) => sum + v * data.weights[i]!, 0);
    expect(relativeError(paretoNbd.logLikelihood(p, data), perCustomer)).toBeLessThan(1e-12);
    const g = paretoNbd.logLikelihoodGradient(p, data);
    (['r', 'alpha', 's', 'beta'] as const).forEach((name, j) => {
      const h = 1e-4;
      const numeric =
        (paretoNbd.logLikelihood({ ...p, [name]: p[name] * Math.exp(h) }, data) -
          paretoNbd.logLikelihood({ ...p, [name]: p[name] * Math.exp(-h) }, data)) /
        (2 * h);
      expect(Math.abs((g[j] as number) - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
    });
  });
});

describe('paretoNbd identities', () => {
  const regimes = [
    { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 },
    { r: 2, alpha: 3, s: 2.5, beta: 40 }, // α < β, s > 1
    { r: 0.3, alpha: 30, s: 0.2, beta: 0.5 }, // α > β
    { r: 1, alpha: 5, s: 1, beta: 5 }, // s = 1, α = β
  ];

  it('pmf sums to 1 and its mean equals E[X(t)]', () => {
    for (const p of regimes) {
      for (const t of [0.5, 5, 20]) {
        const { sum, mean } = pmfMoments((n) => paretoNbd.probabilityOfPurchases(p, n, t), 2000, 30);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        expect(relativeError(mean, paretoNbd.expectedPurchases(p, t))).toBeLessThan(1e-7);
      }
    }
  });

  it('the 2F1-free likelihood term equals a plain numeric integral', () => {
    for (const p of regimes) {
      for (const c of [
        { frequency: 0, recency: 0, T: 30 },
        { frequency: 4, recency: 11, T: 30 },
        { frequency: 25, recency: 28, T: 30 },
      ]) {
        const k = p.r + c.frequency;
        const integral = integrate((tau) => Math.pow(p.alpha + tau, -k) * Math.pow(p.beta + tau, -(p.s + 1)), c.recency, c.T, 128);
        const head = logGamma(k) - logGamma(p.r) + p.r * Math.log(p.alpha) + p.s * Math.log(p.beta);
        const likelihood = Math.exp(head) * (Math.pow(p.alpha + c.T, -k) * Math.pow(p.beta + c.T, -p.s) + p.s * integral);
        expect(relativeError(paretoNbd.logLikelihoodOf(p, c), Math.log(likelihood))).toBeLessThan(1e-12);
      }
    }
  });

  it('conditional expectation at x = t_x = T = 0 equals E[X(t)]', () => {
    for (const p of regimes) {
      for (const t of [0.1, 3, 39]) {
        const conditional = paretoNbd.conditionalExpectedPurchases(p, { frequency: 0, recency: 0, T: 0 }, t);
        expect(relativeError(conditional, paretoNbd.expectedPurchases(p, t))).toBeLessThan(1e-13);
      }
    }
  });

  it('DERT equals ∫ e^{−δu} dE[Y(u)]', () => {
    const delta = 0.05;
    for (const p of regimes) {
      const c = { frequency: 3, recency: 20, T: 30 };
      // ∫_0^∞ e^{−δu} dE[Y(u)] = δ ∫_0^∞ e^{−δu} E[Y(u)] du = ∫_0^1 E[Y(−ln(v)/δ)] dv, and v = w^8 smooths
      // the endpoint v = 0.
      const value = integrate(
        (w) => (w <= 0 ? 0 : 8 * w ** 7 * paretoNbd.conditionalExpectedPurchases(p, c, (-8 * Math.log(w)) / delta)),
        0,
        1,
        200,
      );
      expect(relativeError(paretoNbd.discountedExpectedResidualTransactions(p, c, delta), value)).toBeLessThan(1e-5);
    }
  });

  it('is continuous at s = 1 and at α = β', () => {
    const c = { frequency: 3, recency: 20, T: 30 };
    const base = { r: 1, alpha: 5, s: 1, beta: 5 };
    const e = paretoNbd.conditionalExpectedPurchases(base, c, 39);
    expect(relativeError(paretoNbd.conditionalExpectedPurchases({ ...base, s: 1 + 1e-9 }, c, 39), e)).toBeLessThan(1e-8);
    expect(relativeError(paretoNbd.expectedPurchases({ ...base, s: 1 - 1e-9 }, 39), paretoNbd.expectedPurchases(base, 39))).toBeLessThan(1e-8);
    const ll = paretoNbd.logLikelihoodOf(base, c);
    expect(relativeError(paretoNbd.logLikelihoodOf({ ...base, beta: 5 * (1 + 1e-10) }, c), ll)).toBeLessThan(1e-9);
    expect(relativeError(paretoNbd.logLikelihoodOf({ ...base, alpha: 5 * (1 + 1e-10) }, c), ll)).toBeLessThan(1e-9);
  });

  it('predictions do not depend on the time unit', () => {
    const week = regimes[0]!;
    const day = { ...week, alpha: week.alpha * 7, beta: week.beta * 7 };
    const cw = { frequency: 2, recency: 30.43, T: 38.86 };
    const cd = { frequency: 2, recency: 30.43 * 7, T: 38.86 * 7 };
    expect(relativeError(paretoNbd.conditionalExpectedPurchases(day, cd, 273), paretoNbd.conditionalExpectedPurchases(week, cw, 39))).toBeLessThan(1e-12);
    expect(relativeError(paretoNbd.probabilityAlive(day, cd), paretoNbd.probabilityAlive(week, cw))).toBeLessThan(1e-12);
    expect(relativeError(paretoNbd.discountedExpectedResidualTransactions(day, cd, 0.01 / 7), paretoNbd.discountedExpectedResidualTransactions(week, cw, 0.01))).toBeLessThan(1e-10);
  });
});

describe('paretoNbd robustness', () => {
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
        (r, alpha, s, beta, x, u, T, t) => {
          const p = { r, alpha, s, beta };
          const c = { frequency: x, recency: x === 0 ? 0 : u * T, T };
          const alive = paretoNbd.probabilityAlive(p, c);
          const e = paretoNbd.conditionalExpectedPurchases(p, c, t);
          const dert = paretoNbd.discountedExpectedResidualTransactions(p, c, 0.01);
          const pmf = paretoNbd.probabilityOfPurchases(p, Math.min(x, 50), t);
          const none = paretoNbd.probabilityNoPurchase(p, c, t);
          return (
            none >= 0 &&
            none <= 1 &&
            alive >= 0 &&
            alive <= 1 &&
            Number.isFinite(paretoNbd.logLikelihoodOf(p, c)) &&
            Number.isFinite(e) &&
            e >= 0 &&
            Number.isFinite(dert) &&
            dert >= 0 &&
            paretoNbd.expectedPurchases(p, t) >= 0 &&
            pmf >= 0 &&
            pmf <= 1
          );
        },
      ),
      { numRuns: 300, seed: 44 },
    );
  });

  it('is finite for frequencies up to 10,000 and gives P(alive) = 0 for extreme histories', () => {
    const p = { r: 0.55, alpha: 0.01, s: 0.61, beta: 11.67 };
    for (const x of [1000, 5000, 10000]) {
      expect(Number.isFinite(paretoNbd.logLikelihoodOf(p, { frequency: x, recency: 10, T: 100 }))).toBe(true);
    }
    expect(paretoNbd.probabilityAlive(p, { frequency: 10000, recency: 10, T: 100 })).toBeLessThan(1e-300);
    expect(paretoNbd.probabilityAlive(p, { frequency: 5, recency: 100, T: 100 })).toBe(1);
  });

  it('gives exactly 0 for a horizon of 0 and rejects a non-positive discount rate', () => {
    const p = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    expect(paretoNbd.expectedPurchases(p, 0)).toBe(0);
    expect(paretoNbd.conditionalExpectedPurchases(p, { frequency: 3, recency: 5, T: 9 }, 0)).toBe(0);
    expect(() => paretoNbd.discountedExpectedResidualTransactions(p, { frequency: 3, recency: 5, T: 9 }, 0)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`paretoNbd.discountedExpectedResidualTransactions\`: \`delta\` must be a finite number greater than 0, got 0]`);
  });
});

describe('paretoNbd simulation', () => {
  it('simulated holdout purchases agree with the mean conditional expectation (Monte Carlo)', () => {
    const p = { r: 0.6, alpha: 5, s: 0.8, beta: 20 };
    const random = createRandom(13);
    const customers = [];
    let sum = 0;
    let sq = 0;
    const n = 20000;
    let zeros = 0;
    for (let i = 0; i < n; i++) {
      const lambda = sampleGamma(random, p.r, p.alpha);
      const death = sampleExponential(random, sampleGamma(random, p.s, p.beta));
      const end = Math.min(60, death);
      let t = 0;
      let x = 0;
      let tx = 0;
      let y = 0;
      for (;;) {
        t += sampleExponential(random, lambda);
        if (t > end) break;
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
    const predicted = paretoNbd.conditionalExpectedPurchases(p, customers, 30).reduce((s, v) => s + v, 0) / n;
    const mean = sum / n;
    expect(Math.abs(predicted - mean)).toBeLessThan(3 * Math.sqrt((sq / n - mean * mean) / n));
    // P(no purchase in the holdout), averaged, equals the share of simulated customers without one.
    const none = paretoNbd.probabilityNoPurchase(p, customers, 30).reduce((s, v) => s + v, 0) / n;
    const share = zeros / n;
    expect(Math.abs(none - share)).toBeLessThan(3 * Math.sqrt((share * (1 - share)) / n));
  });
});

describe('paretoNbd: frequencies past 2^53 − 1', () => {
  // Issue 12: logLikelihoodOf gave NaN at a frequency of 1e308 (x ln x overflows); a count past 2^53 is
  // not exact in float64, so every member refuses it, naming itself and the field.
  const params = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
  it.each(['logLikelihoodOf', 'probabilityAlive', 'conditionalExpectedPurchases', 'probabilityNoPurchase'])('%s refuses 2^53 and 1e308 and stays finite at 2^53 − 1', (member) => {
    const call = (frequency: number): unknown =>
      (paretoNbd as unknown as Record<string, (...a: unknown[]) => unknown>)[member]!(params, { frequency, recency: 30, T: 39 }, 10);
    for (const frequency of [2 ** 53, 1e308]) {
      const e = errorOf(() => call(frequency));
      expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', `paretoNbd.${member}`, 'customer.frequency', frequency]);
      expect(e.message).toContain('must be at most 2^53 − 1');
    }
    expect(Number.isFinite(call(2 ** 53 - 1))).toBe(true);
  });
});
