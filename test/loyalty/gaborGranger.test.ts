// Reference values: hand computations in the comments; the logistic fit is checked by its score equations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { expit } from '../../src/core/special/expit';
import { gaborGranger, type GaborGrangerResponse } from '../../src/loyalty/gaborGranger';
import { deepFreeze } from '../schemas/helpers';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isClienteleError(e) ? e.code : 'not a ClienteleError';
  }
  return undefined;
}

describe('gaborGranger', () => {
  it('demand, revenue, profit and arc elasticities from maximum prices (hand computation)', () => {
    // WTP 10, 20, none → D = 2/3, 1/3, 0 at 10, 20, 30. Revenue 6.67, 6.67, 0 → the lowest, 10.
    // Profit with c = 5, F = 1, M = 300: (10−5)·200 − 1 = 999, (20−5)·100 − 1 = 1499, −1 → 20.
    // Arc 10→20: (−1/3 / (1/2)) / (10 / 15) = −1.
    const r = gaborGranger(
      [{ respondentId: 'a', maxPrice: 10 }, { respondentId: 'b', maxPrice: 20 }, { respondentId: 'c', maxPrice: null }],
      { prices: [30, 10, 20], unitCost: 5, fixedCost: 1, marketSize: 300 },
    );
    expect(r.curve.map((c) => c.price)).toEqual([10, 20, 30]);
    expect(r.curve.map((c) => c.demand)).toEqual([2 / 3, 1 / 3, 0]);
    r.curve.forEach((c, k) => expect(c.revenue).toBeCloseTo([2000, 2000, 0][k]!, 9));
    r.curve.forEach((c, k) => expect(c.profit).toBeCloseTo([999, 1499, -1][k]!, 9));
    // 10·(2/3)·300 rounds to 1999.9999999999998 and 20·(1/3)·300 to 2000: a tie, so the lower price.
    expect(r.optimalRevenue.price).toBe(10);
    expect(r.optimalProfit.price).toBe(20);
    expect(r.optimalProfit.demand).toBe(1 / 3);
    expect(r.curve[0]!.arcElasticityToNext).toBeCloseTo(-1, 14);
    expect(r.curve[1]!.arcElasticityToNext).toBeCloseTo(-5, 14); // (−1/3 / (1/6)) / (10 / 25)
    expect(r.curve[2]!.arcElasticityToNext).toBeNull();
    expect(r.respondents).toEqual([
      { respondentId: 'a', wtp: 10, weight: 1 },
      { respondentId: 'b', wtp: 20, weight: 1 },
      { respondentId: 'c', wtp: null, weight: 1 },
    ]);
    expect(r.conventions.form).toBe('maxPrice');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('reads WTP from buy / no-buy answers and rejects non-monotone answers', () => {
    const rows: GaborGrangerResponse[] = [
      { respondentId: 'a', price: 10, buy: true },
      { respondentId: 'a', price: 20, buy: false },
      { respondentId: 'b', price: 10, buy: true },
      { respondentId: 'b', price: 20, buy: true },
      { respondentId: 'b', price: 30, buy: false },
      { respondentId: 'c', price: 10, buy: false },
      { respondentId: 'd', price: 10, buy: false },
      { respondentId: 'd', price: 20, buy: true },
      { respondentId: 'e', price: -1, buy: true },
    ];
    const r = gaborGranger(rows);
    expect(r.conventions.form).toBe('answers');
    expect(r.respondents.map((x) => [x.respondentId, x.wtp])).toEqual([
      ['a', 10],
      ['b', 20],
      ['c', null],
    ]);
    expect(r.curve.map((c) => [c.price, c.demand])).toEqual([
      [10, 2 / 3],
      [20, 1 / 3],
      [30, 0],
    ]);
    expect(r.rejected.map((p) => [p.respondentId, p.index, p.field])).toEqual([
      ['d', 6, 'buy'],
      ['e', 8, 'price'],
    ]);
    expect(r.rejected[0]!.reason).toBe('answers are not monotone in price: buys at 20 but not at 10');
    expect(() => gaborGranger(rows, { invalid: 'throw' })).toThrow(
      '`gaborGranger`: `responses[6].buy` answers are not monotone in price: buys at 20 but not at 10, got {"buysAt":20,"refusesAt":10}',
    );
  });

  it('weights: a weight-2 respondent counts twice', () => {
    const w = gaborGranger([{ respondentId: 1, maxPrice: 10, weight: 2 }, { respondentId: 2, maxPrice: 20 }], { prices: [10, 20] });
    const d = gaborGranger(
      [{ respondentId: 1, maxPrice: 10 }, { respondentId: 3, maxPrice: 10 }, { respondentId: 2, maxPrice: 20 }],
      { prices: [10, 20] },
    );
    expect(w.curve).toEqual(d.curve);
    expect(w.sumWeights).toBe(3);
  });

  it('logistic smoothing solves the likelihood equations and the revenue optimum condition', () => {
    // WTP 5..24 evenly (10 respondents each); prices 5..25 by 5. Symmetric data: D(15) = 1/2, b0/b1 = −15.
    const rows = Array.from({ length: 200 }, (_, i) => ({ respondentId: i, maxPrice: 5 + (i % 20) }));
    const prices = [5, 10, 15, 20, 25];
    const r = gaborGranger(rows, { prices, smoothing: 'logistic', unitCost: 4 });
    const L = r.logistic!;
    expect(L.converged).toBe(true);
    expect(L.max).toBe(1);
    expect(-L.b0 / L.b1).toBeCloseTo(15, 5);
    // Score equations of the binomial likelihood: Σ (y_k − N σ_k) = 0 and Σ p_k (y_k − N σ_k) = 0.
    const buyers = r.curve.map((c) => c.demand * 200);
    const resid = prices.map((p, k) => buyers[k]! - 200 * expit(L.b0 + L.b1 * p));
    expect(Math.abs(resid.reduce((s, v) => s + v, 0))).toBeLessThan(1e-4);
    expect(Math.abs(resid.reduce((s, v, k) => s + v * prices[k]!, 0))).toBeLessThan(1e-3);
    // Optimum: 1 + (p − c) b1 (1 − σ) = 0.
    const cond = (p: number, c: number) => 1 + (p - c) * L.b1 * (1 - expit(L.b0 + L.b1 * p));
    expect(Math.abs(cond(L.optimalRevenue.price, 0))).toBeLessThan(1e-9);
    expect(Math.abs(cond(L.optimalProfit.price, 4))).toBeLessThan(1e-9);
    expect(L.optimalProfit.price).toBeGreaterThan(L.optimalRevenue.price);
    expect(L.optimalRevenue.atBoundary).toBe(false);
    const fitted = gaborGranger(rows, { prices, smoothing: 'logistic', logisticMax: 'fit' }).logistic!;
    expect(fitted.max).toBeLessThanOrEqual(1);
    expect(fitted.logLikelihood).toBeGreaterThanOrEqual(L.logLikelihood - 1e-6);
  });

  it('argument errors, empty input and zero weights', () => {
    const ok = [{ respondentId: 1, maxPrice: 10 }];
    expect(() => gaborGranger(ok, null as never)).toThrow('`gaborGranger`: `options` must be an object or undefined, got null');
    expect(() => gaborGranger(ok, { prices: [0] })).toThrow('`options.prices` must be a non-empty array of finite numbers > 0');
    expect(() => gaborGranger(ok, { unitCost: '1' as never })).toThrow('`options.unitCost` must be a finite number >= 0, got "1"');
    expect(() => gaborGranger(ok, { logisticMax: 2 })).toThrow("`options.logisticMax` must be a number in (0, 1] or 'fit'");
    expect(() => gaborGranger(ok, { smoothing: 'spline' as never })).toThrow(/`options.smoothing` must be one of/);
    expect(codeOf(() => gaborGranger([]))).toBe('EMPTY_INPUT');
    expect(codeOf(() => gaborGranger([{ respondentId: 1, maxPrice: null }]))).toBe('EMPTY_INPUT');
    expect(codeOf(() => gaborGranger([{ respondentId: 1, maxPrice: 3, weight: 0 }]))).toBe('UNDEFINED_RESULT');
    const dup = gaborGranger([{ respondentId: 1, maxPrice: 3 }, { respondentId: '1', maxPrice: 4 }, { respondentId: 2, maxPrice: 5 }]);
    expect(dup.rejected.map((p) => p.index)).toEqual([0, 1]);
  });

  it('properties: row-order independence and no mutation', () => {
    const survey = fc.array(fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(survey, fc.integer(), (wtps, seed) => {
        const rows = deepFreeze(wtps.map((m, i) => ({ respondentId: `r${i}`, maxPrice: m })));
        const shuffled = rows.map((r, i) => ({ r, k: Math.sin(seed + 3.3 * i) })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const a = gaborGranger(rows, { prices: [5, 10, 20] });
        expect(gaborGranger(shuffled, { prices: [5, 10, 20] })).toEqual(a);
        for (const c of a.curve) expect(c.demand >= 0 && c.demand <= 1).toBe(true);
        expect(a.curve[0]!.demand).toBeGreaterThanOrEqual(a.curve[2]!.demand);
      }),
      { numRuns: 50 },
    );
  });
});
