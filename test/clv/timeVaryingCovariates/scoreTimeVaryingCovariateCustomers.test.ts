import { describe, expect, it } from 'vitest';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { fitTimeVaryingCovariateModel } from '../../../src/clv/timeVaryingCovariates/fitTimeVaryingCovariateModel';
import { scoreTimeVaryingCovariateCustomers } from '../../../src/clv/timeVaryingCovariates/scoreTimeVaryingCovariateCustomers';
import type { TimeVaryingCovariateRow } from '../../../src/clv/timeVaryingCovariates/types';
import { simulateTimeVaryingCovariateCustomers } from '../../../src/testing/simulateTimeVaryingCovariateCustomers';
import { drawCovariateFits } from '../../../src/clv/covariates/internal/drawCovariateFits';
import { createRandom } from '../../../src/core/random/createRandom';
import { quantile } from '../../../src/core/stats/quantile';
import { errorOf } from '../../errorOf';

const level = (id: string): number => ((Number(id.slice(1)) * 2654435761) % 1000) / 500 - 1;

// Covariates constant in time (each customer its own level), simulated through a 20-week holdout.
const sim = simulateTimeVaryingCovariateCustomers({
  customers: 300,
  periods: { start: '2024-01-01', days: 7 },
  end: '2024-11-17',
  birthPeriods: 8,
  params: { r: 0.9, alpha: 5, s: 0.7, beta: 9 },
  coefficients: { purchase: { z: 0.6 }, lifetime: { z: -0.5 } },
  covariates: (id) => ({ z: level(id) }),
  seed: 4,
});
const options = { calibrationEnd: '2024-06-30', periods: { start: '2024-01-01', days: 7 }, purchase: { data: sim.covariates, columns: ['z'] }, lifetime: { data: sim.covariates, columns: ['z'] } };
const fit = fitTimeVaryingCovariateModel(sim.transactions, options);
const own = (id: string) => {
  const z = level(id);
  return { ...fit.params, alpha: fit.params.alpha * Math.exp(-fit.coefficients.purchase.z!.estimate * z), beta: fit.params.beta * Math.exp(-fit.coefficients.lifetime.z!.estimate * z) };
};

describe('scoreTimeVaryingCovariateCustomers', () => {
  const horizon = 19.5;
  const scored = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon, covariates: { purchase: sim.covariates, lifetime: sim.covariates }, spend: 25, margin: 0.4 });

  it('equals the Pareto/NBD predictions with each customer’s static parameters when covariates are constant', () => {
    expect(fit.converged).toBe(true);
    expect(scored.rows.length).toBe(300);
    for (const row of scored.rows) {
      const params = own(row.customerId);
      const customer = { frequency: row.frequency, recency: row.recency, T: row.T };
      expect(Math.abs(row.probabilityAlive - paretoNbd.probabilityAlive(params, customer))).toBeLessThan(1e-9);
      expect(Math.abs(row.expectedPurchases - paretoNbd.conditionalExpectedPurchases(params, customer, horizon))).toBeLessThan(1e-9);
      expect(row.discountedPurchases).toBe(row.expectedPurchases);
      expect(row.value).toBeCloseTo(0.4 * 25 * row.expectedPurchases, 12);
    }
    const ids = scored.rows.map((r) => r.customerId);
    expect(ids).toEqual([...ids].sort());
    expect(scored.totals.value).toBeCloseTo(scored.rows.reduce((s, r) => s + (r.value as number), 0), 9);
  });

  it('discounts continuously: ∫ e^{−δu} dE[Y(u)] against a fine sum of the plain predictions', () => {
    const d = 0.01;
    const discounted = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon, covariates: { purchase: sim.covariates, lifetime: sim.covariates }, discountRate: d });
    const delta = Math.log1p(d);
    for (const row of discounted.rows.slice(0, 20)) {
      const params = own(row.customerId);
      const customer = { frequency: row.frequency, recency: row.recency, T: row.T };
      let sum = 0;
      const steps = 2000;
      let previous = 0;
      for (let j = 1; j <= steps; j++) {
        const u = (horizon * j) / steps;
        const now = paretoNbd.conditionalExpectedPurchases(params, customer, u);
        sum += Math.exp(-delta * (u - horizon / steps / 2)) * (now - previous);
        previous = now;
      }
      expect(row.discountedPurchases).toBeLessThan(row.expectedPurchases);
      expect(Math.abs(row.discountedPurchases - sum)).toBeLessThan(1e-6 * Math.max(1, sum));
    }
  });

  it('takes each customer’s future covariates: a promotion in the horizon raises expected purchases, not P(alive)', () => {
    const future = (z: number) => sim.covariates.map((r) => (r.period >= '2024-07-01' ? { ...r, z } : r)) as TimeVaryingCovariateRow[];
    const low = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon, covariates: { purchase: future(-1), lifetime: sim.covariates } });
    const high = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon, covariates: { purchase: future(1), lifetime: sim.covariates } });
    expect(fit.coefficients.purchase.z!.estimate).toBeGreaterThan(0);
    high.rows.forEach((row, j) => {
      expect(row.probabilityAlive).toBe(low.rows[j]!.probabilityAlive);
      expect(row.expectedPurchases).toBeGreaterThan(low.rows[j]!.expectedPurchases);
    });
  });

  it('reports a customer without rows through the horizon', () => {
    const gap = sim.covariates.filter((r) => !(r.customerId === 'c9' && r.period === '2024-10-07'));
    const s = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon, covariates: { purchase: gap, lifetime: sim.covariates } });
    expect(s.rejected).toEqual([expect.objectContaining({ customerId: 'c9', field: 'purchase.period', value: '2024-10-07' })]);
    expect(s.rows.length).toBe(299);
    // rows end in November: a horizon beyond them leaves nobody to score
    expect(() => scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { horizon: 80, covariates: { purchase: sim.covariates, lifetime: sim.covariates } })).toThrow(/period starting 2024-11-18/);
  });
});

describe('scoreTimeVaryingCovariateCustomers with intervals (issue 14 §3)', () => {
  const scoreOptions = { horizon: 19.5, covariates: { purchase: sim.covariates, lifetime: sim.covariates }, spend: 25, margin: 0.4 };
  const draws = 30;
  const result = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { ...scoreOptions, intervals: { draws, seed: 8 } });

  it('keeps the estimates and equals the quantiles of the drawn fits scored one by one', () => {
    const plain = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, scoreOptions);
    const perDraw = drawCovariateFits('test', 'options', fit, draws, 8, 'throw').fits.map((f) => scoreTimeVaryingCovariateCustomers(f, sim.transactions, scoreOptions));
    const q = (values: number[]) => [quantile(values, 0.05), quantile(values, 0.95)];
    result.rows.forEach((row, i) => {
      expect(row.probabilityAlive).toBe(plain.rows[i]?.probabilityAlive);
      const alive = q(perDraw.map((s) => s.rows[i]?.probabilityAlive as number));
      const purchases = q(perDraw.map((s) => s.rows[i]?.expectedPurchases as number));
      const value = q(perDraw.map((s) => s.rows[i]?.value as number));
      expect(row.intervals?.probabilityAlive.lower).toBeCloseTo(alive[0] as number, 12);
      expect(row.intervals?.probabilityAlive.upper).toBeCloseTo(alive[1] as number, 12);
      expect(row.intervals?.expectedPurchases.lower).toBeCloseTo(purchases[0] as number, 12);
      expect(row.intervals?.expectedPurchases.upper).toBeCloseTo(purchases[1] as number, 12);
      expect(row.intervals?.value?.lower).toBeCloseTo(value[0] as number, 12);
      expect(row.intervals?.value?.upper).toBeCloseTo(value[1] as number, 12);
    });
    const total = q(perDraw.map((s) => s.totals.expectedPurchases));
    expect(result.intervals?.totals.expectedPurchases.lower).toBeCloseTo(total[0] as number, 9);
    expect(result.intervals?.totals.expectedPurchases.upper).toBeCloseTo(total[1] as number, 9);
    expect(result.intervals).toMatchObject({ level: 0.9, draws, seed: 8, held: [] });
    expect(plain.intervals).toBeUndefined();
    expect(plain.rows[0]?.intervals).toBeUndefined();
  });

  it('is reproducible with its seed, null value ends without spend, and names a bad request', () => {
    expect(scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { ...scoreOptions, intervals: { draws, seed: 8 } })).toEqual(result);
    const { spend: _spend, ...noSpend } = scoreOptions;
    const bare = scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { ...noSpend, intervals: { draws: 5 } });
    expect(bare.rows[0]?.intervals?.value).toBeNull();
    expect(bare.intervals?.totals.value).toBeNull();
    expect(errorOf(() => scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { ...scoreOptions, intervals: { level: 2 } })).message).toMatch(
      /^`scoreTimeVaryingCovariateCustomers`: `options.intervals.level` must be a number strictly between 0 and 1/,
    );
    expect(errorOf(() => scoreTimeVaryingCovariateCustomers(fit, sim.transactions, { ...scoreOptions, intervals: { method: 'jackknife' as never } })).message).toMatch(
      /`options.intervals.method` must be 'parameters' or 'bootstrap'/,
    );
  });
});

describe("scoreTimeVaryingCovariateCustomers intervals, method: 'bootstrap'", () => {
  // A standardised purchase covariate and an L2 weight: settings the refits must repeat.
  const bootOptions = { ...options, purchase: { ...options.purchase, standardize: ['z'] }, l2: { lifetime: { z: 0.02 } } };
  const bootFit = fitTimeVaryingCovariateModel(sim.transactions, bootOptions);
  const covariates = { purchase: sim.covariates, lifetime: sim.covariates };

  it('equals refits by hand, with the options the user gave, on the log resampled by customer by hand', () => {
    const refits = 4;
    const horizon = 10;
    const result = scoreTimeVaryingCovariateCustomers(bootFit, sim.transactions, { horizon, covariates, intervals: { method: 'bootstrap', draws: refits, seed: 6 } });
    // The customers in order of first appearance, every one of them purchasing before the calibration end.
    const ids = [...new Set(sim.transactions.map((t) => String(t.customerId)))];
    const stream = createRandom(6);
    const scores = Array.from({ length: refits }, () => {
      const counts = new Map<string, number>();
      for (let k = 0; k < ids.length; k++) {
        const id = ids[Math.floor(stream.next() * ids.length)]!;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const copyOf = (id: string, k: number) => (k === 0 ? id : `${id}\u0001${k + 1}`);
      const expand = <R extends { customerId: string | number }>(rows: readonly R[]) =>
        ids.flatMap((id) => Array.from({ length: counts.get(id) ?? 0 }, (_, k) => rows.filter((r) => String(r.customerId) === id).map((r) => ({ ...r, customerId: copyOf(id, k) }))).flat());
      const rows = expand(sim.covariates);
      const refit = fitTimeVaryingCovariateModel(expand(sim.transactions), { ...bootOptions, purchase: { ...bootOptions.purchase, data: rows }, lifetime: { ...bootOptions.lifetime, data: rows } });
      return scoreTimeVaryingCovariateCustomers(refit, sim.transactions, { horizon, covariates });
    });
    for (const i of [0, 150, 299]) {
      const row = result.rows[i]!;
      const values = scores.map((s) => s.rows.find((r) => r.customerId === row.customerId)!.expectedPurchases);
      expect(row.intervals!.expectedPurchases.lower).toBeCloseTo(quantile(values, 0.05), 9);
      expect(row.intervals!.expectedPurchases.upper).toBeCloseTo(quantile(values, 0.95), 9);
    }
    const totals = scores.map((s) => s.totals.expectedPurchases);
    expect(result.intervals!.totals.expectedPurchases.lower).toBeCloseTo(quantile(totals, 0.05), 6);
    expect(result.intervals).toMatchObject({ method: 'bootstrap', draws: refits, seed: 6, held: [], bootstrapNotConverged: 0 });
  });
});

