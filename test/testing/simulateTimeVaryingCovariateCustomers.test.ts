import { describe, expect, it } from 'vitest';
import { simulateTimeVaryingCovariateCustomers } from '../../src/testing/simulateTimeVaryingCovariateCustomers';

const options = {
  customers: 200,
  periods: { start: '2024-01-01', days: 7 },
  end: '2024-06-30',
  birthPeriods: 4,
  params: { r: 1, alpha: 4, s: 0.5, beta: 10 },
  coefficients: { purchase: { promo: 1 } },
  covariates: (_id: string, k: number) => ({ promo: k % 2 }),
  seed: 9,
};

describe('simulateTimeVaryingCovariateCustomers', () => {
  it('is reproducible, and lays out one row per customer and period from the birth period', () => {
    const a = simulateTimeVaryingCovariateCustomers(options);
    expect(simulateTimeVaryingCovariateCustomers(options)).toEqual(a);
    for (const t of a.truth) {
      expect(t.birth >= '2024-01-01' && t.birth <= '2024-01-28').toBe(true);
      const rows = a.covariates.filter((r) => r.customerId === t.customerId);
      expect(rows[0]!.period <= t.birth).toBe(true);
      expect(rows[rows.length - 1]!.period).toBe('2024-06-24');
      const days = a.transactions.filter((r) => r.customerId === t.customerId).map((r) => r.date as string);
      expect(days[0]).toBe(t.birth);
      expect(new Set(days).size).toBe(days.length);
      if (t.death !== null) expect(days.every((d) => d <= (t.death as string))).toBe(true);
    }
  });

  it('buys more in promotion weeks (rate e^1 ≈ 2.7 times)', () => {
    const a = simulateTimeVaryingCovariateCustomers({ ...options, customers: 2000, params: { r: 1, alpha: 4, s: 0.01, beta: 100 } });
    let promo = 0;
    let plain = 0;
    const start = Date.UTC(2024, 0, 1);
    for (const t of a.transactions) {
      const k = Math.floor((Date.parse(t.date as string) - start) / (7 * 86_400_000));
      if (k % 2 === 1) promo++;
      else plain++;
    }
    expect(promo / plain).toBeGreaterThan(1.8);
    expect(promo / plain).toBeLessThan(3.2);
  });

  it('refuses a covariate function that does not give the coefficients’ numbers', () => {
    expect(() => simulateTimeVaryingCovariateCustomers({ ...options, covariates: () => ({ promo: 'yes' }) })).toThrow(/covariates\(…\)\.promo/);
    expect(() => simulateTimeVaryingCovariateCustomers({ ...options, customers: 0 })).toThrow(/options\.customers/);
  });
});
