/**
 * covariateCustomerParams and scoreCovariateCustomers: each customer's parameters follow the documented
 * parametrisation, and scores equal the plain model's formulas at those parameters (paretoNbd / bgNbd
 * prediction functions, checked against published values in their own tests). Identities only.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { covariateCustomerParams } from '../../../src/clv/covariates/covariateCustomerParams';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import { scoreCovariateCustomers } from '../../../src/clv/covariates/scoreCovariateCustomers';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { simulateCovariateCustomers } from '../../../src/testing/simulateCovariateCustomers';

const N = 1500;
const random = createRandom(3);
const rows = Array.from({ length: N }, (_, i) => ({ customerId: i, web: random.next() < 0.5, score: sampleNormal(random, 0, 1) }));
const coded = rows.map((r) => ({ customerId: r.customerId, 'web=true': r.web ? 1 : 0, score: r.score }));

describe('covariate predictions', () => {
  for (const name of ['paretoNbd', 'bgNbd'] as const) {
    const model = (name === 'paretoNbd' ? paretoNbd : bgNbd) as typeof paretoNbd;
    const params = name === 'paretoNbd' ? { r: 0.8, alpha: 8, s: 0.7, beta: 12 } : { r: 0.8, alpha: 8, a: 0.8, b: 2.5 };
    const data = simulateCovariateCustomers(name, params, { purchase: { 'web=true': 0.5, score: 0.2 }, lifetime: { 'web=true': -0.4 } }, coded, { seed: 4, T: 52, birthWindow: 40 });
    const fit = fitCovariateModel(model, data, { purchase: { data: rows, columns: ['web', 'score'] }, lifetime: { data: rows, columns: ['web'] }, timeUnit: 'week' });

    it(`${name}: customer parameters follow the parametrisation, keyed by sorted id`, () => {
      const { params: byId, rejected } = covariateCustomerParams(fit, [10, 2, 'nobody'], { purchase: rows, lifetime: rows });
      expect(Object.keys(byId).sort()).toEqual(['10', '2']);
      expect(rejected).toEqual([{ index: 2, field: 'purchase.customerId', reason: 'has no row in options.purchase.data', value: 'nobody' }]);
      const row = rows[10] as (typeof rows)[number];
      const gp = (fit.coefficients.purchase['web=true']?.estimate as number) * (row.web ? 1 : 0) + (fit.coefficients.purchase.score?.estimate as number) * row.score;
      const gl = (fit.coefficients.lifetime['web=true']?.estimate as number) * (row.web ? 1 : 0);
      const p = byId['10'] as Record<string, number>;
      const base = fit.params as Record<string, number>;
      expect(p.r).toBe(base.r);
      expect(p.alpha).toBeCloseTo((base.alpha as number) * Math.exp(-gp), 10);
      if (name === 'paretoNbd') expect(p.beta).toBeCloseTo((base.beta as number) * Math.exp(-gl), 10);
      else {
        expect(p.a).toBeCloseTo((base.a as number) * Math.exp(gl), 10);
        expect(p.b).toBeCloseTo((base.b as number) * Math.exp(gl), 10);
      }
    });

    it(`${name}: scores equal the plain model's formulas at each customer's parameters`, () => {
      const customers = data.slice(0, 40);
      const scored = scoreCovariateCustomers(fit, customers, { purchase: rows, lifetime: rows }, { horizon: { value: 26, unit: 'week' }, daysPerYear: 365.25, spend: { expected: 10 }, value: { margin: 1, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 2, unit: 'year' } } });
      expect(scored.rows.length).toBe(40);
      expect(scored.rows.map((r) => r.customerId)).toEqual(customers.map((c) => String(c.customerId)).sort());
      for (const row of scored.rows) {
        const c = customers.find((x) => String(x.customerId) === row.customerId) as (typeof customers)[number];
        const p = row.params as never;
        expect(row.probabilityAlive).toBeCloseTo(model.probabilityAlive(p, c), 12);
        expect(row.expectedPurchases).toBeCloseTo(model.conditionalExpectedPurchases(p, c, 26), 10);
        expect(row.value).toBeGreaterThan(0);
      }
      expect(scored.totals.expectedPurchases).toBeCloseTo(scored.rows.reduce((a, r) => a + r.expectedPurchases, 0), 9);
      expect(scored.settings.horizon).toBe(26);
    });
  }

  it('rejects a category the fit did not see, and customers without covariates', () => {
    const data = simulateCovariateCustomers('paretoNbd', { r: 0.8, alpha: 8, s: 0.7, beta: 12 }, {}, coded, { seed: 5, T: 52 });
    const fit = fitCovariateModel(paretoNbd, data, { purchase: { data: rows, columns: ['web'] }, timeUnit: 'week' });
    const odd = [{ customerId: 0, web: 'maybe' }, { customerId: 1, web: true }];
    const scored = scoreCovariateCustomers(fit, data.slice(0, 3), { purchase: odd }, { horizon: { value: 1, unit: 'week' } });
    expect(scored.rows.map((r) => r.customerId)).toEqual(['1']);
    expect(scored.rejected).toEqual([
      { index: 0, field: 'purchase.web', reason: 'must be one of the levels the fit saw (false, true)', value: 'maybe' },
      { index: 2, field: 'purchase.customerId', reason: 'has no row in options.purchase.data', value: '2' },
    ]);
  });
});
