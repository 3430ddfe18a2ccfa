/** The @example values of scoreCustomers, expectationMatrix, probabilityAliveHistory and fitModel's unit. */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { expectationMatrix } from '../../src/clv/expectationMatrix';
import { fitModel } from '../../src/clv/fitModel';
import { probabilityAliveHistory } from '../../src/clv/probabilityAliveHistory';
import { scoreCustomers } from '../../src/clv/scoreCustomers';

const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;

describe('doc examples', () => {
  it('scoreCustomers', () => {
    const scores = scoreCustomers(fit, [
      { customerId: 'b', frequency: 0, recency: 0, T: 38.86 },
      { customerId: 'a', frequency: 2, recency: 30.43, T: 38.86, frequencyHoldout: 1 },
    ], { horizon: { value: 39, unit: 'week' }, spend: { expected: 35 }, value: { margin: 0.3, discountRate: { rate: 0.01, per: 'week' }, horizon: { value: 52, unit: 'week' } } });
    expect(scores.rows.map((r) => r.customerId)).toEqual(['a', 'b']);
    expect(scores.rows[0]!.probabilityAlive.toFixed(4)).toBe('0.7266');
    expect(scores.rows[0]!.expectedPurchases.toFixed(3)).toBe('1.226');
    expect(scores.rows[0]!.value?.toFixed(2)).toBe('12.95');
    expect(scores.rows[0]!.frequencyHoldout).toBe(1);
  });
  it('expectationMatrix', () => {
    const m = expectationMatrix(fit, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } });
    expect(m.recencies).toEqual([0, 1, 2]);
    expect(m.probabilityAlive[0]).toEqual([1, null, null]);
    expect(m.probabilityAlive[2]!.map((p) => p?.toFixed(3))).toEqual(['0.651', '0.747', '0.812']);
    expect(m.expectedPurchases[2]![2]?.toFixed(4)).toBe('0.2737');
  });
  it('probabilityAliveHistory', () => {
    const h = probabilityAliveHistory(fit, [{ date: '1997-01-01' }, { date: '1997-01-15' }], { end: '1997-03-12', step: { value: 1, unit: 'week' } });
    expect(h.points.length).toBe(11);
    expect(h.points.map((p) => p.probabilityAlive.toFixed(2)).slice(1, 4)).toEqual(['1.00', '0.75', '0.72']);
    expect(h.points.at(-1)?.probabilityAlive.toFixed(2)).toBe('0.53');
  });
  it('fitModel records a declared unit', () => {
    const f = fitModel(bgNbd, [
      { frequency: 2, recency: 30.43, T: 38.86 },
      { frequency: 1, recency: 1.71, T: 38.86 },
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 5, recency: 36.0, T: 37.0 },
    ], { timeUnit: 'week' });
    expect([f.n, f.rows, f.timeUnit]).toEqual([5, 4, 'week']);
  });
});
