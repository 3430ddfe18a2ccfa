/**
 * satisfactionToLoyalty: hand-computed rates, Wilson intervals and the log-ratio interval; censoring,
 * respondents not found, bad rows; recovery of the simulated repurchase probability by level
 * (1 − (β/(β + m_s W))^r for λ ~ Gamma(r, β) scaled by m_s, see the test) and of the top/second ratio.
 */
import { describe, expect, it } from 'vitest';
import { satisfactionToLoyalty, type SurveyInputRow } from '../../src/loyalty/satisfactionToLoyalty';
import { simulateCustomerRecords } from '../../src/testing/simulateCustomerRecords';

const Z = 1.959963984540054;
const wilson = (p: number, n: number) => {
  const z2n = (Z * Z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
};

// Four "very satisfied" (3 buy within 30 days), four "satisfied" (1 buys), one censored, one not found.
const t = [
  ...['a', 'b', 'c'].map((customerId) => ({ customerId, date: '2024-02-15', amount: 5 })),
  { customerId: 'd', date: '2024-04-01', amount: 5 }, // after 30 days: no
  { customerId: 'e', date: '2024-02-01', amount: 5 }, // on the survey day: not after it
  { customerId: 'e', date: '2024-01-20', amount: 5 },
  { customerId: 'f', date: '2024-03-02', amount: 5 }, // day 30: yes
  { customerId: 'g', date: '2024-01-01', amount: 5 },
  { customerId: 'h', date: '2024-02-10', amount: -5, returned: true }, // a return is not a purchase
  { customerId: 'i', date: '2024-06-29', amount: 5 },
];
const s: SurveyInputRow[] = [
  { respondentId: 'a', date: '2024-02-01', answers: { sat: 'very satisfied' } },
  { respondentId: 'b', date: '2024-02-01', answers: { sat: 'very satisfied' } },
  { respondentId: 'c', date: '2024-02-01', answers: { sat: 'very satisfied' } },
  { respondentId: 'd', date: '2024-02-01', answers: { sat: 'very satisfied' } },
  { respondentId: 'e', date: '2024-02-01', answers: { sat: 'satisfied' } },
  { respondentId: 'f', date: '2024-02-01', answers: { sat: 'satisfied' } },
  { respondentId: 'g', date: '2024-02-01', answers: { sat: 'satisfied' } },
  { respondentId: 'h', date: '2024-02-01', answers: { sat: 'satisfied' } },
  { respondentId: 'i', date: '2024-06-15', answers: { sat: 'satisfied' } },
  { respondentId: 'x', date: '2024-02-01', answers: { sat: 'satisfied' } },
];
const levels = ['dissatisfied', 'satisfied', 'very satisfied'];
const options = { item: 'sat', levels, period: { from: '2024-01-01', to: '2024-06-30' }, withinDays: 30 };

describe('satisfactionToLoyalty', () => {
  const r = satisfactionToLoyalty(s, t, options);

  it('computes repurchase by level with Wilson intervals and the log-ratio interval', () => {
    expect(r.levels[0]).toEqual({ level: 'dissatisfied', responses: 0, censored: 0, n: 0, repurchased: 0, rate: null, interval: null });
    expect(r.levels[1]).toMatchObject({ level: 'satisfied', responses: 5, censored: 1, n: 4, repurchased: 1, rate: 0.25 });
    expect(r.levels[2]).toMatchObject({ level: 'very satisfied', responses: 4, censored: 0, n: 4, repurchased: 3, rate: 0.75 });
    for (const [k, p] of [[1, 0.25], [2, 0.75]] as const) {
      expect(r.levels[k]!.interval!.lower).toBeCloseTo(wilson(p, 4).lower, 13);
      expect(r.levels[k]!.interval!.upper).toBeCloseTo(wilson(p, 4).upper, 13);
    }
    const se = Math.sqrt(0.25 / 3 + 0.75 / 1);
    expect(r.ratio.top).toBe('very satisfied');
    expect(r.ratio.compareTo).toBe('satisfied');
    expect(r.ratio.ratio).toBeCloseTo(3, 14);
    expect(r.ratio.interval!.lower).toBeCloseTo(3 * Math.exp(-Z * se), 12);
    expect(r.ratio.interval!.upper).toBeCloseTo(3 * Math.exp(Z * se), 12);
    expect(r.notFound).toEqual([{ index: 9, respondentId: 'x' }]);
  });

  it('reports bad rows, matches numeric strings, and ignores row order', () => {
    const bad = [...s, { respondentId: 'a', date: '2024-02-01', answers: { sat: 'meh' } }, { respondentId: 'a', answers: { sat: 'satisfied' } }, { respondentId: 'a', date: '2023-02-01', answers: { sat: 'satisfied' } }];
    const out = satisfactionToLoyalty(bad as SurveyInputRow[], t, options);
    expect(out.rejected).toEqual([
      { index: 10, field: 'answers.sat', reason: 'must be one of `options.levels`', value: 'meh' },
      { index: 11, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: undefined },
      { index: 12, field: 'date', reason: 'is outside the period', value: '2023-02-01' },
    ]);
    expect({ ...out, rejected: [] }).toEqual(r);
    const numeric = satisfactionToLoyalty([{ respondentId: 'a', date: '2024-02-01', answers: { q: '5' } }], t, { ...options, item: 'q', levels: [4, 5] });
    expect(numeric.levels[1]!.repurchased).toBe(1);
    const reversed = satisfactionToLoyalty([...s].reverse(), [...t].reverse(), options);
    expect(reversed.levels).toEqual(r.levels);
  });

  it('throws on invalid options', () => {
    expect(() => satisfactionToLoyalty(s, t, { ...options, levels: ['a', 'a'] })).toThrow(/`satisfactionToLoyalty`: `options.levels\[1\]` must not repeat a level/);
    expect(() => satisfactionToLoyalty(s, t, { ...options, top: 'great' })).toThrow(/`options.top` must be one of `options.levels`/);
    expect(() => satisfactionToLoyalty(s, t, { ...options, compareTo: 'very satisfied' })).toThrow(/`options.compareTo` must be another/);
    expect(() => satisfactionToLoyalty(s, t, { ...options, withinDays: 1.5 })).toThrow(/`options.withinDays` must be an integer/);
    expect(() => satisfactionToLoyalty(s, t, { ...options, confidenceLevel: 1 })).toThrow(/`options.confidenceLevel`/);
  });

  it('recovers the simulated repurchase probability of every level', () => {
    // In simulateCustomerRecords a level-s customer buys at λ = m_s λ₀, λ₀ ~ Gamma(r, β) per day, with
    // geometric whole-day gaps (memoryless on days), and the survey day is independent of λ. So
    // P(purchase within W days after the survey | s) = E[1 − e^{−m_s λ₀ W}] = 1 − (β/(β + m_s W))^r.
    const multipliers = [0.4, 0.6, 0.8, 1, 1.5];
    const W = 28;
    const sim = simulateCustomerRecords({
      customers: 6000, seed: 21, startDate: '2024-01-01', acquisitionDays: 60, endDate: '2025-03-31',
      purchaseRate: { shape: 2, rate: 80 }, incidentProbability: 0, surveyShare: 0.6,
      satisfaction: { levelProbabilities: [0.15, 0.15, 0.2, 0.25, 0.25], rateMultipliers: multipliers },
    });
    const out = satisfactionToLoyalty(sim.surveys, sim.transactions, { item: 'satisfaction', levels: [1, 2, 3, 4, 5], period: { from: '2024-01-01', to: '2025-03-31' }, withinDays: W });
    const truth = multipliers.map((m) => 1 - (80 / (80 + m * W)) ** 2);
    out.levels.forEach((l, k) => {
      expect(l.interval!.lower).toBeLessThan(truth[k]!);
      expect(l.interval!.upper).toBeGreaterThan(truth[k]!);
    });
    expect(out.ratio.interval!.lower).toBeLessThan(truth[4]! / truth[3]!);
    expect(out.ratio.interval!.upper).toBeGreaterThan(truth[4]! / truth[3]!);
    expect(out.notFound).toEqual([]);
  });
});
