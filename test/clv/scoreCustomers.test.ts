/**
 * scoreCustomers: one table keyed by customer. References: CDNOW sample (bundled; conventions of
 * test/fixtures/cdnow/README.md) with the published BG/NBD parameters of Fader, Hardie & Lee (2005)
 * r 0.243, α 4.414, a 0.793, b 2.426 (weeks): customer 0001 (x 2, t_x 30.43, T 38.86) has
 * E[Y(39)] = 1.226 and P(alive) 0.727 (docs/clv.md); Σx* = 1,882 holdout purchases (FHL 2005). Identities:
 * every column equals the separate model calls; properties: input order, no mutation, P(alive) in [0, 1].
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../src/clv/customerLifetimeValue';
import { fitModel } from '../../src/clv/fitModel';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import { mbgNbd } from '../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../src/clv/paretoNbd/index';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import { loadCdnowSample } from '../../src/datasets/loadCdnowSample';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import { errorOf as failure } from '../errorOf';

const summary = summarizeTransactions(loadCdnowSample(), { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' });
const customers = summary.customers;
const published = { model: 'bgNbd' as const, params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' as const };
const spendFit = fitModel(gammaGamma, summary);
const value = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' as const }, horizon: { value: 52, unit: 'week' as const }, step: { value: 4, unit: 'week' as const } };


describe('scoreCustomers on CDNOW', () => {
  const scores = scoreCustomers(published, summary, { horizon: { value: 39, unit: 'week' }, spend: spendFit, value, daysPerYear: 365.25 });

  it('gives the published values of customer 0001 and the holdout actuals', () => {
    const row = scores.rows.find((r) => r.customerId === '0001');
    expect(row?.expectedPurchases.toFixed(3)).toBe('1.226');
    expect(row?.probabilityAlive.toFixed(3)).toBe('0.727');
    expect(scores.totals.customers).toBe(2357);
    expect(scores.totals.frequencyHoldout).toBe(1882);
    expect(scores.rejected).toEqual([]);
    expect(scores.settings).toMatchObject({ model: 'bgNbd', timeUnit: 'week', horizon: 39, spend: 'gammaGamma', order: 'customerId' });
    expect(scores.settings.value).toMatchObject({ margin: 0.3, method: 'sum', horizon: 52, step: 4, steps: 13, lastStep: 4 });
  });

  it('rows are sorted by id and equal the separate calls exactly', () => {
    const ids = scores.rows.map((r) => r.customerId);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byId = new Map(customers.map((c) => [String(c.customerId), c]));
    const ordered = ids.map((id) => byId.get(id)!);
    const alive = bgNbd.probabilityAlive(published.params, ordered);
    const expected = bgNbd.conditionalExpectedPurchases(published.params, ordered, 39);
    const spend = gammaGamma.conditionalExpectedSpend(spendFit.params, ordered);
    const clv = customerLifetimeValue(ordered, { ...value, purchaseFit: published, spend: { params: spendFit.params }, daysPerYear: 365.25 });
    scores.rows.forEach((r, i) => {
      expect(r.probabilityAlive).toBe(alive[i]);
      expect(r.expectedPurchases).toBe(expected[i]);
      expect(r.expectedSpend).toBe(spend[i]);
      expect(r.value).toBe(clv.values[i]);
      expect(r.discountedPurchases).toBe(clv.discountedPurchases[i]);
      expect(r.frequencyHoldout).toBe(ordered[i]!.frequencyHoldout);
    });
    expect(Math.abs((scores.totals.value as number) - clv.total)).toBeLessThan(1e-9 * clv.total);
  });

  it('columns hold the same numbers as the rows', () => {
    const cols = scoreCustomers(published, summary, { as: 'columns', horizon: { value: 39, unit: 'week' }, spend: spendFit, value, daysPerYear: 365.25 });
    expect(cols.as).toBe('columns');
    expect(cols.columns.customerIds).toEqual(scores.rows.map((r) => r.customerId));
    expect(Array.from(cols.columns.probabilityAlive)).toEqual(scores.rows.map((r) => r.probabilityAlive));
    expect(Array.from(cols.columns.value!)).toEqual(scores.rows.map((r) => r.value));
    expect(Array.from(cols.columns.frequencyHoldout!)).toEqual(scores.rows.map((r) => r.frequencyHoldout));
    expect(cols.totals).toEqual(scores.totals);
  });

  it('converts the horizon into the fit unit (a fit of the daily summary gives the same table)', () => {
    const daily = summarizeTransactions(loadCdnowSample(), { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'day' });
    const weekFit = fitModel(bgNbd, summary);
    const dayFit = fitModel(bgNbd, daily);
    const a = scoreCustomers(weekFit, summary, { horizon: { value: 39, unit: 'week' } });
    const b = scoreCustomers(dayFit, daily, { horizon: { value: 273, unit: 'day' } });
    expect(b.settings.horizon).toBe(273);
    a.rows.forEach((r, i) => {
      expect(Math.abs(r.expectedPurchases - b.rows[i]!.expectedPurchases)).toBeLessThan(1e-5 * (1 + r.expectedPurchases));
      expect(Math.abs(r.probabilityAlive - b.rows[i]!.probabilityAlive)).toBeLessThan(1e-5);
    });
    expect(failure(() => scoreCustomers(dayFit, summary, { horizon: { value: 39, unit: 'week' } })).code).toBe('UNIT_MISMATCH');
    expect(failure(() => scoreCustomers(dayFit, daily, { horizon: { value: 1, unit: 'year' } })).message).toMatch(/set `daysPerYear`/);
  });
});

describe('scoreCustomers records and options', () => {
  const small = [
    { customerId: 'b', frequency: 0, recency: 0, T: 10, monetaryValue: 0 },
    { customerId: 'a', frequency: 3, recency: 8, T: 10, monetaryValue: 20, frequencyHoldout: 2 },
    { customerId: 'c', frequency: 1, recency: 12, T: 10, monetaryValue: 5 },
    { customerId: ' ', frequency: 1, recency: 2, T: 10, monetaryValue: 5 },
    { customerId: 'd', frequency: 1, recency: 2, T: 10, monetaryValue: 5 },
    { customerId: 'd', frequency: 2, recency: 2, T: 10, monetaryValue: 5 },
    { customerId: 7, frequency: 2, recency: 2, T: 10, monetaryValue: 5 },
  ];

  it('reports bad records and duplicated ids without changing the other rows', () => {
    const s = scoreCustomers(published, small, { horizon: { value: 10, unit: 'week' }, spend: { params: spendFit.params } });
    expect(s.rows.map((r) => r.customerId)).toEqual(['7', 'a', 'b']);
    expect(s.rejected).toEqual([
      { index: 2, field: 'recency', reason: 'must be at most T (10)', value: 12 },
      { index: 3, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: ' ' },
      { index: 4, field: 'customerId', reason: 'must be unique (another customer has the same id)', value: 'd' },
      { index: 5, field: 'customerId', reason: 'must be unique (another customer has the same id)', value: 'd' },
    ]);
    const alone = scoreCustomers(published, [small[1]!], { horizon: { value: 10, unit: 'week' }, spend: { params: spendFit.params } });
    expect(alone.rows[0]).toEqual(s.rows[1]);
    expect(s.rows[1]!.frequencyHoldout).toBe(2);
    expect(s.rows[2]!.frequencyHoldout).toBeNull();
    expect(s.rows[0]!.value).toBeNull();
    expect(scoreCustomers(published, small, { horizon: { value: 10, unit: 'week' }, order: 'input' }).rows.map((r) => r.customerId)).toEqual(['b', 'a', '7']);
  });

  it('needs monetaryValue with a Gamma-Gamma spend only', () => {
    const noSpend = [{ customerId: 'x', frequency: 1, recency: 1, T: 2 }];
    expect(scoreCustomers(published, noSpend, { horizon: { value: 1, unit: 'week' } }).rows).toHaveLength(1);
    const s = scoreCustomers(published, noSpend, { horizon: { value: 1, unit: 'week' }, spend: spendFit });
    expect(s.rejected).toEqual([{ index: 0, field: 'monetaryValue', reason: 'must be a finite number at least 0', value: undefined }]);
    expect(s.rows).toEqual([]);
  });

  it('works for MBG/NBD and Pareto/NBD fits through their own functions', () => {
    const c = [{ customerId: 'a', frequency: 2, recency: 30.43, T: 38.86 }];
    const mp = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
    const pp = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    const m = scoreCustomers({ model: 'mbgNbd', params: mp, timeUnit: 'week' }, c, { horizon: { value: 39, unit: 'week' } });
    expect(m.rows[0]!.probabilityAlive).toBe(mbgNbd.probabilityAlive(mp, c[0]!));
    expect(m.rows[0]!.expectedPurchases).toBe(mbgNbd.conditionalExpectedPurchases(mp, c[0]!, 39));
    const p = scoreCustomers({ model: 'paretoNbd', params: pp, timeUnit: 'week' }, c, { horizon: { value: 39, unit: 'week' } });
    expect(p.rows[0]!.probabilityAlive).toBe(paretoNbd.probabilityAlive(pp, c[0]!));
    expect(p.rows[0]!.expectedPurchases).toBe(paretoNbd.conditionalExpectedPurchases(pp, c[0]!, 39));
  });

  it('names the argument and the rule of every bad option', () => {
    const h = { horizon: { value: 1, unit: 'week' as const } };
    const one = [{ customerId: 'a', frequency: 0, recency: 0, T: 1 }];
    expect(failure(() => scoreCustomers({ ...published, timeUnit: null }, one, h)).message).toMatch(/`options.timeUnit` is required: the fit does not know the time unit of its data/);
    expect(scoreCustomers({ ...published, timeUnit: null }, one, { ...h, timeUnit: 'week' }).rows).toHaveLength(1);
    expect(failure(() => scoreCustomers(published, one, { ...h, timeUnit: 'day' })).message).toBe(
      '`scoreCustomers`: `options.timeUnit` is in "day" but the fit\'s time unit is "week": they must agree (convert the data, refit, or drop the disagreeing unit), got "day"',
    );
    expect(failure(() => scoreCustomers(published, one, { ...h, value })).message).toBe(
      '`scoreCustomers`: `options.spend` must be given with `options.value` (the value is margin × spend × discounted purchases), got undefined',
    );
    expect(failure(() => scoreCustomers({ ...published, model: 'bgBb' as never }, one, h)).message).toMatch(/`fit.model` must be a continuous-time purchase model/);
    expect(failure(() => scoreCustomers(published, one, { ...h, as: 'table' as never })).message).toMatch(/`options.as` must be 'rows' or 'columns', got "table"/);
    expect(failure(() => scoreCustomers(published, one, { horizon: { value: -1, unit: 'week' } })).message).toMatch(/`options.horizon.value` must be a finite number at least 0, got -1/);
    expect(failure(() => scoreCustomers(published, one, null as never)).code).toBe('INVALID_ARGUMENT');
    expect(failure(() => scoreCustomers(published, [], h)).code).toBe('EMPTY_INPUT');
    expect(failure(() => scoreCustomers(published, one, { ...h, spend: { expected: -1 } })).message).toMatch(/`options.spend.expected` must be a finite number at least 0/);
    expect(failure(() => scoreCustomers(published, one, { ...h, spend: { expected: 1 }, value: { ...value, margin: 2 } })).message).toMatch(/`options.value.margin` must be a number from 0 to 1, got 2/);
  });

  it('properties: input order does not matter, inputs are not mutated, P(alive) in [0, 1]', () => {
    const arb = fc.array(
      fc.record({ x: fc.integer({ min: 0, max: 30 }), a: fc.double({ min: 0, max: 1, noNaN: true }), T: fc.double({ min: 0, max: 60, noNaN: true }) }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, fc.integer(), (raw, seed) => {
        const list = raw.map((c, i) => Object.freeze({ customerId: `id${i}`, frequency: c.x, recency: c.x === 0 ? 0 : c.a * c.T, T: c.T, monetaryValue: 10 }));
        Object.freeze(list);
        const shuffled = [...list].sort((p, q) => ((p.T * 1e6 + seed) % 7) - ((q.T * 1e6 + seed) % 7));
        const opts = { horizon: { value: 10, unit: 'week' as const }, spend: { expected: 12 }, value };
        const a = scoreCustomers(published, list, { ...opts, daysPerYear: 365.25 });
        const b = scoreCustomers(published, shuffled, { ...opts, daysPerYear: 365.25 });
        expect(b.rows).toEqual(a.rows);
        for (const r of a.rows) {
          expect(r.probabilityAlive).toBeGreaterThanOrEqual(0);
          expect(r.probabilityAlive).toBeLessThanOrEqual(1);
          expect(Number.isFinite(r.value)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
