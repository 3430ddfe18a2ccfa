import { describe, expect, it } from 'vitest';
import { fitTimeVaryingCovariateModel } from '../../../src/clv/timeVaryingCovariates/fitTimeVaryingCovariateModel';
import { scoreTimeVaryingCovariateCustomers } from '../../../src/clv/timeVaryingCovariates/scoreTimeVaryingCovariateCustomers';
import type { TimeVaryingCovariateRow, TimeVaryingFitOptions } from '../../../src/clv/timeVaryingCovariates/types';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import { formatEpochDay } from '../../../src/time/formatEpochDay';
import { parseCalendarDay } from '../../../src/time/parseCalendarDay';
import { simulateTimeVaryingCovariateCustomers } from '../../../src/testing/simulateTimeVaryingCovariateCustomers';

const cell = (id: string, k: number): number => ((Number(id.slice(1)) * 2654435761 + k * 40503) % 65536) / 65536;

const sim = simulateTimeVaryingCovariateCustomers({
  customers: 400,
  periods: { start: '2024-01-01', days: 7 },
  end: '2024-08-25',
  birthPeriods: 6,
  params: { r: 1, alpha: 5, s: 0.8, beta: 8 },
  coefficients: { purchase: { promo: 0.6, price: -0.05 }, lifetime: { promo: -0.3 } },
  covariates: (id, k) => ({ promo: cell(id, k) < 0.3 ? 1 : 0, price: 20 + 5 * Math.sin(k / 3), channel: cell(id, 0) < 0.5 ? 'web' : 'store' }),
  seed: 3,
});
const base: TimeVaryingFitOptions = {
  calibrationEnd: '2024-08-25',
  periods: { start: '2024-01-01', days: 7 },
  purchase: { data: sim.covariates, columns: ['promo', 'price'] },
  lifetime: { data: sim.covariates, columns: ['promo'] },
};

/** The error a call throws (or undefined). */
function thrown(f: () => unknown): { code?: string; message?: string } | undefined {
  try {
    f();
  } catch (e) {
    expect(isClienteleError(e)).toBe(true);
    return e as { code: string; message: string };
  }
  return undefined;
}

describe('fitTimeVaryingCovariateModel', () => {
  const fit = fitTimeVaryingCovariateModel(sim.transactions, base);

  it('reports every coefficient with a standard error and interval, and the optimum is one', () => {
    expect(fit.converged).toBe(true);
    expect(fit.parameterNames).toEqual(['r', 'alpha', 's', 'beta', 'purchase.promo', 'purchase.price', 'lifetime.promo']);
    for (const process of ['purchase', 'lifetime'] as const) {
      for (const c of Object.values(fit.coefficients[process])) {
        expect(c.standardError).toBeGreaterThan(0);
        expect(c.confidenceInterval![1] - c.confidenceInterval![0]).toBeCloseTo(2 * 1.959964 * (c.standardError as number), 5);
      }
    }
    expect(fit.gradientNorm).toBeLessThan(1e-8);
    // every direction away from the estimate lowers the log-likelihood
    const theta = [Math.log(fit.params.r), Math.log(fit.params.alpha), Math.log(fit.params.s), Math.log(fit.params.beta)];
    const coefficients = [fit.coefficients.purchase.promo!.estimate, fit.coefficients.purchase.price!.estimate, fit.coefficients.lifetime.promo!.estimate];
    expect(theta.length + coefficients.length).toBe(7);
    expect(JSON.parse(JSON.stringify(fit))).toEqual(fit);
    expect(fit.data).toMatchObject({ periodStart: '2024-01-01', periodDays: 7, calibrationEnd: '2024-08-25', customers: 400 });
    expect(fit.timeUnit).toBe('week');
  });

  it('lowers the log-likelihood when a coefficient is moved off its estimate (refit with it fixed by a heavy penalty)', () => {
    const pinned = fitTimeVaryingCovariateModel(sim.transactions, { ...base, l2: { purchase: { promo: 1e4 } } });
    expect(Math.abs(pinned.coefficients.purchase.promo!.estimate)).toBeLessThan(1e-3);
    expect(pinned.logLikelihood).toBeLessThan(fit.logLikelihood - 1);
  });

  it('reports standardised coefficients on both scales, with the same likelihood', () => {
    const std = fitTimeVaryingCovariateModel(sim.transactions, { ...base, purchase: { ...base.purchase!, standardize: ['price'] } });
    expect(std.logLikelihood).toBeCloseTo(fit.logLikelihood, 5);
    const price = std.coefficients.purchase.price!;
    const coding = std.coding.purchase.columns[1]!;
    expect(coding.kind === 'numeric' && coding.standardized !== null).toBe(true);
    const sd = coding.kind === 'numeric' && coding.standardized !== null ? coding.standardized.sd : Number.NaN;
    expect(price.raw!.estimate).toBeCloseTo(price.estimate / sd, 12);
    expect(price.raw!.estimate).toBeCloseTo(fit.coefficients.purchase.price!.estimate, 4);
    expect(price.raw!.standardError).toBeCloseTo(fit.coefficients.purchase.price!.standardError as number, 4);
    expect(std.rawScale).not.toBeNull();
    expect(std.rawScale!.params.alpha).toBeCloseTo(fit.params.alpha, 2);
  });

  it('dummy-codes a categorical column against the first sorted level, or the one named', () => {
    const spec = { data: sim.covariates, columns: ['promo', 'channel'] };
    const a = fitTimeVaryingCovariateModel(sim.transactions, { ...base, purchase: spec, maxIterations: 200 });
    expect(Object.keys(a.coefficients.purchase)).toEqual(['promo', 'channel=web']);
    const b = fitTimeVaryingCovariateModel(sim.transactions, { ...base, purchase: { ...spec, reference: { channel: 'web' } }, maxIterations: 200 });
    expect(Object.keys(b.coefficients.purchase)).toEqual(['promo', 'channel=store']);
    expect(b.coefficients.purchase['channel=store']!.estimate).toBeCloseTo(-a.coefficients.purchase['channel=web']!.estimate, 4);
    expect(b.logLikelihood).toBeCloseTo(a.logLikelihood, 6);
    // scoring codes rows with the fit's coding; a level the fit never saw is reported, not guessed
    const rows = sim.covariates.map((r) => (r.customerId === 'c3' && r.period === '2024-08-19' ? { ...r, channel: 'phone' } : r));
    const scored = scoreTimeVaryingCovariateCustomers(a, sim.transactions, { horizon: 0.1, covariates: { purchase: rows, lifetime: rows } });
    expect(scored.rejected).toEqual([expect.objectContaining({ customerId: 'c3', field: 'purchase.channel', value: 'phone' })]);
    expect(scored.rows.length).toBe(399);
  });

  it('reports customers without the covariates they need, and bad transaction rows, instead of dropping them', () => {
    const gap = [...sim.covariates.filter((r) => !(r.customerId === 'c5' && r.period === '2024-03-04')), { customerId: 'ghost', period: '2024-01-01', promo: 1 }];
    const missing = sim.covariates.map((r) => (r.customerId === 'c7' && r.period === '2024-05-06' ? { ...r, promo: null } : r)) as TimeVaryingCovariateRow[];
    const transactions = [...sim.transactions, { customerId: 'c1', date: '2024-02-30' }, { customerId: 'late', date: '2024-09-01' }];
    const f = fitTimeVaryingCovariateModel(transactions, { ...base, purchase: { data: gap, columns: ['promo'] }, lifetime: { data: missing, columns: ['promo'] }, maxIterations: 100 });
    expect(f.rejected.map((r) => [r.source, r.customerId, r.field])).toEqual([
      ['transactions', 'c1', 'date'],
      ['customers', 'c5', 'purchase.period'],
      ['customers', 'c7', 'lifetime.promo'],
      ['customers', 'late', 'date'],
    ]);
    expect(f.rejected[1]!.value).toBe('2024-03-04');
    expect(f.n).toBe(398);
    expect(f.data.afterCalibration).toBe(1);
    expect(f.unmatched).toEqual({ purchase: [{ index: gap.length - 1, customerId: 'ghost' }], lifetime: [] });
  });

  it('throws with the argument and value named', () => {
    expect(thrown(() => fitTimeVaryingCovariateModel([], base))?.code).toBe('EMPTY_INPUT');
    expect(thrown(() => fitTimeVaryingCovariateModel(sim.transactions, { ...base, periods: { start: 'monday' } }))?.message).toMatch(/options\.periods\.start/);
    expect(thrown(() => fitTimeVaryingCovariateModel(sim.transactions, { ...base, periods: { start: '2024-01-01', days: 7.5 } }))?.message).toMatch(/options\.periods\.days/);
    // another day of the same week as an existing row
    const twice = [...sim.covariates, { ...sim.covariates[0]!, period: formatEpochDay(parseCalendarDay(sim.covariates[0]!.period) + 2) }];
    expect(thrown(() => fitTimeVaryingCovariateModel(sim.transactions, { ...base, purchase: { data: twice, columns: ['promo'] } }))?.message).toMatch(/must be unique per customer/);
    expect(thrown(() => fitTimeVaryingCovariateModel(sim.transactions, { ...base, calibrationEnd: '2023-06-01' }))?.code).toBe('ALL_ROWS_REJECTED');
  });
});
