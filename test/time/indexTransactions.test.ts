import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTransactions } from '../../src/time/indexTransactions';
import type { TransactionInputRow } from '../../src/time/types';

const rows: TransactionInputRow[] = [
  { customerId: 'b', date: '2024-03-02', amount: '12.50' },
  { customerId: 'a', date: '2024-03-05', amount: 20, product: 'tea', quantity: 2, discount: '1.50' },
  { customerId: 'a', date: '2024-03-01', amount: '7.25', cost: '3' },
  { customerId: 'a', date: '2024-02-30', amount: 5 },
  { customerId: 7, date: new Date('2024-03-03T00:00:00Z'), amount: '4.00', returned: true },
  { customerId: '7', date: '20240301', amount: 9.99 },
];

describe('indexTransactions', () => {
  it('groups by sorted customer id and sorts each customer by day', () => {
    const index = indexTransactions(rows);
    expect(index.customerIds).toEqual(['7', 'a', 'b']);
    expect(Array.from(index.start)).toEqual([0, 2, 4, 5]);
    expect(Array.from(index.epochDay)).toEqual([19783, 19785, 19783, 19787, 19784]);
    expect(Array.from(index.amountMinor)).toEqual([999, -400, 725, 2000, 1250]);
    expect(Array.from(index.returned)).toEqual([0, 1, 0, 0, 0]);
    expect(Array.from(index.rowIndex)).toEqual([5, 4, 2, 1, 0]);
    expect(index.product).toEqual([null, null, null, 'tea', null]);
    expect(Array.from(index.discountMinor ?? [])).toEqual([0, 0, 0, 150, 0]);
    expect(Array.from(index.costMinor ?? [])).toEqual([NaN, NaN, 300, NaN, NaN]);
    expect(index.orderId).toBeNull();
    expect(index.firstDay).toBe(19783);
    expect(index.lastDay).toBe(19787);
    expect(index.rowCount).toBe(6);
    expect(index.rejected).toEqual([
      { index: 3, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: '2024-02-30' },
    ]);
  });

  it('rejects each bad row with its field and rule, and keeps the others', () => {
    const bad: unknown[] = [
      null,
      { customerId: ' ', date: '2024-01-01', amount: 1 },
      { customerId: 'x', date: '2024-01-01', amount: 1.234 },
      { customerId: 'x', date: '2024-01-01', amount: -5 },
      { customerId: 'x', date: '2024-01-01', amount: 5, discount: -1 },
      { customerId: 'x', date: '2024-01-01', amount: 5, quantity: Number.NaN },
      { customerId: 'x', date: new Date(Number.NaN), amount: 5 },
      { customerId: 'x', date: new Date('+012000-01-01T00:00:00Z'), amount: 5 },
      { customerId: 'x', date: '2024-01-01', amount: 5, returned: 'yes' },
      { customerId: 'x', date: '2024-01-01', amount: Number.NaN },
      { customerId: 'x', date: '2024-01-02', amount: 3 },
    ];
    const index = indexTransactions(bad as TransactionInputRow[]);
    expect(index.rejected.map((r) => [r.index, r.field])).toEqual([
      [0, 'row'],
      [1, 'customerId'],
      [2, 'amount'],
      [3, 'amount'],
      [4, 'discount'],
      [5, 'quantity'],
      [6, 'date'],
      [7, 'date'],
      [8, 'returned'],
      [9, 'amount'],
    ]);
    expect(index.rejected[2]?.reason).toBe('must have at most 2 decimal places');
    expect(index.rejected[3]?.reason).toMatch(/unless `returned` is true/);
    expect(index.customerIds).toEqual(['x']);
    expect(Array.from(index.amountMinor)).toEqual([300]);
  });

  it('keeps one currency per log', () => {
    const mixed = [
      { customerId: 'a', date: '2024-01-01', amount: 1, currency: 'EUR' },
      { customerId: 'a', date: '2024-01-02', amount: 2, currency: 'usd' },
    ];
    expect(() => indexTransactions(mixed)).toThrow(/`transactions\[\]\.currency` must be one currency per log/);
    const kept = indexTransactions(mixed, { currency: 'usd' });
    expect(kept.currency).toBe('USD');
    expect(kept.rejected).toEqual([{ index: 0, field: 'currency', reason: 'must be USD, the currency of the log (convert first)', value: 'EUR' }]);
    expect(indexTransactions([{ customerId: 'a', date: '2024-01-01', amount: 1, currency: 'JPY' }], { currency: 'JPY' }).minorDigits).toBe(0);
  });

  it('reads the column form, a negative amount being a return', () => {
    const index = indexTransactions({
      customer: [1, 0, 1, 5],
      epochDay: [10, 12, 9, 11],
      amountMinor: [500, 250, -100, 7],
      customerIds: ['z', 'y'],
    });
    expect(index.customerIds).toEqual(['y', 'z']);
    expect(Array.from(index.epochDay)).toEqual([9, 10, 12]);
    expect(Array.from(index.returned)).toEqual([1, 0, 0]);
    expect(index.rejected).toEqual([{ index: 3, field: 'customer', reason: 'must index a valid entry of customerIds', value: 5 }]);
  });

  it('returns an index as it is and refuses other inputs with a typed error', () => {
    const index = indexTransactions(rows);
    expect(indexTransactions(index)).toBe(index);
    expect(() => indexTransactions('rows' as never)).toThrow(/`indexTransactions`: `transactions` must be an array of rows/);
    expect(() => indexTransactions(rows, null as never)).toThrow(/`options` must be an object/);
    expect(() => indexTransactions({ customer: [0], epochDay: [1, 2], amountMinor: [1] })).toThrow(/one length/);
  });

  it('does not depend on row order and does not mutate its input', () => {
    const row = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 1, '1'),
      date: fc.integer({ min: 1, max: 28 }).map((d) => `2024-02-${String(d).padStart(2, '0')}`),
      amount: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer(), (list, seed) => {
        const frozen = Object.freeze(list.map((r) => Object.freeze({ ...r })));
        const shuffled = [...frozen].sort((x, y) => ((JSON.stringify(x).length * 31 + seed) % 7) - ((JSON.stringify(y).length * 31 + seed) % 7));
        const a = indexTransactions(frozen);
        const b = indexTransactions(shuffled);
        expect(a.customerIds).toEqual(b.customerIds);
        expect(Array.from(a.start)).toEqual(Array.from(b.start));
        expect(Array.from(a.epochDay)).toEqual(Array.from(b.epochDay));
        // Within a day, rows keep input order, so compare each customer's day totals.
        const totals = (ix: typeof a) => ix.customerIds.map((_, c) => {
          let s = 0;
          for (let j = ix.start[c] as number; j < (ix.start[c + 1] as number); j++) s += ix.amountMinor[j] as number;
          return s;
        });
        expect(totals(a)).toEqual(totals(b));
      }),
      { numRuns: 60 },
    );
  });
});
