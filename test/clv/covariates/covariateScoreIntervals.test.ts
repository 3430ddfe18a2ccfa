/**
 * Issue 14 §3 for covariate models: scoreCovariateCustomers with `intervals` draws the covariate fit (log
 * base parameters and coefficients jointly normal with its covariance), scores every customer under each
 * draw and reports type-7 quantiles. Reference: the same draws (drawCovariateFits, checked here against
 * the fit's covariance) scored one by one without intervals, quantiles by core/stats/quantile. Estimates
 * stay those of the plain score; the draws are seeded; a bad request names its field. The bootstrap:
 * refits by hand with the options the user gave (numeric column coded by level with its reference, a
 * standardised column, an L2 weight) on customers resampled by hand, scored one by one, must give the
 * same quantiles: so the settings rebuilt from the fit are the user's.
 */
import { describe, expect, it } from 'vitest';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import { drawCovariateFits } from '../../../src/clv/covariates/internal/drawCovariateFits';
import { scoreCovariateCustomers } from '../../../src/clv/covariates/scoreCovariateCustomers';
import { fitModel } from '../../../src/clv/fitModel';
import { gammaGamma } from '../../../src/clv/gammaGamma/index';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { quantile } from '../../../src/core/stats/quantile';
import { simulateCovariateCustomers } from '../../../src/testing/simulateCovariateCustomers';
import { simulateGammaGamma } from '../../../src/testing/simulateGammaGamma';
import { errorOf } from '../../errorOf';

const random = createRandom(31);
const covariateRows = Array.from({ length: 800 }, (_, i) => ({ customerId: `c${i}`, age: Math.round(4 * sampleNormal(random, 0, 1)) / 4, web: i % 3 === 0 ? 1 : 0 }));
const simulated = simulateCovariateCustomers('paretoNbd', { r: 0.8, alpha: 8, s: 0.7, beta: 12 }, { purchase: { age: 0.4, web: -0.3 }, lifetime: { age: 0.5 } }, covariateRows, { seed: 32, T: 52, birthWindow: 51 });
const spendRows = simulateGammaGamma({ p: 6, q: 3.5, gamma: 15 }, simulated.map((c) => c.frequency), { seed: 33 });
const data = simulated.map((c, i) => ({ ...c, monetaryValue: (spendRows[i] as { monetaryValue: number }).monetaryValue }));
const fit = fitCovariateModel(paretoNbd, data, { purchase: { data: covariateRows, columns: ['age', 'web'] }, lifetime: { data: covariateRows, columns: ['age'] }, timeUnit: 'week' });
const covariates = { purchase: covariateRows, lifetime: covariateRows };
const customers = data.slice(0, 120);
const value = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' as const }, horizon: { value: 52, unit: 'week' as const } };
const options = { horizon: { value: 26, unit: 'week' as const }, spend: { expected: 30 }, value, daysPerYear: 365.25 };

describe('drawCovariateFits', () => {
  it('draws log base parameters and coefficients with the mean and covariance of the fit, reproducibly', () => {
    const D = 4000;
    const { fits, held } = drawCovariateFits('test', 'options', fit, D, 7, 'throw');
    expect(held).toEqual([]);
    const theta = fits.map((f) =>
      fit.parameterNames.map((name) => {
        const [process, coefficient] = name.split('.') as ['purchase' | 'lifetime' | string, string | undefined];
        if (coefficient === undefined) return Math.log((f.params as unknown as Record<string, number>)[name] as number);
        return (f.coefficients[process as 'purchase' | 'lifetime'][coefficient]?.estimate as number);
      }),
    );
    const k = fit.parameterNames.length;
    const estimate = fit.parameterNames.map((name) => {
      const [process, coefficient] = name.split('.');
      return coefficient === undefined ? Math.log((fit.params as unknown as Record<string, number>)[name] as number) : (fit.coefficients[process as 'purchase' | 'lifetime'][coefficient]?.estimate as number);
    });
    const mean = estimate.map((_, j) => theta.reduce((s, t) => s + (t[j] as number), 0) / D);
    for (let j = 0; j < k; j++) {
      const variance = fit.covariance[j]?.[j] as number;
      expect(Math.abs((mean[j] as number) - (estimate[j] as number))).toBeLessThan(4 * Math.sqrt(variance / D));
      for (let m = 0; m <= j; m++) {
        const c = theta.reduce((s, t) => s + ((t[j] as number) - (mean[j] as number)) * ((t[m] as number) - (mean[m] as number)), 0) / (D - 1);
        const target = fit.covariance[j]?.[m] as number;
        const scale = Math.sqrt(variance * (fit.covariance[m]?.[m] as number));
        expect(Math.abs(c - target)).toBeLessThan(0.1 * scale);
      }
    }
    expect(drawCovariateFits('test', 'options', fit, 5, 7, 'throw').fits).toEqual(fits.slice(0, 5));
  });

  it('refuses a fit that does not identify a parameter unless held, naming the caller', () => {
    const partial = { ...fit, notIdentified: { s: 'flat' }, covariance: fit.covariance.map((row, j) => row.map((v, m) => (j === 2 || m === 2 ? null : v))) };
    const e = errorOf(() => drawCovariateFits('scoreCovariateCustomers', 'options.intervals', partial, 10, 1, 'throw'));
    expect(e.code).toBe('UNDEFINED_RESULT');
    expect(e.message).toMatch(/^`scoreCovariateCustomers`: .*`s` \(flat\)/);
    const held = drawCovariateFits('scoreCovariateCustomers', 'options.intervals', partial, 10, 1, 'hold');
    expect(held.held).toEqual(['s']);
    expect(held.fits.every((f) => (f.params as { s: number }).s === (fit.params as { s: number }).s)).toBe(true);
  });
});

describe('scoreCovariateCustomers with intervals', () => {
  const draws = 25;
  const result = scoreCovariateCustomers(fit, customers, covariates, { ...options, intervals: { draws, seed: 4 } });

  it('keeps the plain estimates and equals the quantiles of the drawn fits scored one by one', () => {
    const plain = scoreCovariateCustomers(fit, customers, covariates, options);
    const perDraw = drawCovariateFits('test', 'options', fit, draws, 4, 'throw').fits.map((f) => scoreCovariateCustomers(f, customers, covariates, options));
    const q = (values: number[]) => [quantile(values, 0.05), quantile(values, 0.95)];
    result.rows.forEach((row, i) => {
      const p = plain.rows[i];
      expect(row.customerId).toBe(p?.customerId);
      expect(row.probabilityAlive).toBe(p?.probabilityAlive);
      expect(row.value).toBe(p?.value);
      const alive = q(perDraw.map((s) => s.rows[i]?.probabilityAlive as number));
      const purchases = q(perDraw.map((s) => s.rows[i]?.expectedPurchases as number));
      const clv = q(perDraw.map((s) => s.rows[i]?.value as number));
      expect(row.intervals?.probabilityAlive.lower).toBeCloseTo(alive[0] as number, 12);
      expect(row.intervals?.probabilityAlive.upper).toBeCloseTo(alive[1] as number, 12);
      expect(row.intervals?.expectedPurchases.lower).toBeCloseTo(purchases[0] as number, 12);
      expect(row.intervals?.expectedPurchases.upper).toBeCloseTo(purchases[1] as number, 12);
      expect(row.intervals?.value?.lower).toBeCloseTo(clv[0] as number, 12);
      expect(row.intervals?.value?.upper).toBeCloseTo(clv[1] as number, 12);
      expect(row.intervals?.expectedSpend).toEqual({ lower: 30, upper: 30 });
    });
    const total = q(perDraw.map((s) => s.totals.expectedPurchases));
    expect(result.intervals?.totals.expectedPurchases.lower).toBeCloseTo(total[0] as number, 9);
    expect(result.intervals?.totals.expectedPurchases.upper).toBeCloseTo(total[1] as number, 9);
    expect(result.intervals).toMatchObject({ level: 0.9, method: 'parameters', draws, seed: 4, held: [], spendHeld: null, bootstrapNotConverged: null });
  });

  it('is reproducible with its seed and differs with another; a Gamma-Gamma fit is drawn too', () => {
    expect(scoreCovariateCustomers(fit, customers, covariates, { ...options, intervals: { draws, seed: 4 } })).toEqual(result);
    const other = scoreCovariateCustomers(fit, customers, covariates, { ...options, intervals: { draws, seed: 5 } });
    expect(other.rows[0]?.intervals?.probabilityAlive).not.toEqual(result.rows[0]?.intervals?.probabilityAlive);
    const spendFit = fitModel(gammaGamma, data.filter((c) => c.frequency > 0), { constraints: { q: { greaterThan: 1 } } });
    const drawnSpend = scoreCovariateCustomers(fit, customers, covariates, { ...options, spend: spendFit, intervals: { draws, seed: 4 } });
    expect(drawnSpend.intervals?.spendHeld).toEqual([]);
    const repeat = drawnSpend.rows.find((r) => (r.expectedSpend ?? 0) > 0 && r.intervals !== undefined);
    expect(repeat?.intervals?.expectedSpend?.lower).toBeLessThan(repeat?.intervals?.expectedSpend?.upper as number);
  });

  it('names the field of a bad request', () => {
    const at = (intervals: unknown) => errorOf(() => scoreCovariateCustomers(fit, customers, covariates, { ...options, intervals: intervals as never })).message;
    expect(at({ level: 1 })).toMatch(/`options.intervals.level` must be a number strictly between 0 and 1/);
    expect(at({ draws: 1 })).toMatch(/`options.intervals.draws` must be an integer from 2 to/);
    expect(at({ draws: 40_000 })).toMatch(/`options.intervals.draws` must be an integer from 2 to 33,333 for 120 customers/);
    expect(at({ method: 'jackknife' })).toMatch(/`options.intervals.method` must be 'parameters' or 'bootstrap'/);
    expect(at({ seed: Number.NaN })).toMatch(/`options.intervals.seed` must be a finite number/);
  });
});

describe("scoreCovariateCustomers intervals, method: 'bootstrap'", () => {
  const sample = data.slice(0, 400);
  const fitOptions = {
    purchase: { data: covariateRows, columns: ['age', 'web'], categorical: ['web'], reference: { web: 1 }, standardize: ['age'] },
    lifetime: { data: covariateRows, columns: ['age'] },
    l2: { lifetime: { age: 0.01 } },
    timeUnit: 'week' as const,
  };
  const bootFit = fitCovariateModel(paretoNbd, sample, fitOptions);
  const plain = { horizon: { value: 26, unit: 'week' as const } };

  it('equals refits by hand, with the options the user gave, on customers resampled by hand', () => {
    const refits = 6;
    const result = scoreCovariateCustomers(bootFit, sample, covariates, { ...plain, intervals: { method: 'bootstrap', draws: refits, seed: 8 } });
    const stream = createRandom(8);
    const n = sample.length;
    const scores = Array.from({ length: refits }, () => {
      const counts = new Array<number>(n).fill(0);
      for (let k = 0; k < n; k++) counts[Math.floor(stream.next() * n)]! += 1;
      const rows = sample.flatMap((c, i) => (counts[i]! > 0 ? [{ customerId: c.customerId, frequency: c.frequency, recency: c.recency, T: c.T, weight: counts[i]! }] : []));
      return scoreCovariateCustomers(fitCovariateModel(paretoNbd, rows, fitOptions), sample, covariates, plain);
    });
    for (const i of [0, 17, 399]) {
      const row = result.rows[i]!;
      const values = scores.map((s) => s.rows.find((r) => r.customerId === row.customerId)!.expectedPurchases);
      expect(row.intervals!.expectedPurchases.lower).toBeCloseTo(quantile(values, 0.05), 12);
      expect(row.intervals!.expectedPurchases.upper).toBeCloseTo(quantile(values, 0.95), 12);
    }
    const totals = scores.map((s) => s.totals.expectedPurchases);
    expect(result.intervals!.totals.expectedPurchases.lower).toBeCloseTo(quantile(totals, 0.05), 9);
    expect(result.intervals!.totals.expectedPurchases.upper).toBeCloseTo(quantile(totals, 0.95), 9);
    expect(result.intervals).toMatchObject({ method: 'bootstrap', draws: refits, seed: 8, held: [], bootstrapNotConverged: 0 });
    // Estimates stay those of the plain score.
    expect(result.rows.map((r) => r.expectedPurchases)).toEqual(scoreCovariateCustomers(bootFit, sample, covariates, plain).rows.map((r) => r.expectedPurchases));
  });

  it('draws a sample again when it lacks a level of a categorical covariate, so every refit is coded as the fit', () => {
    const few = data.slice(0, 150);
    const tiers = covariateRows.slice(0, 150).map((r, i) => ({ ...r, tier: i < 2 ? 'gold' : i % 2 === 0 ? 'silver' : 'bronze' }));
    const tierFit = fitCovariateModel(paretoNbd, few, { purchase: { data: tiers, columns: ['tier'] }, l2: 0.05, timeUnit: 'week' });
    // 2 gold customers of 150: a sample lacks both with probability (148/150)^150 ≈ 0.13; with seed 1, 5 samples are drawn again.
    const result = scoreCovariateCustomers(tierFit, few, { purchase: tiers }, { ...plain, intervals: { method: 'bootstrap', draws: 12, seed: 1 } });
    expect(result.intervals?.draws).toBe(12);
    for (const row of result.rows) {
      expect(Number.isFinite(row.intervals!.expectedPurchases.lower) && row.intervals!.expectedPurchases.lower <= row.intervals!.expectedPurchases.upper).toBe(true);
    }
  });
});
