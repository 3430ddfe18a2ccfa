import { describe, expect, it } from 'vitest';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import type { ScoreCustomersOptions, ScoreInputCustomer } from '../../src/clv/scoreCustomers';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { PARALLEL_FROM, scoreCustomersInParallel } from '../../src/parallel/index';
import { lastScore } from '../../src/parallel/internal/lastScore';
import { simulateBgNbd } from '../../src/testing/simulateBgNbd';
import { simulateMbgNbd } from '../../src/testing/simulateMbgNbd';
import { simulateParetoNbd } from '../../src/testing/simulateParetoNbd';
import { rememberSummaryOrigin } from '../../src/time/internal/summaryOrigin';
import { expectSameBits } from './sameBits';

// scoreCustomersInParallel must return exactly what scoreCustomers returns: every number the same bit
// for bit (Object.is), keys in the same order, rejected records and totals identical. The inputs have more
// than 30,000 distinct histories, so that 2 and 3 workers each get a chunk (chunk boundaries never divide
// the input evenly: 30,011 customers), and ids in the order of T, so that the chunks cover different
// ranges of T (the Pareto/NBD tables of an unpadded chunk would differ from the whole's).

const N = 30_011;
const bgWeekly = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pnWeekly = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
const ggParams = { p: 6.25, q: 3.74, gamma: 15.44 };

interface Customer extends ScoreInputCustomer {
  readonly customerId: string | number;
}

/** Customers with ids in the order of T, a few invalid ones, a duplicated id and holdout fields on some. */
function customersOf(simulated: readonly { frequency: number; recency: number; T: number }[], withSpend: boolean): Customer[] {
  const byT = [...simulated].sort((a, b) => a.T - b.T);
  const out: Customer[] = byT.map((c, i) => {
    const customer: Record<string, unknown> = { customerId: `c${String(i).padStart(6, '0')}`, frequency: c.frequency, recency: c.recency, T: c.T };
    if (withSpend) customer.monetaryValue = c.frequency === 0 ? 0 : 20 + (i % 37);
    if (i % 3 === 0) customer.frequencyHoldout = i % 5;
    if (i % 6 === 0) customer.monetaryValueHoldout = 10 + (i % 11);
    return customer as unknown as Customer;
  });
  out[7] = { ...out[7], recency: (out[7] as Customer).T + 1 } as Customer; // recency > T
  out[15_000] = { ...out[15_000], customerId: '  ' } as Customer; // blank id
  out[25_001] = { ...out[25_001], customerId: (out[101] as Customer).customerId } as Customer; // duplicated id, two chunks apart
  out[29_000] = { ...out[29_000], frequency: 1.5 } as Customer; // not an integer
  return out;
}

const bgCustomers = customersOf(simulateBgNbd(bgWeekly, { customers: N, seed: 11, T: 39, birthWindow: 12 }), false);
const pnCustomers = customersOf(simulateParetoNbd(pnWeekly, { customers: N, seed: 12, T: 39, birthWindow: 12 }), true);

const valueOptions = {
  margin: 0.3,
  discountRate: { rate: 0.1, per: 'year' },
  horizon: { value: 1, unit: 'year' },
  step: { value: 4, unit: 'week' },
} as const;

describe('scoreCustomersInParallel', () => {
  it('returns the rows of scoreCustomers bit for bit with 1, 2 and 3 workers (BG/NBD, constant spend, value, rejected customers)', async () => {
    const fit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    const options: ScoreCustomersOptions = { horizon: { value: 52, unit: 'week' }, spend: { expected: 35 }, value: valueOptions, daysPerYear: 365.25 };
    const single = scoreCustomers(fit, bgCustomers, options);
    expect(single.rejected.map((r) => r.index)).toEqual([7, 101, 15_000, 25_001, 29_000]);
    for (const workers of [1, 2, 3]) {
      expectSameBits(await scoreCustomersInParallel(fit, bgCustomers, { ...options, workers }), single, `workers ${workers}`);
      expect(lastScore).toEqual(workers === 1 ? { how: 'scoreCustomers', chunks: 0 } : { how: 'workers', chunks: workers });
    }
  });

  it('returns the columns of scoreCustomers bit for bit for Pareto/NBD with Gamma-Gamma spend, in input order, from shuffled input', async () => {
    const fit = { model: 'paretoNbd', params: pnWeekly, timeUnit: 'week' } as const;
    // Every 7th customer moved to the end: the ids are no longer sorted, the chunks still ranges of T.
    const shuffled = [...pnCustomers.filter((_, i) => i % 7 !== 0), ...pnCustomers.filter((_, i) => i % 7 === 0)];
    for (const [order, workers] of [['input', 3], ['customerId', 2]] as const) {
      const options: ScoreCustomersOptions = { horizon: { value: 39, unit: 'week' }, spend: { params: ggParams }, value: valueOptions, daysPerYear: 365.25, as: 'columns', order };
      const single = scoreCustomers(fit, shuffled, options);
      expectSameBits(await scoreCustomersInParallel(fit, shuffled, { ...options, workers }), single, `${order}, workers ${workers}`);
      expect(lastScore).toEqual({ how: 'workers', chunks: workers });
    }
  });

  it('returns the scores of scoreCustomers bit for bit for MBG/NBD from a summary and from its bare customers array', async () => {
    const simulated = simulateMbgNbd(bgWeekly, { customers: N, seed: 13, T: 39, birthWindow: 12 });
    const customers = simulated.map((c, i) => ({ customerId: i, frequency: c.frequency, recency: c.recency, T: c.T }));
    const summary = { customers, options: { unit: 'week' as const, unitDays: 7, monthLength: null, mergeBy: 'day' as const, calibrationEnd: null, observationEnd: '1997-12-31' } };
    const fit = { model: 'mbgNbd', params: bgWeekly } as const; // no time unit: the summary's
    const options: ScoreCustomersOptions = { horizon: { value: 26, unit: 'week' } };
    const single = scoreCustomers(fit, summary, options);
    expectSameBits(await scoreCustomersInParallel(fit, summary, { ...options, workers: 2 }), single, 'summary');
    expect(lastScore).toEqual({ how: 'workers', chunks: 2 });
    rememberSummaryOrigin(customers, summary.options as never);
    expectSameBits(await scoreCustomersInParallel(fit, customers, { ...options, workers: 3, as: 'columns' }), scoreCustomers(fit, customers, { ...options, as: 'columns' }), 'bare array');
    expect(lastScore).toEqual({ how: 'workers', chunks: 3 });
  });

  it('scores daily data with many ties (few distinct histories) the same as scoreCustomers', async () => {
    const daily = { r: 0.25, alpha: 30, a: 0.8, b: 2.5 };
    const customers = simulateBgNbd(daily, { customers: PARALLEL_FROM + 3, seed: 5, T: 365, birthWindow: 364 }).map((c, i) => {
      const T = Math.max(1, Math.floor(c.T));
      return { customerId: `d${String(i).padStart(6, '0')}`, frequency: c.frequency, recency: c.frequency === 0 ? 0 : Math.min(T, Math.max(1, Math.round(c.recency))), T };
    });
    const fit = { model: 'bgNbd', params: daily, timeUnit: 'day' } as const;
    const options: ScoreCustomersOptions = { horizon: { value: 52, unit: 'week' }, spend: { expected: 35 }, value: valueOptions, daysPerYear: 365.25, as: 'columns' };
    expectSameBits(await scoreCustomersInParallel(fit, customers, { ...options, workers: 2 }), scoreCustomers(fit, customers, options));
    expect(lastScore.how).toBe('calling thread'); // few distinct histories: no chunk worth a worker
  });

  it('throws the very error scoreCustomers throws, for an option and for a value that is not finite', async () => {
    const fit = { model: 'paretoNbd', params: pnWeekly, timeUnit: 'week' } as const;
    const caught = async (f: () => unknown): Promise<{ name: string; code: string; message: string }> => {
      try {
        await f();
      } catch (e) {
        if (isClienteleError(e)) return { name: e.name, code: e.code, message: e.message };
        throw e;
      }
      throw new Error('did not throw');
    };
    const bad = { horizon: { value: -1, unit: 'week' } } as unknown as ScoreCustomersOptions;
    const expected = await caught(() => scoreCustomers(fit, pnCustomers, bad));
    expect(expected.code).toBe('INVALID_ARGUMENT');
    expect(await caught(() => scoreCustomersInParallel(fit, pnCustomers, { ...bad, workers: 2 }))).toEqual(expected);
    // A customer deep in the second chunk whose value overflows: margin × spend × discounted purchases.
    const huge = pnCustomers.map((c, i) => (i === 20_000 ? { ...c, frequency: 30, recency: c.T, monetaryValue: 1e308 } : c));
    const options: ScoreCustomersOptions = { horizon: { value: 39, unit: 'week' }, spend: { params: ggParams }, value: valueOptions, daysPerYear: 365.25 };
    const overflow = await caught(() => scoreCustomers(fit, huge, options));
    expect(overflow).toEqual({ name: 'UndefinedResultError', code: 'UNDEFINED_RESULT', message: '`scoreCustomers`: undefined result: the value of customer "c020000" is not finite' });
    expect(await caught(() => scoreCustomersInParallel(fit, huge, { ...options, workers: 3 }))).toEqual(overflow);
    expect(lastScore).toEqual({ how: 'workers', chunks: 3 });
  });

  it('leaves to scoreCustomers a score with an option it does not know (one added to scoreCustomers later)', async () => {
    const fit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    const options = { horizon: { value: 52, unit: 'week' }, as: 'columns', futureOption: true } as unknown as ScoreCustomersOptions & { as: 'columns' };
    expectSameBits(await scoreCustomersInParallel(fit, bgCustomers, { ...options, workers: 2 }), scoreCustomers(fit, bgCustomers, options));
    expect(lastScore.how).toBe('scoreCustomers');
  });

  it('rejects a number of workers that is not a whole number at least 1', async () => {
    const fit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    for (const workers of [0, 1.5, Number.NaN, '2']) {
      await expect(scoreCustomersInParallel(fit, bgCustomers, { horizon: { value: 52, unit: 'week' }, workers: workers as number })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        argument: 'options.workers',
        fn: 'scoreCustomersInParallel',
      });
    }
  });

  it('never mutates its inputs (frozen customers and options score as well)', async () => {
    const freeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object') {
        for (const v of Object.values(value)) freeze(v);
        Object.freeze(value);
      }
      return value;
    };
    const customers = bgCustomers.map((c) => ({ ...c }));
    const before = JSON.stringify(customers);
    freeze(customers);
    const fit = freeze({ model: 'bgNbd', params: { ...bgWeekly }, timeUnit: 'week' } as const);
    const options = freeze({ horizon: { value: 52, unit: 'week' }, spend: { expected: 35 }, value: valueOptions, workers: 2, as: 'columns', daysPerYear: 365.25 } as const);
    const result = await scoreCustomersInParallel(fit, customers, options);
    expect(result.totals.customers).toBe(N - 5);
    expect(lastScore).toEqual({ how: 'workers', chunks: 2 });
    expect(JSON.stringify(customers)).toBe(before);
    expect(options.workers).toBe(2);
  });
});

describe('the example of scoreCustomersInParallel', () => {
  it('prints what its comments say', async () => {
    const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
    const customers = Array.from({ length: 100_000 }, (_, i) => ({ customerId: i, frequency: i % 7, recency: i % 7 === 0 ? 0 : 30 + (i % 9), T: 39 + (i % 11) / 10 }));
    const options = { horizon: { value: 52, unit: 'week' }, as: 'columns' } as const;
    const parallel = await scoreCustomersInParallel(fit, customers, { ...options, workers: 2 });
    const single = scoreCustomers(fit, customers, options);
    expect(parallel.totals.expectedPurchases === single.totals.expectedPurchases).toBe(true);
    expect(parallel.columns.customerIds.length).toBe(100000);
    expect(lastScore.how).toBe('calling thread');
    const columns = {
      customerIds: customers.map((c) => c.customerId),
      frequency: Float64Array.from(customers, (c) => c.frequency),
      recency: Float64Array.from(customers, (c) => c.recency),
      T: Float64Array.from(customers, (c) => c.T),
    };
    const fromColumns = await scoreCustomersInParallel(fit, columns, { ...options, workers: 2 });
    expect(fromColumns.totals.expectedPurchases === single.totals.expectedPurchases).toBe(true);
  });
});
