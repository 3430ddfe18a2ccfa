/**
 * Evaluation helpers. References: hand-computed MAE/RMSE; repeat-count expectations equal the model pmf
 * times the number of customers of each age (BG/BB); the tracking curve of a constant-rate model is
 * linear in each customer's age; on data simulated from BG/BB the expected and actual counts agree within
 * Monte-Carlo error.
 */
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../../src/clv/bgBb/index';
import { holdoutAccuracy } from '../../../src/clv/evaluation/holdoutAccuracy';
import { repeatCountComparison } from '../../../src/clv/evaluation/repeatCountComparison';
import { trackingCurve } from '../../../src/clv/evaluation/trackingCurve';
import { simulateBgBb } from '../../../src/testing/simulateBgBb';
import { errorOf } from '../../hardening/errorOf';

describe('holdoutAccuracy', () => {
  it('computes MAE, RMSE, correlation, bias and the by-frequency table', () => {
    const r = holdoutAccuracy([1, 2, 3, 4], [1, 3, 2, 6], { frequencies: [0, 0, 3, 9], maxFrequency: 3 });
    expect(r.mae).toBe(1);
    expect(r.rmse).toBeCloseTo(Math.sqrt(6 / 4), 14);
    expect(r.correlation).toBeCloseTo(7 / Math.sqrt(70), 14);
    expect(r.relativeBias).toBeCloseTo((10 - 12) / 12, 14);
    expect(r.byFrequency).toEqual([
      { frequency: 0, label: '0', customers: 2, meanPredicted: 1.5, meanActual: 2 },
      { frequency: 3, label: '3+', customers: 2, meanPredicted: 3.5, meanActual: 4 },
    ]);
    expect(holdoutAccuracy([1, 1], [0, 2]).correlation).toBeNull();
  });

  it('is finite and right for values up to 1.8e308 (issue 12: the RMSE was Infinity at 1e308)', () => {
    // Hand-computed: errors (1e308 − 0.5, 0.5, 0) are 1e308 to rounding, so RMSE = 1e308/√3, MAE = 1e308/3;
    // the correlation of (1e308, 1.5, 3) with (0, 2, 3) tends to −15/√252 (deviations (2, −1, −1)/3 and (−5, 1, 4)/3).
    const r = holdoutAccuracy([1e308, 1.5, 3], [0, 2, 3], { frequencies: [0, 1, 7] });
    expect(Math.abs(r.rmse / (1e308 / Math.sqrt(3)) - 1)).toBeLessThan(1e-15);
    expect(Math.abs(r.mae / (1e308 / 3) - 1)).toBeLessThan(1e-15);
    expect(r.correlation).toBeCloseTo(-15 / Math.sqrt(252), 14);
    expect(r.byFrequency.map((g) => g.meanPredicted)).toEqual([1e308, 1.5, 3]);
    const swapped = holdoutAccuracy([0.5, 1.5, 3], [1e308, 2, 3]);
    expect(swapped.rmse).toBe(r.rmse);
    expect(swapped.relativeBias).toBe(-1);
    // Scaling is by a power of two, so values below 2^500 give the digits they always gave.
    const small = holdoutAccuracy([1, 2, 3, 4], [1, 3, 2, 6]);
    const big = holdoutAccuracy([1, 2, 3, 4].map((v) => v * 2 ** 900), [1, 3, 2, 6].map((v) => v * 2 ** 900));
    expect([big.mae, big.rmse, big.correlation]).toEqual([small.mae * 2 ** 900, small.rmse * 2 ** 900, small.correlation]);
  });

  it('refuses totals or mean errors past 1.8e308, naming the argument', () => {
    const sum = errorOf(() => holdoutAccuracy([1.7e308, 1.7e308], [1, 2]));
    expect([sum.code, sum.argument]).toEqual(['INVALID_ARGUMENT', 'predicted']);
    expect(errorOf(() => holdoutAccuracy([1, 2], [1.7e308, 1.7e308])).argument).toBe('actual');
    const error = errorOf(() => holdoutAccuracy([1.7e308, -1.7e308], [-1.7e308, 1.7e308]));
    expect([error.code, error.fn, error.argument]).toEqual(['INVALID_ARGUMENT', 'holdoutAccuracy', 'predicted']);
    expect(error.message).toContain('divide both by a common factor');
  });
});

describe('repeatCountComparison', () => {
  const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
  it('expected counts are the pmf times the customers of each age, pooled tail included', () => {
    const customers = [
      { frequency: 0, n: 6, weight: 10 },
      { frequency: 2, n: 6, weight: 5 },
      { frequency: 1, n: 3 },
    ];
    const rows = repeatCountComparison(customers, (n, x) => bgBb.probabilityOfPurchases(params, x, n), { maxCount: 2 });
    expect(rows.map((r) => r.actual)).toEqual([10, 1, 5]);
    const p6 = bgBb.probabilityOfPurchases(params, [0, 1], 6);
    const p3 = bgBb.probabilityOfPurchases(params, [0, 1], 3);
    expect(rows[0]!.expected).toBeCloseTo(15 * p6[0]! + p3[0]!, 12);
    expect(rows[1]!.expected).toBeCloseTo(15 * p6[1]! + p3[1]!, 12);
    expect(rows.reduce((s, r) => s + r.expected, 0)).toBeCloseTo(16, 12);
  });

  it('agrees with data simulated from the model within Monte-Carlo error', () => {
    const data = simulateBgBb(params, { customers: 20_000, opportunities: 6, seed: 3 });
    const rows = repeatCountComparison(data, (n, x) => bgBb.probabilityOfPurchases(params, x, n));
    for (const row of rows) expect(Math.abs(row.actual - row.expected)).toBeLessThan(4 * Math.sqrt(row.expected) + 1);
  });
});

describe('trackingCurve', () => {
  it('counts actual repeat purchases and sums E[X(end − birth)] over customers born', () => {
    const customers = [
      { birth: 0, repeatTimes: [0.5, 2.5, 3] },
      { birth: 1.5, repeatTimes: [2] },
      { birth: 1.5, repeatTimes: [] },
    ];
    const curve = trackingCurve(customers, (t) => 0.25 * t, { periods: 3 });
    expect(curve.map((p) => p.actualCumulative)).toEqual([1, 2, 4]);
    expect(curve.map((p) => p.actual)).toEqual([1, 1, 2]);
    expect(curve.map((p) => p.expectedCumulative)).toEqual([0.25, 0.5 + 2 * 0.125, 0.75 + 2 * 0.375]);
    expect(curve[2]!.expected).toBeCloseTo(1.5 - 0.75, 15);
  });
});
