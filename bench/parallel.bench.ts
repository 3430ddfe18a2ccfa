import { availableParallelism } from 'node:os';
import { scoreCustomers } from 'clientele/clv';
import type { ScoreCustomersOptions } from 'clientele/clv';
import { scoreCustomersInParallel } from 'clientele/parallel';
import { simulateBgNbd } from 'clientele/testing';
import type { Benchmark } from './types';

// Issue #15 §3: scoring 10 million customers on all cores. The same job twice, in separate processes:
// scoreCustomers on one thread, then scoreCustomersInParallel with one worker per logical core. The
// parallel row's check value carries the speed-up over one single-thread run timed in the same process
// just before (its setup), so both figures come from the same minute of a possibly shared machine.

const TEN_MILLION = 10_000_000;
const weekly = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const fit = { model: 'bgNbd' as const, params: weekly, timeUnit: 'week' as const };
const options = {
  as: 'columns',
  horizon: { value: 52, unit: 'week' },
  spend: { expected: 35 },
  value: { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 1, unit: 'year' }, step: { value: 4, unit: 'week' } },
  daysPerYear: 365.25,
} as const satisfies ScoreCustomersOptions;

/**
 * 10M customers with continuous (all distinct) times, ids in id order (as a sorted export arrives), built
 * as literals (objects cloned by spread get slow property maps in V8).
 */
function tenMillion() {
  return simulateBgNbd(weekly, { customers: TEN_MILLION, seed: 4, T: 39, birthWindow: 12 }).map((c, i) => ({
    customerId: `c${String(i).padStart(8, '0')}`,
    frequency: c.frequency,
    recency: c.recency,
    T: c.T,
  }));
}

const check = (totals: { customers: number; expectedPurchases: number; value: number | null }) =>
  `${totals.customers} ${totals.expectedPurchases.toFixed(0)} ${totals.value?.toFixed(0)}`;

export const benchmarks: Benchmark[] = [
  {
    name: 'parallel-score-10m-single',
    what: 'scoreCustomers on 10M customers (distinct times): P(alive), E[Y(52 weeks)], 1-year CLV (4-week steps), as columns, one thread',
    targetMs: 30_000,
    repeats: 2,
    setup: () => {
      const customers = tenMillion();
      return () => check(scoreCustomers(fit, customers, options).totals);
    },
  },
  {
    name: 'parallel-score-10m',
    what: `the same with scoreCustomersInParallel, one worker per logical core (${availableParallelism()} here); check: totals, speed-up over one thread`,
    targetMs: 30_000,
    repeats: 2,
    setup: () => {
      const customers = tenMillion();
      const t0 = performance.now();
      const single = scoreCustomers(fit, customers, options);
      const singleMs = performance.now() - t0;
      return async () => {
        const t1 = performance.now();
        const parallel = await scoreCustomersInParallel(fit, customers, options);
        const ms = performance.now() - t1;
        const same = Object.is(parallel.totals.value, single.totals.value) && Object.is(parallel.totals.expectedPurchases, single.totals.expectedPurchases);
        return `${check(parallel.totals)} ${same ? 'same totals' : 'TOTALS DIFFER'}; one thread ${(singleMs / 1000).toFixed(2)} s, speed-up ${(singleMs / ms).toFixed(2)}x`;
      };
    },
  },
];
