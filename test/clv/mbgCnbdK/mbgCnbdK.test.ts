/**
 * MBG/CNBD-k (Platzer & Reutterer 2016). No published estimates exist for this model on the CDNOW sample
 * (BTYDplus's CDNOW demo reports only that k = 1 is chosen): reference values are mpmath (40-digit)
 * evaluations of the formulas by scripts/fixtures/mbgcnbd_reference.py (fixture
 * test/fixtures/clv/mbgcnbdReference.json), plus the reduction to MBG/NBD at k = 1, gradient and Hessian at
 * the CDNOW optimum, and parameter recovery on data simulated with k = 2 and k = 3.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../../src/clv/customerLifetimeValue';
import { fitMbgCnbdK } from '../../../src/clv/fitMbgCnbdK';
import { fitModel } from '../../../src/clv/fitModel';
import { mbgCnbdK } from '../../../src/clv/mbgCnbdK/index';
import { mbgNbd } from '../../../src/clv/mbgNbd/index';
import { simulateMbgCnbdK } from '../../../src/testing/simulateMbgCnbdK';
import { errorOf } from '../../errorOf';
import { cdnowCalibration } from '../bgNbd/cdnowSummary';
import { cdnowTimed, mbgcnbdReference } from './cdnowTiming';

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

const paramsOf = ([r, alpha, a, b]: readonly number[]) => ({ r: r as number, alpha: alpha as number, a: a as number, b: b as number });

describe('mbgCnbdK against mpmath (k = 1, 2, 3, 5)', () => {
  it('matches per-customer log-likelihood and P(alive) to 1e-12, E[Y(39)] to 1e-10', () => {
    let checked = 0;
    for (const entry of mbgcnbdReference.reference) {
      const model = mbgCnbdK(entry.k);
      const params = paramsOf(entry.params);
      for (const c of entry.customers) {
        const customer = { frequency: c.x, recency: c.tx, T: c.T, litt: c.litt };
        expect(relativeError(model.logLikelihoodOf(params, customer), c.logLikelihood)).toBeLessThan(1e-12);
        expect(relativeError(model.probabilityAlive(params, customer), c.probabilityAlive)).toBeLessThan(1e-12);
        expect(relativeError(model.conditionalExpectedPurchases(params, customer, 39), c.conditionalExpected39)).toBeLessThan(1e-10);
        checked++;
      }
    }
    expect(checked).toBe(3 * 4 * 7);
  });

  it('matches E[X(t)] (summed over phases here, over purchases in the script) to 1e-11', () => {
    for (const entry of mbgcnbdReference.reference) {
      const model = mbgCnbdK(entry.k);
      for (const [t, value] of Object.entries(entry.expectedPurchases)) {
        expect(relativeError(model.expectedPurchases(paramsOf(entry.params), Number(t)), value)).toBeLessThan(1e-11);
      }
    }
  });

  it('matches the total CDNOW log-likelihood at a test point for k = 1, 2, 3 to 1e-9', () => {
    const point = paramsOf(mbgcnbdReference.cdnow.testPoint);
    for (const k of [1, 2, 3]) {
      const model = mbgCnbdK(k);
      const total = model.logLikelihood(point, model.compress(cdnowTimed.customers, 'test'));
      expect(Math.abs(total - (mbgcnbdReference.cdnow.logLikelihood[String(k)] as number))).toBeLessThan(1e-9);
    }
  });
});

describe('mbgCnbdK with k = 1 is MBG/NBD', () => {
  const points = [
    { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
    { r: 2, alpha: 10, a: 3, b: 5 },
    { r: 0.3, alpha: 0.5, a: 0.4, b: 0.3 },
    { r: 1.3, alpha: 2, a: 1, b: 4 },
  ];
  const one = mbgCnbdK(1);

  it('has the same total log-likelihood to 1e-9 and the same predictions to 1e-12', () => {
    const compressedK = one.compress(cdnowCalibration, 'test');
    const compressed = mbgNbd.compress(cdnowCalibration, 'test');
    for (const p of points) {
      expect(Math.abs(one.logLikelihood(p, compressedK) - mbgNbd.logLikelihood(p, compressed))).toBeLessThan(1e-9);
      const sample = cdnowCalibration.slice(0, 200);
      const alive = one.probabilityAlive(p, sample);
      const alive0 = mbgNbd.probabilityAlive(p, sample);
      const expected = one.conditionalExpectedPurchases(p, sample, 39);
      const expected0 = mbgNbd.conditionalExpectedPurchases(p, sample, 39);
      for (let i = 0; i < sample.length; i++) {
        expect(Math.abs((alive[i] as number) - (alive0[i] as number))).toBeLessThan(1e-12);
        expect(Math.abs((expected[i] as number) - (expected0[i] as number))).toBeLessThan(1e-12);
      }
      for (const t of [0.5, 10, 39, 200]) expect(relativeError(one.expectedPurchases(p, t), mbgNbd.expectedPurchases(p, t))).toBeLessThan(1e-10);
    }
  });

  it('fits CDNOW to the MBG/NBD estimates', () => {
    const fit = fitModel(one, cdnowCalibration);
    const reference = fitModel(mbgNbd, cdnowCalibration);
    expect(fit.converged).toBe(true);
    expect(fit.model).toBe('mbgCnbdK');
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(relativeError(fit.params[name], reference.params[name])).toBeLessThan(1e-6);
    expect(Math.abs(fit.logLikelihood - reference.logLikelihood)).toBeLessThan(1e-6);
  });
});

describe('mbgCnbdK likelihood gradient', () => {
  it('equals central finite differences in log-parameters for k = 1, 2, 4', () => {
    const data = simulateMbgCnbdK(3, { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }, { customers: 300, seed: 3, T: 52, birthWindow: 26 });
    const p = { r: 0.9, alpha: 1.7, a: 0.6, b: 2.1 };
    for (const k of [1, 2, 4]) {
      const model = mbgCnbdK(k);
      const compressed = model.compress(data, 'test');
      const g = model.logLikelihoodGradient(p, compressed);
      const names = ['r', 'alpha', 'a', 'b'] as const;
      names.forEach((name, j) => {
        const h = 1e-6;
        const up = model.logLikelihood({ ...p, [name]: p[name] * Math.exp(h) }, compressed);
        const down = model.logLikelihood({ ...p, [name]: p[name] * Math.exp(-h) }, compressed);
        const numeric = (up - down) / (2 * h);
        expect(Math.abs((g[j] as number) - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      });
    }
  });
});

describe('fitMbgCnbdK', () => {
  it('chooses k = 1 on CDNOW (as BTYDplus does) at an interior optimum: gradient ≈ 0, Hessian positive definite', () => {
    const result = fitMbgCnbdK(cdnowTimed, { kMax: 6 });
    expect(result.k).toBe(1);
    expect(result.fit.timeUnit).toBe('week');
    // The log-likelihood falls with k: the search stops after k = 3.
    expect(result.candidates.map((c) => c.k)).toEqual([1, 2, 3]);
    expect(result.stoppedEarly).toBe(true);
    const [l1, l2, l3] = result.candidates.map((c) => c.logLikelihood) as [number, number, number];
    expect(l1).toBeGreaterThan(l2);
    expect(l2).toBeGreaterThan(l3);
    // An optimum: converged means BFGS met its tolerance and the Hessian is positive definite.
    expect(result.fit.converged).toBe(true);
    expect(result.fit.gradientNorm).toBeLessThan(1e-6);
    expect(result.fit.notIdentified).toEqual({});
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(result.fit.standardErrors[name]).toBeGreaterThan(0);
    // And no nearby point is better (a local maximum in each direction).
    const model = mbgCnbdK(1);
    const compressed = model.compress(cdnowTimed.customers, 'test');
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      for (const f of [0.99, 1.01]) {
        expect(model.logLikelihood({ ...result.params, [name]: result.params[name] * f }, compressed)).toBeLessThan(result.fit.logLikelihood);
      }
    }
  });

  for (const k of [2, 3]) {
    it(`recovers k = ${k} and the parameters within 3 standard errors on 4,000 simulated customers`, () => {
      const truth = { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 };
      const data = simulateMbgCnbdK(k, truth, { customers: 4000, seed: 7 + k, T: 96, birthWindow: 60 });
      const result = fitMbgCnbdK(data, { kMax: 5, stopEarly: false });
      expect(result.k).toBe(k);
      expect(result.candidates).toHaveLength(5);
      expect(result.fit.converged).toBe(true);
      for (const name of ['r', 'alpha', 'a', 'b'] as const) {
        const se = result.fit.standardErrors[name] as number;
        expect(Math.abs(result.params[name] - truth[name])).toBeLessThan(3 * se);
      }
    });
  }

  it('refuses customers without litt, and a bad kMax', () => {
    const bare = [{ frequency: 2, recency: 10, T: 20 }];
    expect(errorOf(() => fitMbgCnbdK(bare, { kMax: 3 })).message).toBe(
      '`fitMbgCnbdK`: `data[0].litt` must be a finite number for k = 2 (the sum of the log inter-purchase times; add it with withTimingRegularity of clientele/time), got undefined',
    );
    expect(errorOf(() => fitMbgCnbdK(bare, { kMax: 0 })).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => mbgCnbdK(1.5)).message).toContain('`k` must be an integer from 1 to 100');
    expect(errorOf(() => mbgCnbdK(2).expectedPurchases({ r: 1, alpha: 0.01, a: 1, b: 1 }, 1e5)).message).toBe(
      '`mbgCnbdK.expectedPurchases`: `t` must be at most 24390.2 for these parameters (the sum needs about 41·max(1, r)·(1 + t/alpha) terms, at most 1e8), got 100000',
    );
  });
});

describe('mbgCnbdK predictions', () => {
  const params = { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 };

  it('regularity makes a long silence weigh more: P(alive) falls with k after a gap', () => {
    const silent = { frequency: 5, recency: 12, T: 52 };
    const values = [1, 2, 3, 5].map((k) => mbgCnbdK(k).probabilityAlive(params, silent));
    for (let i = 1; i < values.length; i++) expect(values[i] as number).toBeLessThan(values[i - 1] as number);
  });

  it('the curve and weighted forms equal the pointwise expectation', () => {
    const model = mbgCnbdK(3);
    const customers = [
      { frequency: 0, recency: 0, T: 30 },
      { frequency: 4, recency: 20, T: 30 },
      { frequency: 12, recency: 29, T: 30 },
    ];
    const curve = model.conditionalExpectedPurchasesCurve(params, customers, [5, 26, 52]);
    const weighted = model.weightedExpectedPurchases(params, customers, [5, 26, 52], [1, 0.5, 0.25]);
    [5, 26, 52].forEach((t, h) => {
      const direct = model.conditionalExpectedPurchases(params, customers, t);
      direct.forEach((v, i) => expect(Math.abs((curve[h] as number[])[i]! - v)).toBeLessThan(1e-12 * Math.max(1, v)));
    });
    customers.forEach((_, i) => {
      const sum = [5, 26, 52].reduce((s, t, h) => s + [1, 0.5, 0.25][h]! * model.conditionalExpectedPurchases(params, customers, t)[i]!, 0);
      expect(Math.abs((weighted[i] as number) - sum)).toBeLessThan(1e-12 * Math.max(1, sum));
    });
  });

  it('works as the purchase model of customerLifetimeValue; k = 1 gives the MBG/NBD values', () => {
    const customers = cdnowCalibration.slice(0, 50).map((c) => ({ ...c, monetaryValue: 20 }));
    const options = {
      purchaseParams: params,
      timeUnit: 'week' as const,
      spend: { expected: 20 },
      margin: 0.3,
      discountRate: { rate: 0.1, per: 'year' as const },
      horizon: { value: 2, unit: 'year' as const },
      daysPerYear: 365.25,
    };
    const ours = customerLifetimeValue(customers, { ...options, purchaseModel: mbgCnbdK(1) });
    const theirs = customerLifetimeValue(customers, { ...options, purchaseModel: mbgNbd });
    ours.values.forEach((v, i) => expect(Math.abs(v - (theirs.values[i] as number))).toBeLessThan(1e-9 * Math.max(1, v)));
    const regular = customerLifetimeValue(customers, { ...options, purchaseModel: mbgCnbdK(3) });
    for (const v of regular.values) expect(Number.isFinite(v) && v >= 0).toBe(true);
  });

  it('takes a fit of mbgCnbdK alone (the fit records k), or with its model object; a fit without k needs the model', () => {
    const data = simulateMbgCnbdK(2, params, { customers: 500, seed: 2, T: 52, birthWindow: 26 });
    const result = fitMbgCnbdK(data, { kMax: 3, timeUnit: 'week' });
    expect(result.fit.k).toBe(result.k);
    const options = {
      spend: { expected: 20 },
      margin: 0.3,
      discountRate: { rate: 0.1, per: 'year' as const },
      horizon: { value: 1, unit: 'year' as const },
      daysPerYear: 365.25,
    };
    const alone = customerLifetimeValue(data, { ...options, purchaseFit: result.fit });
    const fromFit = customerLifetimeValue(data, { ...options, purchaseModel: mbgCnbdK(result.k), purchaseFit: result.fit });
    const fromParams = customerLifetimeValue(data, { ...options, purchaseModel: mbgCnbdK(result.k), purchaseParams: result.params, timeUnit: 'week' });
    expect(alone.values).toEqual(fromParams.values);
    expect(fromFit.values).toEqual(fromParams.values);
    const { k: _k, ...withoutK } = result.fit;
    expect(customerLifetimeValue(data, { ...options, purchaseModel: mbgCnbdK(result.k), purchaseFit: withoutK }).values).toEqual(fromParams.values);
    expect(errorOf(() => customerLifetimeValue(data, { ...options, purchaseFit: withoutK })).message).toBe(
      '`customerLifetimeValue`: `options.purchaseModel` must be mbgCnbdK(k) with the k of the fit (this fit of mbgCnbdK does not record k: it was saved before fit format version 3), got undefined',
    );
    expect(errorOf(() => customerLifetimeValue(data, { ...options, purchaseModel: mbgCnbdK(result.k + 1), purchaseFit: result.fit })).message).toBe(
      `\`customerLifetimeValue\`: \`options.purchaseModel\` must be mbgCnbdK(${result.k}), the regularity of the fit (options.purchaseFit.k), got "mbgCnbdK(${result.k + 1})"`,
    );
  });

  it('stays finite with probabilities in [0, 1] on extreme histories and parameters (bounded property run)', () => {
    const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.record({ r: positive(1e-3, 50), alpha: positive(1e-2, 1e3), a: positive(1e-3, 50), b: positive(1e-3, 50) }),
        fc.integer({ min: 0, max: 2000 }),
        positive(0, 1),
        positive(1e-3, 500),
        (k, params, x, share, T) => {
          const recency = x === 0 ? 0 : Math.max(share * T, 1e-6);
          const litt = x === 0 ? 0 : x * Math.log(recency / x) - 1;
          const customer = { frequency: x, recency, T, litt };
          const model = mbgCnbdK(k);
          const alive = model.probabilityAlive(params, customer);
          expect(alive >= 0 && alive <= 1).toBe(true);
          expect(Number.isFinite(model.logLikelihoodOf(params, customer))).toBe(true);
          const e = model.conditionalExpectedPurchases(params, customer, 52);
          expect(Number.isFinite(e) && e >= 0).toBe(true);
        },
      ),
      { numRuns: 150, seed: 20260 },
    );
  });

  it('E[X(t)] is finite, increasing in t and decreasing in k at fixed rate (bounded property run)', () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
          a: fc.double({ min: 0.05, max: 5, noNaN: true }),
          b: fc.double({ min: 0.05, max: 5, noNaN: true }),
        }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        (params, t) => {
          const e1 = mbgCnbdK(2).expectedPurchases(params, t);
          const e2 = mbgCnbdK(2).expectedPurchases(params, t * 1.5);
          expect(Number.isFinite(e1) && e1 >= 0).toBe(true);
          expect(e2).toBeGreaterThanOrEqual(e1);
          // Same λ, k phases per purchase: more regular at the same rate means fewer purchases.
          expect(mbgCnbdK(3).expectedPurchases(params, t)).toBeLessThanOrEqual(e1 + 1e-12);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe('mbgCnbdK fits save and load', () => {
  it('round-trips through serializeFit and parseFit', async () => {
    const { serializeFit } = await import('../../../src/clv/serializeFit');
    const { parseFit } = await import('../../../src/clv/parseFit');
    const data = simulateMbgCnbdK(2, { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }, { customers: 500, seed: 2, T: 52, birthWindow: 26 });
    const fit = fitModel(mbgCnbdK(2), data, { timeUnit: 'week' });
    const back = parseFit(JSON.parse(serializeFit(fit)) as unknown, mbgCnbdK(2));
    expect(back).toEqual(fit);
  });
});
