// Issue 12, item 2 (R7, R8): the row and column summaries read dates, identifiers and currencies by the
// rules of `indexTransactions` (dates in the years 0000-9999, `1` and `'1'` one customer, one currency
// per log) and report what they cannot place, instead of summing it into garbage.
import { describe, expect, it } from 'vitest';
import { indexTransactions } from '../../src/time/indexTransactions';
import { summarizeTransactionColumns } from '../../src/time/summarizeTransactionColumns';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import { toEpochDay } from '../../src/time/toEpochDay';
import { errorOf } from './errorOf';

const RANGE = /0000-9999/;

describe('R7: dates outside the years 0000-9999', () => {
  it('rejects far Dates with a reason naming the supported range, and keeps the totals finite', () => {
    // The reproducer: two Dates about 267,000 years BC among 47 good rows.
    const rows = [
      { customerId: 'a', date: new Date(-8.5e15), amount: 1 },
      { customerId: 'a', date: new Date(-8.5e15 - 864e5), amount: 1 },
      ...Array.from({ length: 47 }, (_, i) => ({ customerId: 'a', date: new Date(Date.UTC(2020, 0, 3 + i)), amount: 1 })),
    ];
    const r = summarizeTransactions(rows);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [0, 'date'],
      [1, 'date'],
    ]);
    for (const x of r.rejected) {
      expect(x.reason).toMatch(RANGE);
      expect(x.value).toBe(rows[x.index]?.date);
    }
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0]).toMatchObject({ frequency: 46, totalSpend: 47, totalSpendMinor: 4700, firstPurchaseDate: '2020-01-03' });
  });

  it('rejects Dates just outside the range (10000-01-01, -000001-12-31) and keeps the edges', () => {
    const rows = [
      { customerId: 'a', date: new Date(Date.UTC(10000, 0, 1)), amount: 1 },
      { customerId: 'a', date: new Date('-000001-12-31T00:00:00Z'), amount: 1 },
      { customerId: 'a', date: new Date('9999-12-31T00:00:00Z'), amount: 1 },
      { customerId: 'a', date: new Date('0000-01-01T00:00:00Z'), amount: 1 },
    ];
    const r = summarizeTransactions(rows);
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1]);
    for (const x of r.rejected) expect(x.reason).toMatch(RANGE);
    expect(r.customers[0]).toMatchObject({ firstPurchaseDate: '0000-01-01', lastPurchaseDate: '9999-12-31', frequency: 1 });
    // The same rule as indexTransactions, which keeps and refuses the same rows.
    expect(indexTransactions(rows).rejected.map((x) => x.index)).toEqual([0, 1]);
  });

  it('names the range for date strings it cannot read (expanded years)', () => {
    const rows = [
      { customerId: 'a', date: '+010000-01-01', amount: 1 },
      { customerId: 'a', date: '2020-01-01', amount: 1 },
    ];
    const r = summarizeTransactions(rows);
    expect(r.rejected).toEqual([{ index: 0, field: 'date', reason: expect.stringMatching(RANGE), value: '+010000-01-01' }]);
  });

  it('the column path applies the same range', () => {
    const r = summarizeTransactionColumns({
      customer: [0, 0, 0],
      epochDay: [toEpochDay('0000-01-01') - 1, toEpochDay('9999-12-31') + 1, toEpochDay('2020-01-01')],
      amountMinor: [100, 100, 100],
    });
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [0, 'epochDay'],
      [1, 'epochDay'],
    ]);
    for (const x of r.rejected) expect(x.reason).toMatch(/0000-01-01 to 9999-12-31/);
  });
});

describe('R8: currencies, refunds and identifiers', () => {
  const reproducer = [
    { customerId: 'a', date: '2020-01-01', amount: '10.00', currency: 'USD' },
    { customerId: 'a', date: '2020-01-05', amount: '1000', currency: 'JPY' },
    { customerId: 'b', date: '2020-01-01', amount: 10 },
    { customerId: 'b', date: '2020-01-05', amount: -4 }, // a refund
    { customerId: 1, date: '2020-01-01', amount: 1 },
    { customerId: '1', date: '2020-01-03', amount: 1 },
  ];

  it('refuses a log that mixes currencies, as indexTransactions does', () => {
    const e = errorOf(() => summarizeTransactions(reproducer));
    expect([e.code, e.fn, e.argument]).toEqual(['INVALID_ARGUMENT', 'summarizeTransactions', 'transactions[].currency']);
    expect(e.message).toContain('one currency per log');
    expect(e.message).toContain('["JPY","USD"]');
    expect(errorOf(() => indexTransactions(reproducer)).argument).toBe('transactions[].currency');
  });

  it('with options.currency, rejects the rows in another currency with a reason', () => {
    const r = summarizeTransactions(reproducer, { currency: 'USD' });
    expect(r.rejected).toEqual([
      { index: 1, field: 'currency', reason: expect.stringContaining('must be USD'), value: 'JPY' },
    ]);
    const a = r.customers.find((c) => c.customerId === 'a');
    expect(a).toMatchObject({ frequency: 0, totalSpend: 10, totalSpendMinor: 1000 });
    // Codes are compared trimmed and upper-cased; a currency that is not text is rejected.
    const r2 = summarizeTransactions(
      [
        { customerId: 'a', date: '2020-01-01', amount: 1, currency: ' usd ' },
        { customerId: 'a', date: '2020-01-02', amount: 1, currency: 840 },
        { customerId: 'a', date: '2020-01-03', amount: 1, currency: 'usd' },
      ],
      { currency: 'usd' },
    );
    expect(r2.rejected.map((x) => [x.index, x.field])).toEqual([[1, 'currency']]);
    expect(r2.customers[0]?.frequency).toBe(1);
  });

  it('one currency named on every row (or on some) is accepted', () => {
    const r = summarizeTransactions([
      { customerId: 'a', date: '2020-01-01', amount: 1, currency: 'EUR' },
      { customerId: 'a', date: '2020-01-02', amount: 2 },
      { customerId: 'a', date: '2020-01-03', amount: 3, currency: 'eur' },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.customers[0]?.totalSpendMinor).toBe(600);
  });

  it('nets the refund by the `returns` policy: no repeat purchase, no negative mean spend', () => {
    const r = summarizeTransactions(reproducer, { currency: 'USD' });
    const b = r.customers.find((c) => c.customerId === 'b');
    expect(b).toMatchObject({ frequency: 0, monetaryValue: 0, totalSpend: 6, transactionCount: 2 });
    expect(() => summarizeTransactions(reproducer, { currency: 'USD', returns: 'refuse' })).toThrow(/return/);
  });

  it('reads `1` and `\'1\'` as one customer, as indexTransactions does', () => {
    const r = summarizeTransactions(reproducer, { currency: 'USD' });
    const ones = r.customers.filter((c) => String(c.customerId) === '1');
    expect(ones).toHaveLength(1);
    expect(ones[0]).toMatchObject({ customerId: 1, frequency: 1, recency: 2, transactionCount: 2 });
    expect(indexTransactions(reproducer, { currency: 'USD' }).customerIds).toContain('1');
  });

  it('trims string identifiers and rejects blank ones and numbers that are not safe integers', () => {
    const r = summarizeTransactions([
      { customerId: 'a', date: '2020-01-01', amount: 1 },
      { customerId: ' a ', date: '2020-01-02', amount: 1 },
      { customerId: '  ', date: '2020-01-02', amount: 1 },
      { customerId: 1.5, date: '2020-01-02', amount: 1 },
      { customerId: 2 ** 53, date: '2020-01-02', amount: 1 },
    ]);
    expect(r.customers.map((c) => [c.customerId, c.frequency])).toEqual([['a', 1]]);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [2, 'customerId'],
      [3, 'customerId'],
      [4, 'customerId'],
    ]);
    expect(r.rejected[0]?.reason).toBe('must be a non-blank string or a safe integer');
  });

  it('the column path merges customerIds that read the same and rejects unusable ones', () => {
    const r = summarizeTransactionColumns({
      customer: [0, 1, 2, 3],
      epochDay: [toEpochDay('2020-01-01'), toEpochDay('2020-01-03'), toEpochDay('2020-01-04'), toEpochDay('2020-01-04')],
      amountMinor: [100, 100, 100, 100],
      customerIds: [1, '1', ' x', ''],
    });
    expect(r.customers.map((c) => [c.customerId, c.frequency, c.transactionCount])).toEqual([
      [1, 1, 2],
      ['x', 0, 1],
    ]);
    expect(r.rejected.map((x) => [x.index, x.field, x.value])).toEqual([[3, 'customer', 3]]);
  });

  it('row and column paths agree on a log with mixed identifiers', () => {
    const rows = [
      { customerId: 7, date: '2020-01-01', amount: '1.25' },
      { customerId: 'k', date: '2020-01-02', amount: 2 },
      { customerId: '7', date: '2020-01-05', amount: 3 },
      { customerId: 'k ', date: '2020-01-06', amount: 4 },
    ];
    const byRows = summarizeTransactions(rows);
    const byColumns = summarizeTransactionColumns({
      customer: [0, 1, 2, 3],
      epochDay: rows.map((row) => toEpochDay(row.date)),
      amountMinor: [125, 200, 300, 400],
      customerIds: rows.map((row) => row.customerId),
    });
    expect(byColumns.customers).toEqual(byRows.customers);
    expect(byRows.customers.map((c) => c.customerId)).toEqual([7, 'k']);
  });
});
