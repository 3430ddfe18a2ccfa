import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { groupCustomers } from '../../src/clv/internal/groupCustomers';
import { readScoredCustomers } from '../../src/clv/internal/readScoredCustomers';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import type { ScoreCustomersOptions, ScoreInputCustomer } from '../../src/clv/scoreCustomers';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { createScorePool, PARALLEL_FROM, scoreCustomersInParallel } from '../../src/parallel/index';
import type { ScoreCustomerColumns } from '../../src/parallel/index';
import { groupColumns } from '../../src/parallel/internal/groupColumns';
import { lastScore } from '../../src/parallel/internal/lastScore';
import { customerRow, readCustomerColumns } from '../../src/parallel/internal/readCustomerColumns';
import { simulateBgNbd } from '../../src/testing/simulateBgNbd';
import { simulateMbgNbd } from '../../src/testing/simulateMbgNbd';
import { simulateParetoNbd } from '../../src/testing/simulateParetoNbd';
import { expectSameBits } from './sameBits';

// Customers given as columns must score exactly as the same customers given as row objects to
// scoreCustomers: the rows are `customerRow(columns, i)`. The reading and grouping of the columns mirror
// readScoredCustomers and groupCustomers without making objects, so they are compared with them first.

const N = 30_011;
const bgWeekly = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pnWeekly = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
const ggParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const valueOptions = { margin: 0.3, discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 1, unit: 'year' }, step: { value: 4, unit: 'week' } } as const;

/** The rows scoreCustomers is given for the same customers. */
function rowsOf(columns: ScoreCustomerColumns): ScoreInputCustomer[] {
  return Array.from({ length: columns.customerIds.length }, (_, i) => customerRow(columns, i));
}

/** Columns of simulated customers in the order of T, with ids c000000…, holdout on some and a few invalid entries. */
function columnsOf(simulated: readonly { frequency: number; recency: number; T: number }[], withSpend: boolean): ScoreCustomerColumns {
  const byT = [...simulated].sort((a, b) => a.T - b.T);
  const n = byT.length;
  const customerIds: (string | number)[] = byT.map((_, i) => `c${String(i).padStart(6, '0')}`);
  const frequency = Float64Array.from(byT, (c) => c.frequency);
  const recency = Float64Array.from(byT, (c) => c.recency);
  const T = Float64Array.from(byT, (c) => c.T);
  const frequencyHoldout = Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? i % 5 : Number.NaN));
  const monetaryValueHoldout = Float64Array.from({ length: n }, (_, i) => (i % 6 === 0 ? 10 + (i % 11) : Number.NaN));
  recency[7] = (T[7] as number) + 1; // recency > T
  customerIds[15_000] = '  '; // blank id
  customerIds[25_001] = customerIds[101] as string; // duplicated id, two chunks apart
  frequency[29_000] = 1.5; // not an integer
  const spend = withSpend ? { monetaryValue: Float64Array.from(byT, (c, i) => (c.frequency === 0 ? 0 : 20 + (i % 37))) } : {};
  return { customerIds, frequency, recency, T, frequencyHoldout, monetaryValueHoldout, ...spend };
}

const pool = await createScorePool({ workers: 2 });
afterAll(() => pool.close());

describe('groupColumns', () => {
  it('finds the histories groupCustomers finds, in the same order, and gives up where it does', () => {
    const daily = simulateBgNbd({ r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, { customers: 20_000, seed: 3, T: 365, birthWindow: 364 }).map((c) => {
      const T = Math.max(1, Math.floor(c.T));
      return { frequency: c.frequency, recency: c.frequency === 0 ? 0 : Math.min(T, Math.max(1, Math.round(c.recency))), T };
    });
    const continuous = simulateBgNbd(bgWeekly, { customers: 10_000, seed: 4, T: 39, birthWindow: 12 });
    // 3,686 distinct then ties: just under the 90 % of 4,096 at which both give up, and just over.
    const edge = (distinct: number) => Array.from({ length: 8000 }, (_, i) => ({ frequency: 1, recency: 1, T: 2 + Math.min(i, distinct - 1) }));
    for (const [name, customers] of [['daily', daily], ['continuous', continuous], ['3,686 distinct', edge(3686)], ['3,687 distinct', edge(3687)], ['negative zero', [{ frequency: 0, recency: -0, T: 1 }, { frequency: 0, recency: 0, T: 1 }]]] as const) {
      const cols = (key: 'frequency' | 'recency' | 'T') => Float64Array.from(customers, (c) => c[key]);
      const expected = groupCustomers(customers);
      const actual = groupColumns(cols('frequency'), cols('recency'), cols('T'));
      if (expected === undefined) {
        expect(actual, name).toBeUndefined();
        continue;
      }
      expect(actual, name).toBeDefined();
      expect(Array.from(actual?.groupOf ?? []), name).toEqual(Array.from(expected.groupOf));
      expect(Array.from(actual?.first ?? [], (i) => customers[i]), name).toEqual(expected.representatives);
    }
  });
});

describe('readCustomerColumns', () => {
  it('keeps, orders and rejects the entries as readScoredCustomers reads the equivalent rows', () => {
    const entry = fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', 'c', ' ', '', ' b', 'é', '10', 10, 1.5, -3, 2 ** 53, null), fc.integer({ min: 0, max: 40 })),
      x: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(-1, 0.5, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, '2', undefined)),
      tx: fc.oneof(fc.constantFrom(0, 1, 2.5, 5), fc.constantFrom(-0, -1, Number.NaN, '1', null)),
      T: fc.oneof(fc.constantFrom(0, 2.5, 5, 9), fc.constantFrom(-2, Number.POSITIVE_INFINITY, undefined)),
      m: fc.oneof(fc.constantFrom(0, 12.5), fc.constantFrom(-1, Number.NaN, undefined, '3')),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.boolean(), fc.constantFrom('customerId', 'input'), (entries, needsSpend, order) => {
        const columns = {
          customerIds: entries.map((e) => e.id),
          frequency: entries.map((e) => e.x),
          recency: entries.map((e) => e.tx),
          T: entries.map((e) => e.T),
          monetaryValue: entries.map((e) => e.m),
        } as unknown as ScoreCustomerColumns;
        const expected = readScoredCustomers('scoreCustomers', rowsOf(columns), needsSpend, order);
        const actual = readCustomerColumns(columns, needsSpend, order);
        expect(actual.ids).toEqual(expected.ids);
        expect(Array.from(actual.index)).toEqual(Array.from(expected.index));
        expect(actual.rejected).toEqual(expected.rejected);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('scoreCustomersInParallel on columns', () => {
  it('returns the rows of scoreCustomers on the equivalent rows, bit for bit, on a pool, on one thread and twice on the same pool (BG/NBD, constant spend, value, holdout, rejected entries)', async () => {
    const fit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    const columns = columnsOf(simulateBgNbd(bgWeekly, { customers: N, seed: 11, T: 39, birthWindow: 12 }), false);
    const options: ScoreCustomersOptions = { horizon: { value: 52, unit: 'week' }, spend: { expected: 35 }, value: valueOptions, daysPerYear: 365.25 };
    const single = scoreCustomers(fit, rowsOf(columns), options);
    expect(single.rejected.map((r) => r.index)).toEqual([7, 101, 15_000, 25_001, 29_000]);
    expect(single.totals.frequencyHoldout).not.toBeNull();
    for (const run of ['pool', 'pool again', 'one thread'] as const) {
      const parallel = await scoreCustomersInParallel(fit, columns, run === 'one thread' ? { ...options, workers: 1 } : { ...options, pool });
      expectSameBits(parallel, single, run);
      expect(lastScore, run).toEqual(run === 'one thread' ? { how: 'calling thread', chunks: 0 } : { how: 'workers', chunks: 2 });
    }
  });

  it('returns the columns of scoreCustomers bit for bit for Pareto/NBD with Gamma-Gamma spend, in input order and by id, from shuffled ids', async () => {
    const fit = { model: 'paretoNbd', params: pnWeekly, timeUnit: 'week' } as const;
    const sorted = columnsOf(simulateParetoNbd(pnWeekly, { customers: N, seed: 12, T: 39, birthWindow: 12 }), true);
    // Every 7th customer moved to the end: the ids are no longer sorted, the chunks still ranges of T.
    const perm = [...Array.from({ length: N }, (_, i) => i).filter((i) => i % 7 !== 0), ...Array.from({ length: N }, (_, i) => i).filter((i) => i % 7 === 0)];
    const pick = <T>(column: ArrayLike<T>): T[] => perm.map((i) => column[i] as T);
    const columns: ScoreCustomerColumns = {
      customerIds: pick(sorted.customerIds),
      frequency: pick(sorted.frequency),
      recency: Float64Array.from(pick(sorted.recency)),
      T: Float64Array.from(pick(sorted.T)),
      monetaryValue: Float64Array.from(pick(sorted.monetaryValue as Float64Array)),
      monetaryValueHoldout: Float64Array.from(pick(sorted.monetaryValueHoldout as Float64Array)),
    };
    for (const order of ['input', 'customerId'] as const) {
      const options: ScoreCustomersOptions = { horizon: { value: 39, unit: 'week' }, spend: { params: ggParams }, value: valueOptions, daysPerYear: 365.25, as: 'columns', order };
      expectSameBits(await scoreCustomersInParallel(fit, columns, { ...options, pool }), scoreCustomers(fit, rowsOf(columns), options), order);
      expect(lastScore).toEqual({ how: 'workers', chunks: 2 });
    }
  });

  it('reads the unit of a summary from `options`, and scores daily data with many ties and small inputs on the calling thread, as scoreCustomers', async () => {
    const simulated = simulateMbgNbd(bgWeekly, { customers: N, seed: 13, T: 39, birthWindow: 12 });
    const settings = { unit: 'week' as const, unitDays: 7, monthLength: null, mergeBy: 'day' as const, calibrationEnd: null, observationEnd: '1997-12-31' };
    const columns: ScoreCustomerColumns = {
      customerIds: Int32Array.from(simulated, (_, i) => i),
      frequency: Float64Array.from(simulated, (c) => c.frequency),
      recency: Float64Array.from(simulated, (c) => c.recency),
      T: Float64Array.from(simulated, (c) => c.T),
      options: settings,
    };
    const fit = { model: 'mbgNbd', params: bgWeekly } as const; // no time unit: the summary's
    const options: ScoreCustomersOptions = { horizon: { value: 26, unit: 'week' }, as: 'columns' };
    expectSameBits(await scoreCustomersInParallel(fit, columns, { ...options, pool }), scoreCustomers(fit, { customers: rowsOf(columns), options: settings }, options), 'summary');
    expect(lastScore).toEqual({ how: 'workers', chunks: 2 });

    const daily = { r: 0.25, alpha: 30, a: 0.8, b: 2.5 };
    const ties = simulateBgNbd(daily, { customers: PARALLEL_FROM + 3, seed: 5, T: 365, birthWindow: 364 });
    const T = Float64Array.from(ties, (c) => Math.max(1, Math.floor(c.T)));
    const tied: ScoreCustomerColumns = {
      customerIds: ties.map((_, i) => `d${String(i).padStart(6, '0')}`),
      frequency: ties.map((c) => c.frequency),
      recency: ties.map((c, i) => (c.frequency === 0 ? 0 : Math.min(T[i] as number, Math.max(1, Math.round(c.recency))))),
      T,
    };
    const dailyFit = { model: 'bgNbd', params: daily, timeUnit: 'day' } as const;
    const dailyOptions: ScoreCustomersOptions = { horizon: { value: 52, unit: 'week' }, spend: { expected: 35 }, value: valueOptions, daysPerYear: 365.25 };
    expectSameBits(await scoreCustomersInParallel(dailyFit, tied, { ...dailyOptions, pool }), scoreCustomers(dailyFit, rowsOf(tied), dailyOptions), 'ties');
    expect(lastScore.how).toBe('calling thread'); // few distinct histories: no chunk worth a worker

    const small: ScoreCustomerColumns = { customerIds: ['b', 'a'], frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86], frequencyHoldout: [Number.NaN, 1] };
    const smallFit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    expectSameBits(await scoreCustomersInParallel(smallFit, small, { ...dailyOptions, pool }), scoreCustomers(smallFit, rowsOf(small), dailyOptions), 'small');
    expect(lastScore.how).toBe('calling thread');
  });

  it('throws the error scoreCustomers throws on the equivalent rows, and its own for columns of unequal lengths and a closed pool', async () => {
    const fit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    const columns = columnsOf(simulateBgNbd(bgWeekly, { customers: N, seed: 11, T: 39, birthWindow: 12 }), false);
    const caught = async (f: () => unknown): Promise<{ name: string; code: string; message: string }> => {
      try {
        await f();
      } catch (e) {
        if (isClienteleError(e)) return { name: e.name, code: e.code, message: e.message };
        throw e;
      }
      throw new Error('did not throw');
    };
    const bad = { horizon: { value: 52, unit: 'week' }, spend: { expected: 35 }, value: { ...valueOptions, margin: 2 } } as ScoreCustomersOptions;
    const expected = await caught(() => scoreCustomers(fit, rowsOf(columns), bad));
    expect(expected.message).toContain('options.value.margin');
    expect(await caught(() => scoreCustomersInParallel(fit, columns, { ...bad, pool }))).toEqual(expected);
    const empty = { customerIds: [], frequency: [], recency: [], T: [] };
    expect(await caught(() => scoreCustomersInParallel(fit, empty, { horizon: { value: 52, unit: 'week' } }))).toEqual(await caught(() => scoreCustomers(fit, [], { horizon: { value: 52, unit: 'week' } })));
    await expect(scoreCustomersInParallel(fit, { ...columns, T: (columns.T as Float64Array).subarray(1) }, { horizon: { value: 52, unit: 'week' } })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      fn: 'scoreCustomersInParallel',
      argument: 'customers.T',
    });
    const closed = await createScorePool({ workers: 1 });
    await closed.close();
    await expect(scoreCustomersInParallel(fit, columns, { horizon: { value: 52, unit: 'week' }, pool: closed })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', argument: 'options.pool' });
    await expect(createScorePool({ workers: 0 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', argument: 'options.workers', fn: 'createScorePool' });
  });

  it('never modifies or detaches the columns it is given', async () => {
    const fit = { model: 'bgNbd', params: bgWeekly, timeUnit: 'week' } as const;
    const columns = columnsOf(simulateBgNbd(bgWeekly, { customers: N, seed: 11, T: 39, birthWindow: 12 }), false);
    const copy = { ...columns, customerIds: Array.from(columns.customerIds), T: (columns.T as Float64Array).slice(), recency: (columns.recency as Float64Array).slice() };
    await scoreCustomersInParallel(fit, columns, { horizon: { value: 52, unit: 'week' }, as: 'columns', pool });
    expect(lastScore.how).toBe('workers');
    expect(columns.customerIds).toEqual(copy.customerIds);
    expect((columns.T as Float64Array).byteLength).toBe(N * 8);
    expect(Array.from(columns.T)).toEqual(Array.from(copy.T));
    expect(Array.from(columns.recency)).toEqual(Array.from(copy.recency));

    // All valid and in id order: the columns are read in place, never sent.
    const clean: ScoreCustomerColumns = { customerIds: copy.customerIds.map((_, i) => `k${String(i).padStart(6, '0')}`), frequency: copy.frequency, recency: copy.recency.slice(), T: copy.T.slice() };
    (clean.recency as Float64Array)[7] = 0;
    (clean.frequency as Float64Array)[7] = 0;
    (clean.frequency as Float64Array)[29_000] = 1;
    const before = Array.from(clean.T);
    const options: ScoreCustomersOptions = { horizon: { value: 52, unit: 'week' }, as: 'columns' };
    const result = await scoreCustomersInParallel(fit, clean, { ...options, pool });
    expect(lastScore.how).toBe('workers');
    expect(result.rejected).toEqual([]);
    expect((clean.T as Float64Array).byteLength).toBe(N * 8);
    expect(Array.from(clean.T)).toEqual(before);
    expectSameBits(result, scoreCustomers(fit, rowsOf(clean), options));
  });
});

describe('the example of createScorePool', () => {
  it('prints what its comments say', async () => {
    const examplePool = await createScorePool({ workers: 2 });
    const fit = { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, timeUnit: 'week' } as const;
    const n = 40_000;
    const customers = {
      customerIds: Array.from({ length: n }, (_, i) => i),
      frequency: Float64Array.from({ length: n }, (_, i) => i % 7),
      recency: Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : 30 + (i % 9))),
      T: Float64Array.from({ length: n }, (_, i) => 39 + (i % 1000) / 100),
    };
    const options = { horizon: { value: 52, unit: 'week' }, as: 'columns', pool: examplePool } as const;
    const first = await scoreCustomersInParallel(fit, customers, options);
    const again = await scoreCustomersInParallel(fit, customers, options);
    expect(Object.is(first.totals.expectedPurchases, again.totals.expectedPurchases)).toBe(true);
    await examplePool.close();
  });
});
