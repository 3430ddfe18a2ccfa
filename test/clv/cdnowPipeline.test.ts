/**
 * The CDNOW sample end to end: transaction log (src/datasets) → `summarizeTransactions` (src/time, same-day
 * rows merged, weeks = days/7, calibration through 1997-09-30, holdout to 1998-06-30) → `fitModel` →
 * predictions, lifetime value and evaluation. Published references (clv.md §1.2, §2.1, §4): 2,357
 * customers, Σx = 2,457, 946 repeat buyers, Σx* = 1,882; Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44 and
 * BG/NBD LL = −9582.4 (Fader, Hardie & Lee 2005a, 2005b). Unit invariance: the same log summarised in days
 * gives the same lifetime values.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../src/clv/customerLifetimeValue';
import { holdoutAccuracy } from '../../src/clv/evaluation/holdoutAccuracy';
import { repeatCountComparison } from '../../src/clv/evaluation/repeatCountComparison';
import { trackingCurve } from '../../src/clv/evaluation/trackingCurve';
import { fitModel } from '../../src/clv/fitModel';
import { gammaGamma } from '../../src/clv/gammaGamma/index';
import { loadCdnowSample } from '../../src/datasets/loadCdnowSample';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';

const log = loadCdnowSample();
const weekly = summarizeTransactions(log, { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' });
const customers = weekly.customers;

describe('CDNOW sample pipeline', () => {
  const purchase = fitModel(bgNbd, customers);
  const spend = fitModel(
    gammaGamma,
    customers.filter((c) => c.frequency > 0),
  );

  it('reproduces the published fits from the raw log', () => {
    expect(customers).toHaveLength(2357);
    expect(customers.reduce((s, c) => s + c.frequency, 0)).toBe(2457);
    expect(spend.n).toBe(946);
    expect(spend.params.p.toFixed(2)).toBe('6.25');
    expect(spend.params.q.toFixed(2)).toBe('3.74');
    expect(spend.params.gamma.toFixed(2)).toBe('15.44');
    expect(purchase.logLikelihood.toFixed(1)).toBe('-9582.4');
    expect(Math.abs(gammaGamma.frequencySpendCorrelation(customers).correlation - 0.11388791939125473)).toBeLessThan(1e-12);
  });

  it('evaluates calibration against holdout', () => {
    const predicted = bgNbd.conditionalExpectedPurchases(purchase.params, customers, 39);
    const accuracy = holdoutAccuracy(
      predicted,
      customers.map((c) => c.frequencyHoldout ?? 0),
      { frequencies: customers.map((c) => c.frequency) },
    );
    expect(accuracy.totalActual).toBe(1882);
    // BG/NBD under-predicts the CDNOW holdout by about 12 % (Fader, Hardie & Lee 2005a, Fig. 1).
    expect(accuracy.relativeBias).toBeGreaterThan(-0.2);
    expect(accuracy.relativeBias).toBeLessThan(-0.05);
    expect(accuracy.correlation).toBeGreaterThan(0.5);
    const rows = repeatCountComparison(customers, (t, k) => bgNbd.probabilityOfPurchases(purchase.params, k, t));
    expect(rows.map((r) => r.actual)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    expect(Math.abs(rows.reduce((s, r) => s + r.expected, 0) - 2357)).toBeLessThan(1e-8);
    for (const r of rows) expect(Math.abs(r.expected - r.actual)).toBeLessThan(4 * Math.sqrt(r.expected) + 5);
  });

  it('tracks cumulative repeat transactions week by week', () => {
    const day = (date: string): number => (Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) - Date.UTC(1997, 0, 1)) / 86_400_000;
    const days = new Map<string, Set<number>>();
    for (const t of log) {
      const set = days.get(t.customerId) ?? new Set<number>();
      set.add(day(t.date));
      days.set(t.customerId, set);
    }
    const tracked = [...days.values()].map((set) => {
      const sorted = [...set].sort((a, b) => a - b).map((d) => d / 7);
      return { birth: sorted[0] as number, repeatTimes: sorted.slice(1) };
    });
    const curve = trackingCurve(tracked, (t) => bgNbd.expectedPurchases(purchase.params, t), { periods: 78 });
    const last = curve[77]!;
    expect(last.actualCumulative).toBe(2457 + 1882);
    const calibration = curve[37]!; // end of week 38, just before 1997-09-30
    expect(Math.abs(calibration.expectedCumulative / calibration.actualCumulative - 1)).toBeLessThan(0.05);
  });

  it('gives the same lifetime values when the same log is summarised in days', () => {
    const daily = summarizeTransactions(log, { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'day' }).customers;
    const dailyFit = fitModel(bgNbd, daily);
    const common = { spend: { params: spend.params }, margin: 0.3, discountRate: { rate: 0.1, per: 'year' as const }, daysPerYear: 365.25, purchaseModel: bgNbd };
    const inWeeks = customerLifetimeValue(customers, {
      ...common,
      purchaseParams: purchase.params,
      timeUnit: 'week',
      horizon: { value: 52, unit: 'week' },
      step: { value: 4, unit: 'week' },
    });
    const inDays = customerLifetimeValue(daily, {
      ...common,
      purchaseParams: dailyFit.params,
      timeUnit: 'day',
      horizon: { value: 52, unit: 'week' },
      step: { value: 28, unit: 'day' },
    });
    // Equal up to the optimiser's tolerance in the two fits.
    expect(Math.abs(inDays.total / inWeeks.total - 1)).toBeLessThan(1e-5);
    inWeeks.values.forEach((v, i) => expect(Math.abs(v - (inDays.values[i] as number))).toBeLessThan(1e-4 * (1 + v)));
  });
});
