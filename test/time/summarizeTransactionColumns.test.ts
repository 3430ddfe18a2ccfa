// The columnar summary: hand-worked cases and its own input checks. The agreement with the row-object
// form on random logs and on CDNOW is tested in summarizeTransactions.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeTransactionColumns, toEpochDay } from '../../src/time/index';

/** A seeded permutation of 0..n-1 (xorshift32 + Fisher-Yates). */
function permutation(n: number, seed: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  let x = seed;
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [p[i], p[j]] = [p[j] as number, p[i] as number];
  }
  return p;
}

describe('summarizeTransactionColumns', () => {
  it('summarises typed-array columns and leaves them unchanged', () => {
    const columns = {
      customer: Int32Array.from([1, 0, 0, 0]),
      epochDay: Int32Array.from([9870, 9876, 9862, 9862]),
      amountMinor: Int32Array.from([999, 2000, 1000, 550]),
      customerIds: ['a', 'b'],
    };
    const copy = { customer: columns.customer.slice(), epochDay: columns.epochDay.slice(), amountMinor: columns.amountMinor.slice() };
    const r = summarizeTransactionColumns(columns, { observationEnd: '1997-01-29', unit: 'week' });
    expect(r.customers).toEqual([
      {
        customerId: 'a',
        frequency: 1,
        recency: 2,
        T: 4,
        monetaryValue: 20,
        firstPurchaseValue: 15.5,
        totalSpend: 35.5,
        totalSpendMinor: 3550,
        transactionCount: 3,
        firstPurchaseDate: '1997-01-01',
        lastPurchaseDate: '1997-01-15',
      },
      {
        customerId: 'b',
        frequency: 0,
        recency: 0,
        T: 20 / 7,
        monetaryValue: 0,
        firstPurchaseValue: 9.99,
        totalSpend: 9.99,
        totalSpendMinor: 999,
        transactionCount: 1,
        firstPurchaseDate: '1997-01-09',
        lastPurchaseDate: '1997-01-09',
      },
    ]);
    expect(columns).toEqual({ ...copy, customerIds: ['a', 'b'] });
  });

  it('uses the index as identifier and takes minor digits from the columns', () => {
    const r = summarizeTransactionColumns({ customer: [2, 2], epochDay: [0, 3], amountMinor: [100, 250], minorDigits: 0 });
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0]).toMatchObject({ customerId: 2, frequency: 1, recency: 3, T: 3, monetaryValue: 250, totalSpend: 350 });
    expect(r.options.minorDigits).toBe(0);
    expect(r.options.observationEnd).toBe('1970-01-04');
  });

  it('sorts logs whose days span centuries (comparison-sort path)', () => {
    const r = summarizeTransactionColumns({ customer: [0, 0, 0], epochDay: [2_900_000, -700_000, 0], amountMinor: [3, 1, 2] });
    expect(r.customers[0]).toMatchObject({ frequency: 2, recency: 3_600_000, firstPurchaseDate: '0053-06-19', firstPurchaseValue: 0.01 });
  });

  it('rejects bad entries by index', () => {
    const r = summarizeTransactionColumns(
      {
        customer: [0, 1, 5, -1, 0.5, 1, 1],
        epochDay: [10, 11, 12, 13, 14, 1.5, 16],
        amountMinor: [1, 2, 3, 4, 5, 6, 7.5],
        customerIds: ['p', 'q'],
      },
      { observationEnd: '1970-01-12' },
    );
    expect(r.rejected).toEqual([
      { index: 2, field: 'customer', reason: 'must be an integer index 0-1', value: 5 },
      { index: 3, field: 'customer', reason: 'must be an integer index 0-1', value: -1 },
      { index: 4, field: 'customer', reason: 'must be an integer index 0-1', value: 0.5 },
      { index: 5, field: 'epochDay', reason: 'must be an integer day (0000-01-01 to 9999-12-31)', value: 1.5 },
      { index: 6, field: 'amountMinor', reason: 'must be an integer number of minor units below 2^52 in magnitude', value: 7.5 },
    ]);
    expect(r.customers.map((c) => c.customerId)).toEqual(['p', 'q']);
  });

  it('rejects days after the observation end and reports customers first seen after calibration', () => {
    const r = summarizeTransactionColumns(
      { customer: [0, 1, 1, 0], epochDay: [100, 120, 125, 200], amountMinor: [1, 2, 3, 4] },
      { calibrationEnd: '1970-04-25', observationEnd: '1970-05-10' },
    );
    expect(r.rejected).toEqual([{ index: 3, field: 'epochDay', reason: 'is after the observation end 1970-05-10', value: 200 }]);
    expect(r.customers.map((c) => [c.customerId, c.frequency, c.frequencyHoldout, c.durationHoldout])).toEqual([[0, 0, 0, 15]]);
    expect(r.notInCalibration).toEqual([{ customerId: 1, firstPurchaseDate: '1970-05-01', transactionCount: 2 }]);
  });

  it('checks its input', () => {
    expect(() => summarizeTransactionColumns({ customer: [], epochDay: [], amountMinor: [] })).toThrow(/`columns`/);
    expect(() => summarizeTransactionColumns({ customer: [0], epochDay: [1, 2], amountMinor: [1] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: \`summarizeTransactionColumns\`: \`columns\` must have columns of one length, got "customer 1, epochDay 2, amountMinor 1"]`,
    );
    expect(() => summarizeTransactionColumns({ customer: [0], epochDay: null, amountMinor: [1] } as never)).toThrow(/`columns.epochDay` must be an array/);
    expect(() => summarizeTransactionColumns({ customer: [0], epochDay: [1], amountMinor: [1], minorDigits: 2 }, { currency: 'JPY' })).toThrow(
      /`columns.minorDigits` must agree with the options \(0\)/,
    );
    expect(() => summarizeTransactionColumns({ customer: [2e9], epochDay: [1], amountMinor: [1] })).toThrow(/dense indices/);
  });

  it('gives the same result for shuffled rows (two radix passes, long runs sorted by day)', () => {
    // CDNOW sample: 2,357 customers need two 6-bit radix digits; plus one customer with 300 rows.
    const lines = readFileSync(new URL('../fixtures/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/) as [string, string, string, string, string]);
    const customer = lines.map((l) => Number(l[1]) - 1);
    const epochDay = lines.map((l) => toEpochDay(l[2]));
    const amountMinor = lines.map((l) => Math.round(Number(l[4]) * 100));
    for (let i = 0; i < 300; i++) {
      customer.push(2357);
      epochDay.push(9862 + ((i * 37) % 500));
      amountMinor.push(i);
    }
    const options = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' } as const;
    const sorted = summarizeTransactionColumns({ customer, epochDay, amountMinor }, options);
    const p = permutation(customer.length, 20_261_123);
    const shuffled = summarizeTransactionColumns(
      {
        customer: Int32Array.from(p, (i) => customer[i] as number),
        epochDay: Int32Array.from(p, (i) => epochDay[i] as number),
        amountMinor: Float64Array.from(p, (i) => amountMinor[i] as number),
      },
      options,
    );
    expect(shuffled).toEqual(sorted);
    expect(sorted.customers).toHaveLength(2358);
    const big = sorted.customers[2357];
    // Days 9862 + (37·i mod 500): 300 distinct days; those up to 1997-09-30 (offset ≤ 272) are calibration.
    const offsets = Array.from({ length: 300 }, (_, i) => (i * 37) % 500);
    expect(big).toMatchObject({
      customerId: 2357,
      frequency: offsets.filter((o) => o <= 272).length - 1,
      frequencyHoldout: offsets.filter((o) => o > 272).length,
      firstPurchaseValue: 0,
      recency: Math.max(...offsets.filter((o) => o <= 272)) / 7,
    });
  });
});
