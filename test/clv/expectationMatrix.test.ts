/**
 * expectationMatrix and probabilityAliveHistory: the chart data of lifetimes'
 * plot_frequency_recency_matrix / plot_probability_alive_matrix / plot_history_alive. References: the
 * published BG/NBD parameters of Fader, Hardie & Lee (2005) in weeks (r 0.243, α 4.414, a 0.793,
 * b 2.426) and their customer 0001 (x 2, t_x 30.43, T 38.86: E[Y(39)] 1.226); identities with the model
 * functions; the history recomputed by hand from the purchase days.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { expectationMatrix } from '../../src/clv/expectationMatrix';
import { probabilityAliveHistory } from '../../src/clv/probabilityAliveHistory';
import { errorOf as failure } from '../errorOf';

const fit = { model: 'bgNbd' as const, params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' as const };
const p = fit.params;

describe('expectationMatrix', () => {
  it('each cell is the model at (x, t_x, T); impossible cells are null', () => {
    const m = expectationMatrix(fit, { maxFrequency: 3, maxRecency: 38.86, T: 38.86, recencyStep: 10, horizon: { value: 39, unit: 'week' } });
    expect(m.frequencies).toEqual([0, 1, 2, 3]);
    expect(m.recencies).toEqual([0, 10, 20, 30, 38.86]);
    expect(m.probabilityAlive[0]).toEqual([1, null, null, null, null]);
    for (const x of [1, 2, 3]) {
      m.recencies.forEach((tx, c) => {
        expect(m.probabilityAlive[x]![c]).toBe(bgNbd.probabilityAlive(p, { frequency: x, recency: tx, T: 38.86 }));
        expect(m.expectedPurchases[x]![c]).toBe(bgNbd.conditionalExpectedPurchases(p, { frequency: x, recency: tx, T: 38.86 }, 39));
      });
    }
    // x = 2 near customer 0001's recency: between the neighbouring cells of E[Y(39)] = 1.226 (FHL 2005).
    expect(m.expectedPurchases[2]![3]!).toBeLessThan(1.226);
    expect(m.expectedPurchases[2]![4]!).toBeGreaterThan(1.226);
    // The increasing-frequency paradox at a recency far below T.
    expect(m.expectedPurchases[3]![1]!).toBeLessThan(m.expectedPurchases[1]![1]!);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('converts the horizon and checks the unit and the grid', () => {
    const inDays = expectationMatrix(fit, { maxFrequency: 1, maxRecency: 2, horizon: { value: 14, unit: 'day' } });
    expect(inDays.settings.horizon).toBe(2);
    expect(failure(() => expectationMatrix(fit, { maxFrequency: 1, maxRecency: 2, horizon: { value: 1, unit: 'month' } })).code).toBe('UNIT_MISMATCH');
    expect(failure(() => expectationMatrix({ ...fit, timeUnit: null }, { maxFrequency: 1, maxRecency: 2, horizon: { value: 1, unit: 'week' } })).message).toMatch(/`options.timeUnit` is required/);
    expect(failure(() => expectationMatrix(fit, { maxFrequency: 1.5, maxRecency: 2, horizon: { value: 1, unit: 'week' } })).message).toMatch(/`options.maxFrequency` must be an integer at least 0, got 1.5/);
    expect(failure(() => expectationMatrix(fit, { maxFrequency: 1, maxRecency: 2, T: 1, horizon: { value: 1, unit: 'week' } })).message).toMatch(/`options.T` must be a finite number at least maxRecency \(2\), got 1/);
    expect(failure(() => expectationMatrix(fit, { maxFrequency: 2000, maxRecency: 1000, horizon: { value: 1, unit: 'week' } })).message).toMatch(/at most 1000000 cells/);
    // Issue 12: 1e308 threw a RangeError (Invalid array length) before the grid size was checked.
    for (const maxFrequency of [1e6, 2 ** 32, 1e308]) {
      expect(failure(() => expectationMatrix(fit, { maxFrequency, maxRecency: 2, horizon: { value: 1, unit: 'week' } })).message).toMatch(/^`expectationMatrix`: `options.maxFrequency` must be at most 999999 \(the grid holds at most 1000000 cells/);
    }
  });
});

describe('probabilityAliveHistory', () => {
  const tx = [
    { customerId: 'c1', date: '1997-01-01' },
    { customerId: 'c1', date: '1997-01-01' },
    { customerId: 'c1', date: '1997-01-15' },
    { customerId: 'c1', date: '1997-01-20' },
    { customerId: 'c1', date: 'not a date' },
    { customerId: 'c1', date: '1997-05-01' },
  ];

  it('summarises the history on each day as the summary would, then asks the model', () => {
    const h = probabilityAliveHistory(fit, tx, { end: '1997-03-12', step: { value: 1, unit: 'week' } });
    expect(h.customerId).toBe('c1');
    expect(h.purchaseDates).toEqual(['1997-01-01', '1997-01-15', '1997-01-20']);
    expect(h.points.map((q) => q.date).slice(0, 5)).toEqual(['1997-01-01', '1997-01-08', '1997-01-15', '1997-01-20', '1997-01-22']);
    expect(h.points.at(-1)?.date).toBe('1997-03-12');
    const at20 = h.points[3]!;
    expect(at20).toEqual({ date: '1997-01-20', T: 19 / 7, frequency: 2, recency: 19 / 7, probabilityAlive: bgNbd.probabilityAlive(p, { frequency: 2, recency: 19 / 7, T: 19 / 7 }), purchase: true });
    const last = h.points.at(-1)!;
    expect(last.probabilityAlive).toBe(bgNbd.probabilityAlive(p, { frequency: 2, recency: 19 / 7, T: 70 / 7 }));
    // Decays while silent.
    const silent = h.points.filter((q) => q.date > '1997-01-20').map((q) => q.probabilityAlive);
    silent.forEach((v, i) => i > 0 && expect(v).toBeLessThan(silent[i - 1]!));
    expect(h.rejected).toEqual([
      { index: 4, field: 'date', reason: 'must be a calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: 'not a date' },
      { index: 5, field: 'date', reason: 'is after the end 1997-03-12', value: '1997-05-01' },
    ]);
    expect(h.settings).toEqual({ model: 'bgNbd', timeUnit: 'week', unitDays: 7, stepDays: 7, end: '1997-03-12' });
  });

  it('refuses several customers, units without a day length, and non-whole-day steps', () => {
    expect(failure(() => probabilityAliveHistory(fit, [{ customerId: 1, date: '1997-01-01' }, { customerId: 2, date: '1997-01-02' }], { end: '1997-02-01' })).message).toBe(
      '`probabilityAliveHistory`: `transactions[1].customerId` must be the id of transactions[0] ("1"): a history is one customer\'s, got 2',
    );
    expect(failure(() => probabilityAliveHistory({ ...fit, timeUnit: 'month' }, tx, { end: '1997-02-01' })).message).toMatch(/`fit.timeUnit` must have a fixed length in days/);
    expect(failure(() => probabilityAliveHistory(fit, tx, { end: '1997-02-01', step: { value: 0.5, unit: 'day' } })).message).toMatch(/`options.step` must be a whole number of days/);
    expect(failure(() => probabilityAliveHistory(fit, tx, { end: '1996-01-01' })).code).toBe('EMPTY_INPUT');
    expect(failure(() => probabilityAliveHistory(fit, tx, { end: 'soon' })).message).toMatch(/`options.end` must be a calendar date/);
    expect(failure(() => probabilityAliveHistory({ ...fit, data: { mergeBy: 'unit' } as never }, tx, { end: '1997-02-01' })).message).toMatch(/`fit.data.mergeBy` must be 'day'/);
  });
});
