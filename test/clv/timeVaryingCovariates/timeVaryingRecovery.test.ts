import { describe, expect, it } from 'vitest';
import { fitTimeVaryingCovariateModel } from '../../../src/clv/timeVaryingCovariates/fitTimeVaryingCovariateModel';
import type { TimeVaryingFitResult } from '../../../src/clv/timeVaryingCovariates/types';
import { simulateTimeVaryingCovariateCustomers } from '../../../src/testing/simulateTimeVaryingCovariateCustomers';

/** A reproducible number in [0, 1) from a customer id and a period. */
const cell = (id: string, k: number): number => ((Number(id.slice(1)) * 2654435761 + k * 40503) % 65536) / 65536;

const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;

/** Every base parameter and coefficient of the fit within 3 standard errors of the truth. */
function expectRecovered(fit: TimeVaryingFitResult, params: Record<string, number>, coefficients: Record<'purchase' | 'lifetime', Record<string, number>>) {
  expect(fit.converged).toBe(true);
  expect(fit.gradientNorm).toBeLessThan(1e-8);
  for (const [name, truth] of Object.entries(params)) {
    const se = fit.standardErrors[name as 'r'] as number;
    expect(se).toBeGreaterThan(0);
    expect(Math.abs(fit.params[name as 'r'] - truth) / se, name).toBeLessThan(3);
  }
  for (const process of ['purchase', 'lifetime'] as const) {
    expect(Object.keys(fit.coefficients[process]).sort()).toEqual(Object.keys(coefficients[process]).sort());
    for (const [name, truth] of Object.entries(coefficients[process])) {
      const c = fit.coefficients[process][name]!;
      expect(c.standardError).toBeGreaterThan(0);
      expect(Math.abs(c.estimate - truth) / (c.standardError as number), `${process}.${name}`).toBeLessThan(3);
      expect(c.confidenceInterval![0]).toBeLessThan(c.estimate);
    }
  }
}

// Parameter recovery on data simulated from the model (fixed seeds), two regimes. Run time a few seconds each.
describe('fitTimeVaryingCovariateModel recovers simulated parameters', () => {
  it('regime 1: s < 1, alpha < beta; a customer-level weekly promotion, a contextual temperature and a winter flag', () => {
    const params = { r: 0.8, alpha: 6, s: 0.6, beta: 10 };
    const coefficients = { purchase: { promo: 0.7, temp: 0.03 }, lifetime: { promo: -0.4, winter: 0.6 } };
    const sim = simulateTimeVaryingCovariateCustomers({
      customers: 1200,
      periods: { start: '2024-01-01', days: 7 },
      end: '2025-03-30',
      birthPeriods: 12,
      params,
      coefficients,
      covariates: (id, k) => ({ promo: cell(id, k) < 0.25 ? 1 : 0, temp: 10 + 10 * Math.sin((2 * Math.PI * (k - 13)) / 52), winter: k % 52 < 10 || k % 52 >= 48 ? 1 : 0 }),
      seed: 21,
    });
    const fit = fitTimeVaryingCovariateModel(sim.transactions, {
      calibrationEnd: '2025-03-30',
      periods: { start: '2024-01-01', days: 7 },
      purchase: { data: sim.covariates, columns: ['promo', 'temp'] },
      lifetime: { data: sim.covariates, columns: ['promo', 'winter'] },
    });
    expectRecovered(fit, params, coefficients);
  }, 60_000);

  it('regime 2: s > 1, alpha > beta, r > 1; a categorical season (reference autumn) and a mailing on both processes', () => {
    const params = { r: 2.5, alpha: 12, s: 1.4, beta: 6 };
    const coefficients = { purchase: { 'season=spring': 0.3, 'season=summer': -0.5, 'season=winter': 0.4, mailing: 0.5 }, lifetime: { mailing: -0.7 } };
    const sim = simulateTimeVaryingCovariateCustomers({
      customers: 1000,
      periods: { start: '2024-01-01', days: 7 },
      end: '2024-12-29',
      birthPeriods: 8,
      params,
      coefficients,
      covariates: (id, k) => {
        const season = SEASONS[Math.floor((k % 52) / 13)] as string;
        return {
          season,
          'season=spring': season === 'spring' ? 1 : 0,
          'season=summer': season === 'summer' ? 1 : 0,
          'season=winter': season === 'winter' ? 1 : 0,
          mailing: cell(id, k) < 0.3 ? 1 : 0,
        };
      },
      seed: 8,
    });
    const fit = fitTimeVaryingCovariateModel(sim.transactions, {
      calibrationEnd: '2024-12-29',
      periods: { start: '2024-01-01', days: 7 },
      purchase: { data: sim.covariates, columns: ['season', 'mailing'], reference: { season: 'autumn' } },
      lifetime: { data: sim.covariates, columns: ['mailing'] },
    });
    expect(fit.coding.purchase.columns[0]).toMatchObject({ kind: 'categorical', reference: 'autumn' });
    expectRecovered(fit, params, coefficients);
  }, 60_000);
});
