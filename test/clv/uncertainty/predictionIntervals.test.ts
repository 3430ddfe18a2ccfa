/**
 * predictionIntervals and scoreCustomers' `intervals`. Reference: a brute-force computation of the same
 * definition (for each parameter draw of `drawParameters` with the same seed, `scoreCustomers` at the
 * drawn parameters; then the type-7 quantiles of `core/stats/quantile` per customer and of the per-draw
 * totals). The engine's shortcuts (P(alive) kernel, E[Y] = P(alive)·E[Y | alive] per (x, T), Chebyshev
 * interpolation checked to 1e-8, selection) must reproduce it to 1e-6 relative. Properties: estimates
 * equal scoreCustomers' columns exactly, reproducible with a seed, lower ≤ upper, no NaN, widths shrink
 * with more customers.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { drawParameters } from '../../../src/clv/drawParameters';
import { fitModel } from '../../../src/clv/fitModel';
import type { FitResult } from '../../../src/clv/fitModel';
import { gammaGamma } from '../../../src/clv/gammaGamma/index';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import { mbgCnbdK } from '../../../src/clv/mbgCnbdK/index';
import { mbgNbd } from '../../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { predictionIntervals } from '../../../src/clv/predictionIntervals';
import { scoreCustomers } from '../../../src/clv/scoreCustomers';
import type { ModelParams } from '../../../src/clv/types';
import { quantile } from '../../../src/core/stats/quantile';
import { simulateBgNbd } from '../../../src/testing/simulateBgNbd';
import { simulateGammaGamma } from '../../../src/testing/simulateGammaGamma';
import { simulateGgomNbd } from '../../../src/testing/simulateGgomNbd';
import { simulateMbgCnbdK } from '../../../src/testing/simulateMbgCnbdK';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';
import { errorOf } from '../../errorOf';

/** Customers observed daily (whole days: ties), with ids and a spend. */
function customersOf(rows: readonly { frequency: number; recency: number; T: number; litt?: number }[], seed: number) {
  const spend = simulateGammaGamma({ p: 6, q: 3.5, gamma: 15 }, rows.map((c) => c.frequency), { seed });
  return rows.map((c, i) => {
    const T = Math.max(1, Math.round(c.T));
    // A history with log inter-purchase times (MBG/CNBD-k) keeps a recency of at least one day, and its
    // litt at most x·ln(t_x/x) (equal gaps), the bound the rounded recency allows.
    const recency = c.frequency === 0 ? 0 : Math.min(T, Math.max(c.litt === undefined ? 0 : 1, Math.round(c.recency)));
    const monetaryValue = (spend[i] as { monetaryValue: number }).monetaryValue;
    const litt = c.litt === undefined ? {} : { litt: c.frequency === 0 ? 0 : Math.min(c.litt, c.frequency * Math.log(recency / c.frequency)) };
    return { customerId: `c${String(i).padStart(5, '0')}`, frequency: c.frequency, recency, T, monetaryValue, ...litt };
  });
}

const value = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' as const }, horizon: { value: 52, unit: 'week' as const }, step: { value: 4, unit: 'week' as const } };
const horizon = { value: 26, unit: 'week' as const };

/** The same intervals by brute force: scoreCustomers per draw, then quantiles. */
function bruteForce(fit: FitResult<ModelParams>, customers: ReturnType<typeof customersOf>, spendFit: FitResult<ModelParams> | null, draws: number, seed: number) {
  const p = drawParameters(fit, { draws, seed });
  const s = spendFit === null ? null : drawParameters(spendFit, { draws, seed: seed + 1 });
  const perDraw: { alive: Float64Array; expected: Float64Array; value: Float64Array; spend: Float64Array; totals: number[] }[] = [];
  for (let d = 0; d < draws; d++) {
    const params = Object.fromEntries(fit.parameterNames.map((n) => [n, p.columns[n]?.[d] as number]));
    const spend = s === null || spendFit === null ? { expected: 35 } : { params: Object.fromEntries(spendFit.parameterNames.map((n) => [n, s.columns[n]?.[d] as number])) as never };
    const score = scoreCustomers({ model: fit.model, ...(fit.k === undefined ? {} : { k: fit.k }), params, timeUnit: 'day' }, customers, { horizon, spend, value, daysPerYear: 365.25, as: 'columns' });
    const c = score.columns;
    perDraw.push({ alive: c.probabilityAlive, expected: c.expectedPurchases, value: c.value as Float64Array, spend: c.expectedSpend as Float64Array, totals: [score.totals.expectedPurchases, score.totals.value as number] });
  }
  const q = (values: number[]) => [quantile(values, 0.05), quantile(values, 0.95)];
  const per = (pick: (x: (typeof perDraw)[number]) => Float64Array, i: number) => q(perDraw.map((x) => pick(x)[i] as number));
  return {
    customer: (i: number) => ({ alive: per((x) => x.alive, i), expected: per((x) => x.expected, i), value: per((x) => x.value, i), spend: per((x) => x.spend, i) }),
    totals: { expected: q(perDraw.map((x) => x.totals[0] as number)), value: q(perDraw.map((x) => x.totals[1] as number)) },
  };
}

function close(actual: number, expected: number, rel = 1e-6): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1e-12, Math.abs(expected)));
}

describe('predictionIntervals against brute force', () => {
  const cases = [
    { name: 'bgNbd', model: bgNbd, rows: simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 400, seed: 21, T: 365, birthWindow: 300 }) },
    { name: 'mbgNbd', model: mbgNbd, rows: simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 400, seed: 22, T: 365, birthWindow: 300 }) },
    { name: 'paretoNbd', model: paretoNbd, rows: simulateParetoNbd({ r: 0.55, alpha: 10, s: 0.6, beta: 12 }, { customers: 400, seed: 23, T: 365, birthWindow: 300 }) },
    // Gamma-Gompertz/NBD: E[Y | alive, x, T] = (r+x)/(α+T) · ∫ S(T+u)/S(T) du, the integral once per distinct T.
    { name: 'ggomNbd', model: ggomNbd, rows: simulateGgomNbd({ r: 1.5, alpha: 21, b: 0.03, s: 0.8, beta: 20 }, { customers: 250, seed: 24, T: 365, birthWindow: 182 }) },
    // MBG/CNBD-k: the MBG/NBD expectation with α replaced by kα, times the Erlang-k P(alive).
    { name: 'mbgCnbdK', model: mbgCnbdK(2), rows: simulateMbgCnbdK(2, { r: 0.85, alpha: 10, a: 0.79, b: 2.42 }, { customers: 400, seed: 25, T: 365, birthWindow: 182 }) },
  ] as const;
  for (const c of cases) {
    it(`${c.name}: customers and totals, with drawn Gamma-Gamma spend`, () => {
      const customers = customersOf(c.rows, 5);
      const fit = fitModel(c.model as never, customers, { timeUnit: 'day' }) as FitResult<ModelParams>;
      expect(fit.notIdentified).toEqual({});
      const spendFit = fitModel(gammaGamma, customers.filter((x) => x.frequency > 0), { constraints: { q: { greaterThan: 1 } } }) as unknown as FitResult<ModelParams>;
      const draws = 60;
      const result = predictionIntervals(fit, customers, { horizon, spend: spendFit as never, value, daysPerYear: 365.25, draws, seed: 3 });
      const reference = bruteForce(fit, customers, spendFit, draws, 3);
      const score = scoreCustomers(fit, customers, { horizon, spend: spendFit as never, value, daysPerYear: 365.25 });
      result.rows.forEach((row, i) => {
        const r = reference.customer(i);
        const s = score.rows[i];
        expect(row.customerId).toBe(s?.customerId);
        expect(row.probabilityAlive?.estimate).toBe(s?.probabilityAlive);
        expect(row.expectedPurchases?.estimate).toBe(s?.expectedPurchases);
        close(row.clv?.estimate as number, s?.value as number, 1e-12);
        close(row.probabilityAlive?.lower as number, r.alive[0] as number);
        close(row.probabilityAlive?.upper as number, r.alive[1] as number);
        close(row.expectedPurchases?.lower as number, r.expected[0] as number);
        close(row.expectedPurchases?.upper as number, r.expected[1] as number);
        close(row.expectedSpend?.lower as number, r.spend[0] as number);
        close(row.expectedSpend?.upper as number, r.spend[1] as number);
        close(row.clv?.lower as number, r.value[0] as number);
        close(row.clv?.upper as number, r.value[1] as number);
      });
      close(result.totals.expectedPurchases!.lower, reference.totals.expected[0] as number);
      close(result.totals.expectedPurchases!.upper, reference.totals.expected[1] as number);
      close(result.totals.clv?.lower as number, reference.totals.value[0] as number);
      close(result.totals.clv?.upper as number, reference.totals.value[1] as number);
    });
  }
});

describe('predictionIntervals properties', () => {
  const rows = simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 3000, seed: 31, T: 365, birthWindow: 300 });
  const customers = customersOf(rows, 6);
  const fit = fitModel(bgNbd, customers, { timeUnit: 'day' });
  const options = { horizon, spend: { expected: 35 }, value, daysPerYear: 365.25, draws: 200, seed: 8 } as const;
  const result = predictionIntervals(fit, customers, options);

  it('is reproducible with a seed, differs with another, and is JSON', () => {
    expect(predictionIntervals(fit, customers, options)).toEqual(result);
    const other = predictionIntervals(fit, customers, { ...options, seed: 9 });
    expect(other.totals.expectedPurchases!.lower).not.toBe(result.totals.expectedPurchases!.lower);
    expect(result.settings).toMatchObject({ level: 0.9, method: 'parameters', draws: 200, seed: 8, held: [], quantities: ['probabilityAlive', 'expectedPurchases', 'expectedSpend', 'clv'] });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('orders lower ≤ upper, never NaN, and contains the estimate of the totals and of the parameters', () => {
    for (const row of result.rows) {
      for (const q of [row.probabilityAlive, row.expectedPurchases, row.expectedSpend, row.clv]) {
        expect(q).not.toBeNull();
        const { estimate, lower, upper } = q as { estimate: number; lower: number; upper: number };
        expect([estimate, lower, upper].every(Number.isFinite)).toBe(true);
        expect(lower).toBeLessThanOrEqual(upper);
      }
      expect(row.probabilityAlive?.lower).toBeGreaterThanOrEqual(0);
      expect(row.probabilityAlive?.upper).toBeLessThanOrEqual(1);
    }
    for (const t of [result.totals.probabilityAlive, result.totals.expectedPurchases, result.totals.clv]) {
      expect(t?.lower).toBeLessThan(t?.estimate as number);
      expect(t?.estimate).toBeLessThan(t?.upper as number);
    }
    // A parameter is a monotone function of itself: its interval holds its estimate.
    for (const p of Object.values(result.parameters)) {
      expect(p.lower).toBeLessThan(p.estimate);
      expect(p.estimate).toBeLessThan(p.upper);
    }
    // BG/NBD: a customer without repeat purchase is alive for sure, whatever the parameters.
    const zero = result.rows.find((r) => customers.find((c) => c.customerId === r.customerId)?.frequency === 0);
    expect(zero?.probabilityAlive).toEqual({ estimate: 1, lower: 1, upper: 1 });
  });

  it('gives narrower intervals on more customers', () => {
    const small = customers.slice(0, 500);
    const smallFit = fitModel(bgNbd, small, { timeUnit: 'day' });
    const a = predictionIntervals(smallFit, small, options).totals.expectedPurchases!;
    const b = result.totals.expectedPurchases!;
    // Relative width shrinks like 1/√n: 6 times the customers, ~2.4 times narrower.
    expect((b.upper - b.lower) / b.estimate).toBeLessThan((0.7 * (a.upper - a.lower)) / a.estimate);
  });

  it('returns columns, and only the quantities asked for', () => {
    const columns = predictionIntervals(fit, customers, { ...options, as: 'columns', quantities: ['probabilityAlive', 'clv'] });
    expect(columns.columns.expectedPurchases).toBeNull();
    expect(Array.from(columns.columns.probabilityAlive?.lower ?? [])).toEqual(result.rows.map((r) => r.probabilityAlive?.lower));
    expect(Array.from(columns.columns.clv?.upper ?? [])).toEqual(result.rows.map((r) => r.clv?.upper));
    expect(columns.totals).toEqual(result.totals);
  });

  it('bootstraps reproducibly (refits of resampled customers)', () => {
    const small = customers.slice(0, 300);
    const smallFit = fitModel(bgNbd, small, { timeUnit: 'day' });
    const boot = predictionIntervals(smallFit, small, { horizon, method: 'bootstrap', draws: 6, seed: 2 });
    expect(boot.settings).toMatchObject({ method: 'bootstrap', draws: 6, seed: 2 });
    expect(typeof boot.settings.bootstrapNotConverged).toBe('number');
    expect(predictionIntervals(smallFit, small, { horizon, method: 'bootstrap', draws: 6, seed: 2 })).toEqual(boot);
    expect(boot.totals.expectedPurchases!.lower).toBeLessThan(boot.totals.expectedPurchases!.upper);
  });

  it('refuses a drawn Gamma-Gamma spend with q ≤ 1 (no mean spend), naming the draw and the constraint', () => {
    const repeaters = customers.filter((c) => c.frequency > 0);
    const spendFit = fitModel(gammaGamma, repeaters, { constraints: { q: { greaterThan: 1 } } });
    // q just above 1 with its fitted log-scale spread: some draws fall to q ≤ 1.
    const fragile = { ...spendFit, params: { ...spendFit.params, q: 1.0001 }, constraints: undefined };
    const e = errorOf(() => predictionIntervals(fit, customers, { horizon, spend: fragile as never, draws: 50, seed: 3 }));
    expect(e.code).toBe('UNDEFINED_RESULT');
    expect(e.message).toMatch(/draw \d+ of the Gamma-Gamma spend model has q = [\d.e-]+ ≤ 1, where the mean spend does not exist; fit the spend model with `constraints: \{ q: \{ greaterThan: 1 \} \}`/);
  });

  it('explains what is missing', () => {
    expect(errorOf(() => predictionIntervals({ model: 'bgNbd', params: fit.params, timeUnit: 'day' }, customers, { horizon })).message).toContain("method 'bootstrap'");
    expect(errorOf(() => predictionIntervals(fit, customers, { horizon, quantities: ['clv'] })).message).toContain('options.value');
    expect(errorOf(() => predictionIntervals(fit, customers, { horizon, level: 1 })).message).toContain('options.level');
    expect(errorOf(() => predictionIntervals(fit, customers, { horizon, draws: 1 })).message).toContain('options.draws');
    const partial = { ...fit, notIdentified: { a: 'flat' }, logCovariance: fit.logCovariance.map((row, j) => row.map((v, m) => (j === 2 || m === 2 ? null : v))) };
    const e = errorOf(() => predictionIntervals(partial, customers, { horizon }));
    expect(e.code).toBe('UNDEFINED_RESULT');
    expect(e.message).toContain('`a` (flat)');
    expect(predictionIntervals(partial, customers, { horizon, notIdentified: 'hold', draws: 20 }).settings.held).toEqual(['a']);
  });

  it('rejects a customer with a frequency past 2^53 − 1, naming the field (its interval ends were NaN at 1e308)', () => {
    for (const frequency of [2 ** 53, 1e308]) {
      const some = customers.slice(0, 5);
      const r = predictionIntervals(fit, [{ ...some[0]!, frequency }, ...some.slice(1)], { horizon, draws: 20, seed: 1 });
      expect(r.rejected).toEqual([{ index: 0, field: 'frequency', reason: expect.stringMatching(/^must be at most 2\^53 − 1/), value: frequency }]);
      expect(r.rows.map((row) => row.customerId)).toEqual(some.slice(1).map((c) => c.customerId));
      expect(Number.isFinite(r.totals.expectedPurchases!.lower) && Number.isFinite(r.totals.expectedPurchases!.upper)).toBe(true);
    }
  });
});

describe('predictionIntervals on many distinct histories', () => {
  it('keeps the pair expectations per block beyond 8 million doubles, with the same intervals', () => {
    // Continuous times: every customer a distinct (x, T); 4,200 × 2,000 draws exceeds the budget of the
    // all-at-once table. A customer's interval depends only on its own history and the draws, so the
    // first 150 customers alone (all-at-once path) must give the same intervals (to the 1e-8 of the
    // interpolation).
    const rows = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 4200, seed: 51, T: 52, birthWindow: 40 }).map((c, i) => ({ customerId: i, ...c }));
    const fit = fitModel(bgNbd, rows, { timeUnit: 'week' });
    const options = { horizon: { value: 26, unit: 'week' as const }, quantities: ['expectedPurchases' as const], draws: 2000, seed: 5, as: 'columns' as const, order: 'input' as const };
    const all = predictionIntervals(fit, rows, options).columns.expectedPurchases;
    const few = predictionIntervals(fit, rows.slice(0, 150), options).columns.expectedPurchases;
    for (let i = 0; i < 150; i++) {
      close(all?.lower[i] as number, few?.lower[i] as number, 1e-6);
      close(all?.upper[i] as number, few?.upper[i] as number, 1e-6);
    }
  });
});

describe('scoreCustomers intervals', () => {
  const rows = simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 600, seed: 41, T: 365, birthWindow: 300 });
  const customers = customersOf(rows, 7);
  const fit = fitModel(bgNbd, customers, { timeUnit: 'day' });
  const base = { horizon, spend: { expected: 35 }, value, daysPerYear: 365.25 } as const;

  it('adds lower and upper ends equal to predictionIntervals, and nothing without the option', () => {
    const plain = scoreCustomers(fit, customers, base);
    expect('intervals' in plain).toBe(false);
    expect('intervals' in (plain.rows[0] as object)).toBe(false);
    const scored = scoreCustomers(fit, customers, { ...base, intervals: { draws: 100, seed: 4 } });
    const reference = predictionIntervals(fit, customers, { ...base, draws: 100, seed: 4 });
    scored.rows.forEach((row, i) => {
      const r = reference.rows[i];
      expect(row.probabilityAlive).toBe(plain.rows[i]?.probabilityAlive);
      expect(row.intervals?.probabilityAlive).toEqual({ lower: r?.probabilityAlive?.lower, upper: r?.probabilityAlive?.upper });
      expect(row.intervals?.value).toEqual({ lower: r?.clv?.lower, upper: r?.clv?.upper });
      expect(row.intervals?.expectedSpend).toEqual({ lower: 35, upper: 35 });
    });
    expect(scored.intervals).toMatchObject({ level: 0.9, method: 'parameters', draws: 100, seed: 4 });
    expect(scored.intervals?.totals.expectedPurchases).toEqual({ lower: reference.totals.expectedPurchases!.lower, upper: reference.totals.expectedPurchases!.upper });
    const columns = scoreCustomers(fit, customers, { ...base, as: 'columns', intervals: { draws: 100, seed: 4 } });
    expect(Array.from(columns.columns.intervals?.valueUpper ?? [])).toEqual(scored.rows.map((r) => r.intervals?.value?.upper));
  });
});
