import { bgNbd, customerLifetimeValue, fitModel, gammaGamma, paretoNbd, scoreCustomers } from 'clientele/clv';
import type { RfmCustomer } from 'clientele/clv';
import { loadCdnowSample } from 'clientele/datasets';
import { simulateBgNbd, simulateGammaGamma, simulateParetoNbd } from 'clientele/testing';
import { summarizeTransactions } from 'clientele/time';
import type { Benchmark } from './types';

const MILLION = 1_000_000;
const bgParams = { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }; // per day
const pnParams = { r: 0.55, alpha: 10, s: 0.6, beta: 12 }; // per day

/** Customers acquired over a year and observed daily to its end: times in whole days (many ties). */
function daily(customers: readonly RfmCustomer[]): RfmCustomer[] {
  return customers.map((c) => {
    const T = Math.max(1, Math.floor(c.T));
    if (c.frequency === 0) return { frequency: 0, recency: 0, T };
    return { frequency: c.frequency, recency: Math.min(T, Math.max(1, Math.round(c.recency))), T };
  });
}

function cdnowCalibration(): RfmCustomer[] {
  return summarizeTransactions(loadCdnowSample(), { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' })
    .customers;
}

/** P(alive), E[Y(one year)] and a one-year CLV in 4-week steps, as a CRM scoring job would. */
function score(params: typeof bgParams, data: readonly RfmCustomer[], timeUnit: 'day' | 'week', year: number): string {
  const alive = bgNbd.probabilityAlive(params, data);
  const expected = bgNbd.conditionalExpectedPurchases(params, data, year);
  const clv = customerLifetimeValue(data, {
    purchaseModel: bgNbd,
    purchaseParams: params,
    timeUnit,
    spend: { expected: 35 },
    margin: 0.3,
    discountRate: { rate: 0.1, per: 'year' },
    horizon: { value: 52, unit: 'week' },
    step: { value: 4, unit: 'week' },
    daysPerYear: 365.25,
  });
  return `${alive.length} ${expected.length} ${clv.total.toFixed(0)}`;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'fit-bgnbd-1m-daily',
    what: 'fit BG/NBD, 1M customers observed daily over a year',
    targetMs: 1000,
    setup: () => {
      const data = daily(simulateBgNbd(bgParams, { customers: MILLION, seed: 1, T: 365, birthWindow: 364 }));
      return () => {
        const fit = fitModel(bgNbd, data);
        return `${fit.converged} r=${fit.params.r.toFixed(3)} rows=${fit.rows}`;
      };
    },
    floor: {
      what: 'one log-likelihood over the raw rows',
      setup: () => {
        const data = daily(simulateBgNbd(bgParams, { customers: MILLION, seed: 1, T: 365, birthWindow: 364 }));
        const compressed = bgNbd.compress(data, 'bench');
        return () => bgNbd.logLikelihood(bgParams, compressed);
      },
    },
  },
  {
    name: 'fit-paretonbd-1m-daily',
    what: 'fit Pareto/NBD, 1M customers observed daily over a year',
    targetMs: 3000,
    setup: () => {
      const data = daily(simulateParetoNbd(pnParams, { customers: MILLION, seed: 2, T: 365, birthWindow: 364 }));
      return () => {
        const fit = fitModel(paretoNbd, data);
        return `${fit.converged} s=${fit.params.s.toFixed(3)}`;
      };
    },
    floor: {
      what: 'one log-likelihood over the compressed rows',
      setup: () => {
        const data = daily(simulateParetoNbd(pnParams, { customers: MILLION, seed: 2, T: 365, birthWindow: 364 }));
        const compressed = paretoNbd.compress(data, 'bench');
        return () => paretoNbd.logLikelihood(pnParams, compressed);
      },
    },
  },
  {
    name: 'fit-bgnbd-1m-distinct',
    what: 'fit BG/NBD, 1M distinct (x, t_x, T) rows (worst case)',
    targetMs: 1500,
    repeats: 1,
    setup: () => {
      const data = simulateBgNbd(bgParams, { customers: MILLION, seed: 3, T: 365, birthWindow: 364 });
      return () => {
        const fit = fitModel(bgNbd, data);
        return `${fit.converged} r=${fit.params.r.toFixed(3)}`;
      };
    },
    floor: {
      what: 'one log-likelihood over the compressed rows',
      setup: () => {
        const data = simulateBgNbd(bgParams, { customers: MILLION, seed: 3, T: 365, birthWindow: 364 });
        const compressed = bgNbd.compress(data, 'bench');
        return () => bgNbd.logLikelihood(bgParams, compressed);
      },
    },
  },
  {
    name: 'fit-paretonbd-1m-distinct',
    what: 'fit Pareto/NBD, 1M distinct (x, t_x, T) rows (worst case)',
    targetMs: 10_000,
    repeats: 1,
    setup: () => {
      const data = simulateParetoNbd(pnParams, { customers: MILLION, seed: 3, T: 365, birthWindow: 364 });
      return () => {
        const fit = fitModel(paretoNbd, data);
        return `${fit.converged} s=${fit.params.s.toFixed(3)} rows=${fit.rows}`;
      };
    },
    floor: {
      what: 'one log-likelihood over the compressed rows',
      setup: () => {
        const data = simulateParetoNbd(pnParams, { customers: MILLION, seed: 3, T: 365, birthWindow: 364 });
        const compressed = paretoNbd.compress(data, 'bench');
        return () => paretoNbd.logLikelihood(pnParams, compressed);
      },
    },
  },
  {
    name: 'score-paretonbd-1m-distinct',
    what: 'Pareto/NBD P(alive) and E[Y(52 weeks)] of 1M customers with continuous (all distinct) times',
    targetMs: 250,
    setup: () => {
      const weekly = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
      const data = simulateParetoNbd(weekly, { customers: MILLION, seed: 5, T: 39, birthWindow: 12 });
      return () => {
        const alive = paretoNbd.probabilityAlive(weekly, data);
        const expected = paretoNbd.conditionalExpectedPurchases(weekly, data, 52);
        let sum = 0;
        for (let i = 0; i < expected.length; i++) sum += (expected[i] as number) + (alive[i] as number);
        return sum.toFixed(3);
      };
    },
  },
  {
    name: 'fit-gammagamma-cdnow',
    what: 'fit Gamma-Gamma on 9,450 repeat buyers (CDNOW size; spends simulated at the CDNOW estimates)',
    targetMs: 15,
    repeats: 10,
    setup: () => {
      // The full CDNOW log's 9,450 repeat buyers are not bundled: their frequencies are drawn from the
      // sample's repeat buyers and their mean spends simulated at the published estimates.
      const repeat = cdnowCalibration().filter((c) => c.frequency > 0);
      const frequencies = Array.from({ length: 9450 }, (_, i) => (repeat[(i * 7919) % repeat.length] as RfmCustomer).frequency);
      const data = simulateGammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 }, frequencies, { seed: 6 });
      return () => {
        const fit = fitModel(gammaGamma, data);
        return `${fit.converged} p=${fit.params.p.toFixed(3)} q=${fit.params.q.toFixed(3)}`;
      };
    },
  },
  {
    name: 'score-1m',
    what: 'score 1M customers observed daily: P(alive), E[Y(52 weeks)], 1-year CLV (4-week steps)',
    targetMs: 1000,
    setup: () => {
      const data = daily(simulateBgNbd(bgParams, { customers: MILLION, seed: 4, T: 365, birthWindow: 364 }));
      return () => score(bgParams, data, 'day', 364);
    },
  },
  {
    name: 'score-customers-1m',
    what: 'scoreCustomers on 1M daily customers: P(alive), E[Y(52 weeks)], 1-year CLV (4-week steps), as columns',
    targetMs: 1000,
    setup: () => {
      const data = daily(simulateBgNbd(bgParams, { customers: MILLION, seed: 4, T: 365, birthWindow: 364 }));
      // Ids in id order (as a sorted export arrives), so the timed step does not sort strings. Built as
      // literals: objects cloned by spread get slow property maps in V8 (10x slower scoring).
      const customers = data.map((c, i) => ({ customerId: `c${String(i).padStart(7, '0')}`, frequency: c.frequency, recency: c.recency, T: c.T }));
      const fit = { model: 'bgNbd' as const, params: bgParams, timeUnit: 'day' as const };
      return () => {
        const scores = scoreCustomers(fit, customers, {
          as: 'columns',
          horizon: { value: 52, unit: 'week' },
          spend: { expected: 35 },
          value: {
            margin: 0.3,
            discountRate: { rate: 0.1, per: 'year' },
            horizon: { value: 1, unit: 'year' },
            step: { value: 4, unit: 'week' },
          },
          daysPerYear: 365.25,
        });
        return `${scores.totals.customers} ${scores.totals.expectedPurchases.toFixed(0)} ${scores.totals.value?.toFixed(0)}`;
      };
    },
  },
  {
    name: 'score-1m-distinct',
    what: 'score 1M customers with continuous (all distinct) times: same work (worst case)',
    targetMs: 1000,
    setup: () => {
      const weekly = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
      const data = simulateBgNbd(weekly, { customers: MILLION, seed: 4, T: 39, birthWindow: 12 });
      return () => score(weekly, data, 'week', 52);
    },
  },
  {
    name: 'fit-bgnbd-cdnow',
    what: 'fit BG/NBD on the CDNOW sample (2,357 customers)',
    targetMs: 50,
    repeats: 10,
    setup: () => {
      const data = cdnowCalibration();
      return () => fitModel(bgNbd, data).logLikelihood.toFixed(2);
    },
    floor: {
      what: 'one log-likelihood over the compressed rows',
      setup: () => {
        const compressed = bgNbd.compress(cdnowCalibration(), 'bench');
        return () => bgNbd.logLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, compressed);
      },
    },
  },
];
