/**
 * Gamma-Gompertz/NBD through the functions that take a fit: `customerLifetimeValue` (found by the fit's
 * model name) and `scoreCustomers`, on the CDNOW sample summary in weeks with the Bemmaor & Glady (2012,
 * Table 2) estimates as a fit. Identities: every column equals the model's own functions; an infinite
 * horizon with continuous discounting uses the model's DERT.
 */
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../../src/clv/customerLifetimeValue';
import { fitModel } from '../../../src/clv/fitModel';
import { parseFit } from '../../../src/clv/parseFit';
import { serializeFit } from '../../../src/clv/serializeFit';
import { simulateGgomNbd } from '../../../src/testing/simulateGgomNbd';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import { scoreCustomers } from '../../../src/clv/scoreCustomers';
import { loadCdnowSample } from '../../../src/datasets/loadCdnowSample';
import { summarizeTransactions } from '../../../src/time/summarizeTransactions';

const summary = summarizeTransactions(loadCdnowSample(), { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' });
const customers = summary.customers.slice(0, 300);
const params = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
const fit = { model: 'ggomNbd' as const, params, timeUnit: 'week' as const };

describe('ggomNbd predictions through a fit', () => {
  it('scoreCustomers gives the model’s P(alive) and E[Y(39)] per customer', () => {
    const scores = scoreCustomers(fit, { customers, options: summary.options }, { horizon: { value: 39, unit: 'week' }, spend: { expected: 35 } });
    expect(scores.settings.model).toBe('ggomNbd');
    const alive = ggomNbd.probabilityAlive(params, customers);
    const expected = ggomNbd.conditionalExpectedPurchases(params, customers, 39);
    const byId = new Map(customers.map((c, i) => [c.customerId, i]));
    for (const row of scores.rows) {
      const i = byId.get(row.customerId)!;
      expect(row.probabilityAlive).toBe(alive[i]);
      expect(row.expectedPurchases).toBe(expected[i]);
    }
  });

  it('customerLifetimeValue finds the model by name and uses its DERT for an infinite horizon', () => {
    const result = customerLifetimeValue(customers, {
      purchaseFit: fit,
      spend: { expected: 35 },
      margin: 1,
      discountRate: { rate: 0.01, per: 'week', compounding: 'continuous' },
      horizon: { value: Number.POSITIVE_INFINITY, unit: 'week' },
      discounting: 'continuous',
    });
    const dert = ggomNbd.discountedExpectedResidualTransactions(params, customers, 0.01);
    const total = dert.reduce((sum, v) => sum + 35 * v, 0);
    expect(Math.abs(result.total - total) / total).toBeLessThan(1e-12);
  });

  it('customerLifetimeValue discounts the increments of E[Y(t)] step by step (discrete)', () => {
    const few = customers.slice(0, 20);
    const result = customerLifetimeValue(few, {
      purchaseFit: fit,
      spend: { expected: 35 },
      margin: 0.3,
      discountRate: { rate: 0.01, per: 'week' },
      horizon: { value: 12, unit: 'week' },
      step: { value: 4, unit: 'week' },
    });
    let total = 0;
    for (let k = 1; k <= 3; k++) {
      const now = ggomNbd.conditionalExpectedPurchases(params, few, 4 * k);
      const before = ggomNbd.conditionalExpectedPurchases(params, few, 4 * (k - 1));
      for (let i = 0; i < few.length; i++) total += (0.3 * 35 * (now[i]! - before[i]!)) / 1.01 ** (4 * k);
    }
    expect(Math.abs(result.total - total) / total).toBeLessThan(1e-10);
  });

  it('a fit survives serializeFit and parseFit', () => {
    const small = fitModel(ggomNbd, simulateGgomNbd({ r: 1.5, alpha: 3, b: 0.2, s: 0.8, beta: 20 }, { customers: 200, seed: 3, T: 52, birthWindow: 26 }), { timeUnit: 'week' });
    const back = parseFit(serializeFit(small), ggomNbd);
    expect(back.model).toBe('ggomNbd');
    expect(back.params).toEqual(small.params);
    expect(ggomNbd.probabilityAlive(back.params, customers[0]!)).toBe(ggomNbd.probabilityAlive(small.params, customers[0]!));
  });
});
