import { bgNbd, fitModel, predictionIntervals } from 'clientele/clv';
import type { RfmCustomer } from 'clientele/clv';
import { simulateBgNbd } from 'clientele/testing';
import type { Benchmark } from './types';

const bgParams = { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }; // per day

/** 100,000 customers acquired over a year and observed daily to its end (whole days: many ties), with ids. */
function daily(): (RfmCustomer & { customerId: number })[] {
  return simulateBgNbd(bgParams, { customers: 100_000, seed: 1, T: 365, birthWindow: 364 }).map((c, i) => {
    const T = Math.max(1, Math.floor(c.T));
    if (c.frequency === 0) return { customerId: i, frequency: 0, recency: 0, T };
    return { customerId: i, frequency: c.frequency, recency: Math.min(T, Math.max(1, Math.round(c.recency))), T };
  });
}

/** The fit and the customers (not timed). */
function prepare() {
  const customers = daily();
  const fit = fitModel(bgNbd, customers, { timeUnit: 'day' });
  return { customers, fit };
}

const value = {
  margin: 0.3,
  discountRate: { rate: 0.1, per: 'year' as const },
  horizon: { value: 52, unit: 'week' as const },
  step: { value: 4, unit: 'week' as const },
};

// Memory: peak RSS about 260 MB (was about 280 MB while each block of histories kept its draws, 32 MB,
// before their quantiles were selected; now one history's draws at a time).
export const benchmarks: Benchmark[] = [
  {
    name: 'intervals-bgnbd-100k-1000-draws',
    what: '1,000 parameter draws: 90 % intervals of P(alive) and a one-year CLV (4-week steps) for 100,000 daily-observed customers',
    targetMs: 3000,
    repeats: 3,
    setup: () => {
      const { customers, fit } = prepare();
      return () => {
        const r = predictionIntervals(fit, customers, {
          horizon: { value: 52, unit: 'week' },
          quantities: ['probabilityAlive', 'clv'],
          spend: { expected: 35 },
          value,
          daysPerYear: 365.25,
          draws: 1000,
          seed: 1,
          as: 'columns',
        });
        const t = r.totals.clv;
        return `equity ${t?.estimate.toFixed(0)} [${t?.lower.toFixed(0)}, ${t?.upper.toFixed(0)}]`;
      };
    },
    floor: {
      what: 'the same draws, P(alive) only',
      setup: () => {
        const { customers, fit } = prepare();
        return () =>
          predictionIntervals(fit, customers, { horizon: { value: 52, unit: 'week' }, quantities: ['probabilityAlive'], draws: 1000, seed: 1, as: 'columns' }).totals.probabilityAlive.upper;
      },
    },
  },
];
