// Mergeable summary states and streaming summaries.
// Reference: `summarizeTransactions` on the whole log (itself checked against CDNOW fixtures and a naive
// implementation in summarizeTransactions.test.ts). The claim under test is exact equality: the states of
// any partition of a log, merged in any grouping and order, finalise to exactly (deep-equal, money to the
// minor unit) the summary of the whole log; and a stream gives exactly the array's summary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  finalizeSummary,
  mergeSummaryStates,
  summarizeTransactions,
  summaryState,
} from '../../src/time/index';
import type { SummaryOptions, SummaryState, TransactionSummary } from '../../src/time/index';

const DAY0 = 19_723; // 2024-01-01
const dateOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A generated row: mostly valid purchases; some returns, split days, number ids, and unreadable rows. */
const arbitraryRow = fc.oneof(
  { weight: 12, arbitrary: fc.record({
    customerId: fc.constantFrom<string | number>('a', 'b', 'c', ' c ', 'd', 7, '7', 'e'),
    date: fc.integer({ min: 0, max: 70 }).map((d) => dateOf(DAY0 + d)),
    amount: fc.integer({ min: -3_000, max: 20_000 }).map((c) => (c / 100).toFixed(2)),
  }) },
  { weight: 1, arbitrary: fc.record({
    customerId: fc.constantFrom('a', 'b'),
    date: fc.integer({ min: 0, max: 70 }).map((d) => dateOf(DAY0 + d)),
    amount: fc.integer({ min: 1, max: 900 }),
    returned: fc.constant(true),
  }) },
  { weight: 1, arbitrary: fc.constantFrom<object>(
    { customerId: '', date: '2024-01-05', amount: 1 },
    { customerId: 'a', date: '2024-02-30', amount: 1 },
    { customerId: 'b', date: '2024-01-05', amount: 'x' },
  ) },
);

const arbitraryOptions: fc.Arbitrary<SummaryOptions> = fc.record(
  {
    unit: fc.constantFrom<'day' | 'week' | 'month' | number>('day', 'week', 'month', 10),
    mergeBy: fc.constantFrom<'day' | 'unit'>('day', 'unit'),
    returns: fc.constantFrom<'net' | 'drop'>('net', 'drop'),
    calibrationEnd: fc.integer({ min: 10, max: 60 }).map((d) => dateOf(DAY0 + d)),
    observationEnd: fc.integer({ min: 50, max: 75 }).map((d) => dateOf(DAY0 + d)),
  },
  { requiredKeys: ['unit', 'mergeBy', 'returns'] },
).map((o) => {
  const withMonth = o.unit === 'month' ? { ...o, monthLength: 'calendar' as const } : o;
  if (withMonth.calibrationEnd !== undefined && withMonth.observationEnd !== undefined && withMonth.calibrationEnd > withMonth.observationEnd) {
    return { ...withMonth, calibrationEnd: withMonth.observationEnd };
  }
  return withMonth;
});

/** The whole-log summary, or the error code it throws. */
function whole(rows: readonly object[], options: SummaryOptions): TransactionSummary | string {
  try {
    return summarizeTransactions(rows, options);
  } catch (e) {
    return (e as { code: string }).code;
  }
}

/** `finalizeSummary` of a state, or the error code it throws. */
function finalized(state: SummaryState): TransactionSummary | string {
  try {
    return finalizeSummary(state);
  } catch (e) {
    return (e as { code: string }).code;
  }
}

/** Merges states in a random binary tree given by `cuts` (each in [0, 1)). */
function mergeTree(states: SummaryState[], cuts: number[]): SummaryState {
  if (states.length === 1) return mergeSummaryStates(states);
  const cut = 1 + Math.floor((cuts[0] ?? 0.5) * (states.length - 1));
  const rest = cuts.slice(1);
  return mergeSummaryStates([mergeTree(states.slice(0, cut), rest), mergeTree(states.slice(cut), rest.reverse())]);
}

/** The state of the rows in `group` (their indices in `rows`), through `rowIndices`. */
const stateOf = (rows: readonly object[], group: number[], options: SummaryOptions): SummaryState =>
  summaryState(group.map((i) => rows[i] as object), { ...options, rowIndices: group });

const dayOf = (row: object): number => {
  const d = (row as { date?: unknown }).date;
  return typeof d === 'string' ? Date.parse(d) / 86_400_000 || 0 : 0;
};

describe('summaryState / mergeSummaryStates / finalizeSummary: partitions merge exactly', () => {
  it('any partition (random, by customer, by time, contiguous), merged in any tree, equals the whole log', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 40 }),
        arbitraryOptions,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('random', 'customer', 'time', 'contiguous'),
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (rows, options, parts, how, draws) => {
          const expected = whole(rows, options);
          const groups: number[][] = Array.from({ length: parts }, () => []);
          rows.forEach((row, i) => {
            const draw = draws[i] as number;
            let g: number;
            if (how === 'random') g = Math.floor(draw * parts);
            else if (how === 'customer') g = String((row as { customerId?: unknown }).customerId ?? '').trim().length % parts;
            else if (how === 'time') g = Math.min(parts - 1, Math.floor((dayOf(row) - DAY0) / (72 / parts)));
            else g = Math.min(parts - 1, Math.floor((i * parts) / rows.length));
            (groups[Math.max(0, g)] as number[]).push(i);
          });
          const states = groups.map((group) => stateOf(rows, group, options));
          const order = states.map((s, i) => [draws[39 - i] as number, s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
          const merged = mergeTree(order, draws.slice(5, 15));
          expect(finalized(merged)).toStrictEqual(expected);
          // A flat merge is the same state as any tree (associative, commutative).
          expect(mergeSummaryStates(states)).toStrictEqual(merged);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('a state survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { minLength: 1, maxLength: 30 }), arbitraryOptions, (rows, options) => {
        const half = Math.floor(rows.length / 2);
        const a = summaryState(rows.slice(0, half), options);
        const b = summaryState(rows.slice(half), { ...options, firstIndex: half });
        const shipped = [a, b].map((s) => JSON.parse(JSON.stringify(s)) as SummaryState);
        // Plain JSON: nothing lost on the way (no Infinity, NaN, undefined or class instance in a state).
        expect(shipped).toStrictEqual([a, b]);
        expect(finalized(mergeSummaryStates(shipped))).toStrictEqual(whole(rows, options));
      }),
      { numRuns: 60 },
    );
  });

  it('counts a day split across two parts once, and nets a return against a purchase of another part', () => {
    const log = [
      { customerId: 'a', date: '2024-01-05', amount: 10 },
      { customerId: 'a', date: '2024-01-05', amount: 5 },
      { customerId: 'a', date: '2024-01-20', amount: 20 },
      { customerId: 'a', date: '2024-01-07', amount: -4 },
    ];
    const parts = [summaryState(log.slice(0, 1)), summaryState(log.slice(1, 3), { firstIndex: 1 }), summaryState(log.slice(3), { firstIndex: 3 })];
    // Alone, the last part's return has no purchase before it: it waits, not rejected yet.
    expect(parts[2]?.customers[0]?.calibration.pendingReturns).toEqual([{ index: 3, day: 19_729, amountMinor: -400, value: -4 }]);
    const summary = finalizeSummary(mergeSummaryStates(parts));
    expect(summary.customers[0]).toMatchObject({ frequency: 1, firstPurchaseValue: 11, totalSpendMinor: 3100, transactionCount: 4, monetaryValue: 20 });
    expect(summary).toStrictEqual(summarizeTransactions(log));
    // Without the earlier purchases, the return is rejected at the end (here: every row, so it throws).
    expect(() => finalizeSummary(parts[2] as SummaryState)).toThrow(/ALL_ROWS_REJECTED|every|all/i);
    const alone = finalizeSummary(mergeSummaryStates([parts[2] as SummaryState, summaryState([{ customerId: 'b', date: '2024-01-01', amount: 1 }], { firstIndex: 9 })]));
    expect(alone.rejected).toEqual([{ index: 3, field: 'amount', reason: expect.stringMatching(/^is a return with no purchase of this customer on or before 2024-01-07/), value: -4 }]);
  });

  it('keeps the exact cents of many amounts with no representable float sum', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ customerId: 'x', date: dateOf(DAY0 + (i % 50)), amount: '0.10' }));
    const parts = [0, 250, 500, 750].map((at) => summaryState(rows.slice(at, at + 250), { firstIndex: at }));
    const summary = finalizeSummary(mergeSummaryStates(parts));
    expect(summary.customers[0]?.totalSpendMinor).toBe(10_000);
    expect(summary.customers[0]?.totalSpend).toBe(100);
  });

  it('reports rows by their index in the whole log, and orders customers by their first row', () => {
    const rows = [
      { customerId: 'z', date: '2024-01-01', amount: 1 },
      { customerId: 'y', date: 'nope', amount: 1 },
      { customerId: 'y', date: '2024-01-02', amount: 1 },
    ];
    const byCustomer = [stateOf(rows, [1, 2], {}), stateOf(rows, [0], {})];
    const summary = finalizeSummary(mergeSummaryStates(byCustomer));
    expect(summary.customers.map((c) => c.customerId)).toEqual(['z', 'y']);
    expect(summary.rejected.map((r) => r.index)).toEqual([1]);
    expect(mergeSummaryStates(byCustomer).customers.map((c) => c.customerId)).toEqual(['y', 'z']);
  });
});

describe('summaryState and friends: errors', () => {
  const rows = [{ customerId: 'a', date: '2024-01-01', amount: 1 }];
  it('refuses states made with other options, and non-states', () => {
    expect(() => mergeSummaryStates([summaryState(rows), summaryState(rows, { unit: 'week' })])).toThrow(
      /`mergeSummaryStates`: `states\[1\]\.options\.unit` must equal that of states\[0\] \("day"\)/,
    );
    expect(() => mergeSummaryStates([])).toThrow(/`states` must not be empty/);
    expect(() => finalizeSummary({} as never)).toThrow(/`finalizeSummary`: `state` must be a summary state/);
    const broken = { ...summaryState(rows), options: null };
    expect(() => finalizeSummary(broken as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => mergeSummaryStates([summaryState(rows), broken as never])).toThrow(/`states\[1\]` must be a summary state/);
    expect(() => summaryState('rows' as never)).toThrow(/`transactions` must be an array of rows or an async iterable/);
  });
  it('refuses a state with a malformed count or first row, naming the field (NaN was merged, a missing firstRow a TypeError)', () => {
    const state = summaryState(rows);
    expect(() => mergeSummaryStates([state, { ...state, rowCount: NaN }])).toThrow(
      /^`mergeSummaryStates`: `states\[1\]\.rowCount` must be a whole number of rows read, at least the 0 rejected \(pass states from `summaryState` or `mergeSummaryStates` unchanged\), got NaN$/,
    );
    expect(() => mergeSummaryStates([{ ...state, rowCount: Infinity }])).toThrow(/`states\[0\]\.rowCount` must be a whole number/);
    expect(() => mergeSummaryStates([{ ...state, firstRow: NaN } as never])).toThrow(/`states\[0\]\.firstRow` must be \{ index, properties \}/);
    expect(() => mergeSummaryStates([{ ...state, firstRow: undefined } as never])).toThrow(/`states\[0\]\.firstRow` must be/);
    expect(() => mergeSummaryStates([{ ...state, firstRow: { index: 0, properties: 'abc' } } as never])).toThrow(/`states\[0\]\.firstRow\.properties` must be an array/);
    expect(() => finalizeSummary({ ...state, lastDay: Infinity })).toThrow(/`finalizeSummary`: `state\.lastDay` must be a whole number of days/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => mergeSummaryStates([, state] as never)).toThrow(/`states\[0\]` must be a summary state/);
    expect(mergeSummaryStates([{ ...state, firstRow: null }]).firstRow).toBeNull();
  });
  it('checks firstIndex and rowIndices', () => {
    expect(() => summaryState(rows, { firstIndex: -1 })).toThrow(/`options.firstIndex` must be a non-negative safe integer/);
    expect(() => summaryState(rows, { rowIndices: [] })).toThrow(/`options.rowIndices` must hold one index per row \(1\)/);
    expect(() => summaryState([...rows, ...rows], { rowIndices: [3, 3] })).toThrow(/`options.rowIndices\[1\]` must be .* distinct/);
    expect(() => summaryState(rows, { rowIndices: [0], firstIndex: 0 })).toThrow(/must not be given with `options.firstIndex`/);
  });
  it('finalises an empty or wholly rejected state as the whole log would fail', () => {
    expect(() => finalizeSummary(summaryState([]))).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    const renamed = [{ customer_id: 'a', order_date: '2024-01-01', total: 1 }];
    expect(() => finalizeSummary(summaryState(renamed))).toThrow(/map the field names with `options.fields`/);
  });
  it('refuses a second currency across parts, as across one log', () => {
    const eur = summaryState([{ customerId: 'a', date: '2024-01-01', amount: 1, currency: 'EUR' }]);
    const usd = summaryState([{ customerId: 'a', date: '2024-01-02', amount: 1, currency: 'usd' }], { firstIndex: 1 });
    expect(() => mergeSummaryStates([eur, usd])).toThrow(/must be one currency per log/);
  });
});

/** Yields `rows` one at a time, or in batches of `size`, or mixed (batch, row, batch, ...). */
async function* streamOf(rows: readonly object[], size: number, mixed = false): AsyncGenerator<object | object[]> {
  let single = false;
  for (let i = 0; i < rows.length; ) {
    if (size === 1 || (mixed && single)) yield rows[i++] as object;
    else {
      yield rows.slice(i, i + size);
      i += size;
    }
    single = !single;
  }
}

async function streamed(source: AsyncIterable<object | object[]>, options: SummaryOptions): Promise<TransactionSummary | string> {
  try {
    return await summarizeTransactions(source, options);
  } catch (e) {
    return (e as { code: string }).code;
  }
}

describe('summarizeTransactions on an async iterable', () => {
  it('gives the array summary, whether rows come one by one, in batches or mixed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryRow, { minLength: 0, maxLength: 40 }), arbitraryOptions, fc.integer({ min: 1, max: 9 }), async (rows, options, size) => {
        const expected = rows.length === 0 ? 'EMPTY_INPUT' : whole(rows, options);
        expect(await streamed(streamOf(rows, 1), options)).toStrictEqual(expected);
        expect(await streamed(streamOf(rows, size), options)).toStrictEqual(expected);
        expect(await streamed(streamOf(rows, size, true), options)).toStrictEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it('crosses its internal batches of 8,192 single rows exactly', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      customerId: `c${(i * 7919) % 3001}`,
      date: dateOf(DAY0 + ((i * 31) % 400)),
      amount: i % 97 === 0 ? 'bad' : ((i % 500) / 10 - 3).toFixed(1),
    }));
    const options = { calibrationEnd: '2024-09-30', unit: 'week' } as const;
    expect(await summarizeTransactions(streamOf(rows, 1), options)).toStrictEqual(summarizeTransactions(rows, options));
    const state = await summaryState(streamOf(rows, 1000), { ...options, firstIndex: 0 });
    expect(finalizeSummary(state)).toStrictEqual(summarizeTransactions(rows, options));
  });

  it('names a refused return by its index in the stream, and rejects instead of throwing', async () => {
    const rows = [
      [{ customerId: 'a', date: '2024-01-01', amount: 5 }],
      [{ customerId: 'a', date: '2024-01-02', amount: 1 }, { customerId: 'a', date: '2024-01-03', amount: -1 }],
    ];
    async function* batches() {
      yield* rows;
    }
    await expect(summarizeTransactions(batches(), { returns: 'refuse' })).rejects.toThrow(/`transactions\[2\]\.amount` must not be a return/);
    await expect(summarizeTransactions(batches(), { unit: 'year' as never })).rejects.toThrow(/`options.unit`/);
    await expect(summaryState(batches(), { rowIndices: [0, 1, 2] })).rejects.toThrow(/`options.rowIndices` is for arrays of rows/);
    async function* nothing() {}
    await expect(summarizeTransactions(nothing())).rejects.toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });
});
