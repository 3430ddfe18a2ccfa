import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whaleCurve } from '../../../src/segmentation/whaleCurve';
import { frozen } from './helpers';

const rows = (xs: (number | string)[]) => xs.map((profit, i) => ({ customerId: i + 1, profit }));

describe('whaleCurve', () => {
  it('hand-computed curve, peak, erosion and 20/80/30 diagnostics', () => {
    const w = whaleCurve(rows([-15, 40, 5, 0, 25, -5, 10, 5, -10, 15]));
    expect(w.totalProfit).toBe(70);
    expect(w.curve.map((p) => p.cumulativeProfit)).toEqual([0, 40, 65, 80, 90, 95, 100, 100, 95, 85, 70]);
    expect(w.curveComplete).toBe(true);
    expect(w.peak).toEqual({ customers: 6, customerShare: 0.6, profit: 100, share: 100 / 70 });
    expect(w.erosion).toEqual({ profit: -30, share: 100 / 70 - 1 });
    expect(w.profitable).toEqual({ customers: 6, profit: 100 });
    expect(w.breakEven).toEqual({ customers: 1 });
    expect(w.unprofitable).toEqual({ customers: 3, profit: -30 });
    expect(w.kotler).toEqual({ topCustomers: 2, bottomCustomers: 3, topProfit: 65, bottomProfit: -30, top20: 65 / 70, bottom30: -30 / 70, halfRule: 30 / 65, reason: null });
  });

  it('total profit ≤ 0: absolute curve, null shares and a reason', () => {
    const w = whaleCurve(rows([10, -20, -5]));
    expect(w.totalProfit).toBe(-15);
    expect(w.curve.map((p) => [p.cumulativeProfit, p.cumulativeShare])).toEqual([[0, null], [10, null], [5, null], [-15, null]]);
    expect(w.peak.share).toBeNull();
    expect(w.erosion).toEqual({ profit: -25, share: null });
    expect(w.kotler.top20).toBeNull();
    expect(w.kotler.halfRule).toBe(2); // −(−20) / 10: bottom ⌈0.9⌉ = 1 customer, top ⌈0.6⌉ = 1
    expect(w.percentReason).toMatch(/not positive/);
    const allLoss = whaleCurve(rows([-1, -2]));
    expect(allLoss.peak).toEqual({ customers: 0, customerShare: 0, profit: 0, share: null });
    expect(allLoss.kotler.halfRule).toBeNull();
  });

  it('one customer, all equal profits', () => {
    expect(whaleCurve(rows([7])).curve.map((p) => p.cumulativeShare)).toEqual([0, 1]);
    const eq = whaleCurve(rows([2, 2, 2, 2, 2]));
    expect(eq.peak.customers).toBe(5);
    expect(eq.kotler.top20).toBeCloseTo(0.2, 15);
  });

  it('exact amounts: decimal strings and cents summed exactly; inexact rows rejected', () => {
    const cents = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? '0.10' : 0.2));
    const w = whaleCurve(rows([...cents, '1.005', 'abc']), { amounts: 'exact' });
    expect(w.totalProfit).toBe(150);
    expect(w.rejected.map((r) => [r.index, r.field])).toEqual([[1000, 'profit'], [1001, 'profit']]);
    expect(w.settings).toMatchObject({ amounts: 'exact', minorDigits: 2 });
    expect(whaleCurve(rows(['1.005']), { amounts: 'exact', minorDigits: 3 }).totalProfit).toBe(1.005);
    expect(whaleCurve(rows([1, '1'])).rejected[0]!.reason).toBe('must be a finite number');
  });

  it('downsampling keeps the first, the last and the peak', () => {
    const profits = Array.from({ length: 1000 }, (_, i) => 500 - i - 0.5 * (i % 3));
    const w = whaleCurve(rows(profits), { maxPoints: 11 });
    expect(w.curve.length).toBeLessThanOrEqual(11);
    expect(w.curveComplete).toBe(false);
    expect(w.curve[0]!.customers).toBe(0);
    expect(w.curve.at(-1)!.customers).toBe(1000);
    expect(w.curve.some((p) => p.customers === w.peak.customers)).toBe(true);
  });

  it('errors', () => {
    expect(() => whaleCurve(rows([1]), { maxPoints: 2 })).toThrow(/`whaleCurve`: `options.maxPoints` must be an integer at least 3, got 2/);
    expect(() => whaleCurve(rows([1]), { amounts: 'decimal' as never })).toThrow(/'number' or 'exact'/);
    expect(() => whaleCurve(rows([1]), { top: 0 })).toThrow(/`options.top` must be a number greater than 0/);
    expect(() => whaleCurve(rows([Number.POSITIVE_INFINITY]))).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('properties: ends at the total, peak ≥ every point, row order, no mutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 80 }), (xs) => {
        const input = frozen(rows(xs));
        const w = whaleCurve(input);
        expect(whaleCurve([...input].reverse())).toEqual(w);
        const total = xs.reduce((s, x) => s + x, 0);
        expect(w.curve.at(-1)!.cumulativeProfit).toBe(total);
        expect(w.totalProfit).toBe(total);
        for (const p of w.curve) expect(p.cumulativeProfit).toBeLessThanOrEqual(w.peak.profit);
        expect(w.profitable.customers).toBe(xs.filter((x) => x > 0).length);
        if (total > 0) expect(w.curve.at(-1)!.cumulativeShare).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});
