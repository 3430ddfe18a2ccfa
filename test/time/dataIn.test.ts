// Data in as CRM exports arrive: other field names (options.fields), missing fields named on every row,
// a summary with every row rejected refused loudly (ALL_ROWS_REJECTED), returns and refunds by policy
// (net by default, drop, refuse) with no non-positive spend left unflagged for a spend model, and the
// CDNOW master log (69,659 rows, test/fixtures/cdnow/README.md) read the same from rows and columns.
// Expected values are worked by hand from the rows in each test.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTransactions, summarizeTransactionColumns, summarizeTransactions, toEpochDay } from '../../src/time/index';
import type { SummaryOptions } from '../../src/time/index';

function errorOf(f: () => unknown): { code: string; message: string; rowCount?: number } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string; rowCount?: number };
  }
  throw new Error('did not throw');
}

const crm = [
  { customer_id: 'c1', order_date: '2024-01-05', total: '19.90' },
  { customer_id: 'c1', order_date: '2024-02-10', total: '5.10' },
  { customer_id: 'c2', order_date: '2024-01-20', total: 12 },
];

describe('field mapping', () => {
  it('reads rows with other field names through options.fields', () => {
    const mapped = summarizeTransactions(crm, { fields: { customerId: 'customer_id', date: 'order_date', amount: 'total' } });
    const plain = summarizeTransactions(crm.map((r) => ({ customerId: r.customer_id, date: r.order_date, amount: r.total })));
    expect(mapped).toEqual(plain);
    expect(mapped.customers.map((c) => [c.customerId, c.frequency, c.totalSpendMinor])).toEqual([
      ['c1', 1, 2500],
      ['c2', 0, 1200],
    ]);
  });

  it('refuses a log whose every row is rejected, naming the reasons and the mapping that reads it', () => {
    const e = errorOf(() => summarizeTransactions(crm));
    expect(e.code).toBe('ALL_ROWS_REJECTED');
    expect(e.rowCount).toBe(3);
    expect(e.message).toBe(
      '`summarizeTransactions`: every row of `transactions` was rejected (3 of 3); first: [0] `customerId` is missing ' +
        '(no property `customerId`); [1] `customerId` is missing (no property `customerId`); [2] `customerId` is missing ' +
        '(no property `customerId`). The rows have the properties customer_id, order_date, total but not customerId, date, ' +
        "amount: map the field names with `options.fields`, e.g. `options.fields` = { customerId: 'customer_id', date: " +
        "'order_date', amount: 'total' }",
    );
  });

  it('names a missing field by its property on every row that lacks it', () => {
    const rows = [
      { id: 'a', day: '2024-01-01', value: 1 },
      { id: 'a', day: '2024-01-02' },
      { id: 'b', value: 2 },
      { day: '2024-01-03', value: 3 },
    ];
    const r = summarizeTransactions(rows, { fields: { customerId: 'id', date: 'day', amount: 'value' } });
    expect(r.rejected).toEqual([
      { index: 1, field: 'amount', reason: 'is missing (no property `value`)', value: undefined },
      { index: 2, field: 'date', reason: 'is missing (no property `day`)', value: undefined },
      { index: 3, field: 'customerId', reason: 'is missing (no property `id`)', value: undefined },
    ]);
    expect(r.customers).toHaveLength(1);
  });

  it('refuses an all-rejected log without a mapping hint when the names are right', () => {
    const e = errorOf(() => summarizeTransactions([{ customerId: 'a', date: '2024-02-30', amount: 1 }]));
    expect(e.message).toBe(
      '`summarizeTransactions`: every row of `transactions` was rejected (1 of 1); first: [0] `date` must be a valid calendar ' +
        'date (yyyy-mm-dd, yyyymmdd or a Date) in the years 0000-9999',
    );
    const columns = errorOf(() => summarizeTransactionColumns({ customer: [0, -1], epochDay: [1.5, 0], amountMinor: [1, 1] }));
    expect(columns.code).toBe('ALL_ROWS_REJECTED');
    expect(columns.message).toMatch(/^`summarizeTransactionColumns`: every row of `columns` was rejected \(2 of 2\)/);
  });

  it('checks options.fields', () => {
    expect(() => summarizeTransactions(crm, { fields: { customer: 'customer_id' } as never })).toThrow(
      '`summarizeTransactions`: `options.fields.customer` is not a field (the fields are customerId, date, amount, returned), got "customer"',
    );
    expect(() => summarizeTransactions(crm, { fields: { date: 3 } as never })).toThrow(/`options.fields.date` must be a non-empty property name/);
    expect(() => summarizeTransactions(crm, 'fields' as never)).toThrow(/`options` must be an object/);
  });

  it('maps the fields of indexTransactions the same way, missing fields named', () => {
    const index = indexTransactions([...crm, { customer_id: 'c3', total: 1 }], {
      fields: { customerId: 'customer_id', date: 'order_date', amount: 'total' },
    });
    expect(index.customerIds).toEqual(['c1', 'c2']);
    expect(Array.from(index.amountMinor)).toEqual([1990, 510, 1200]);
    expect(index.rejected).toEqual([{ index: 3, field: 'date', reason: 'is missing (no property `order_date`)', value: undefined }]);
  });
});

const CALIBRATION: SummaryOptions = { calibrationEnd: '2024-01-31', observationEnd: '2024-02-29' };

describe('returns and refunds', () => {
  it("net by default: a refund is not a purchase, it reduces the purchase it follows", () => {
    const r = summarizeTransactions([
      { customerId: 'b', date: '2024-01-01', amount: 10 },
      { customerId: 'b', date: '2024-01-05', amount: -4 },
    ]);
    expect(r.options.returns).toBe('net');
    expect(r.customers[0]).toMatchObject({ frequency: 0, recency: 0, monetaryValue: 0, firstPurchaseValue: 6, totalSpendMinor: 600, transactionCount: 2 });
    expect(r.rejected).toEqual([]);
  });

  it('nets a return against the latest purchase on or before its day, a same-day purchase first', () => {
    const r = summarizeTransactions([
      { customerId: 'a', date: '2024-01-01', amount: -4 }, // same day as the first purchase, listed before it
      { customerId: 'a', date: '2024-01-01', amount: 10 },
      { customerId: 'a', date: '2024-01-03', amount: 20 },
      { customerId: 'a', date: '2024-01-04', amount: -5 }, // nets against 2024-01-03
      { customerId: 'a', date: '2024-01-09', amount: 30 },
    ]);
    // purchases: 01-01 worth 6, 01-03 worth 15, 01-09 worth 30 -> x = 2, m = 22.5, last purchase 01-09.
    expect(r.customers[0]).toMatchObject({
      frequency: 2,
      recency: 8,
      monetaryValue: 22.5,
      firstPurchaseValue: 6,
      totalSpendMinor: 5100,
      lastPurchaseDate: '2024-01-09',
    });
  });

  it('nets holdout returns in the holdout, and rejects a return with nothing to net against', () => {
    const r = summarizeTransactions(
      [
        { customerId: 'a', date: '2024-01-02', amount: 10 },
        { customerId: 'a', date: '2024-02-05', amount: -3 }, // holdout, before any holdout purchase
        { customerId: 'a', date: '2024-02-10', amount: 30 },
        { customerId: 'a', date: '2024-02-12', amount: -10 },
        { customerId: 'z', date: '2024-01-10', amount: '-7.50' }, // z never bought
      ],
      CALIBRATION,
    );
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0]).toMatchObject({ customerId: 'a', frequency: 0, frequencyHoldout: 1, monetaryValueHoldout: 20 });
    expect(r.rejected.map((x) => [x.index, x.field, x.value])).toEqual([
      [1, 'amount', -3],
      [4, 'amount', '-7.50'],
    ]);
    expect(r.rejected[0]?.reason).toBe(
      "is a return with no purchase of this customer on or before 2024-02-05 in the holdout period to net it against (`options.returns` 'net'); use 'drop' to leave returns out",
    );
  });

  it('reads returned: true as a return whatever the sign, as the schemas write it', () => {
    const r = summarizeTransactions([
      { customerId: 'a', date: '2024-01-01', amount: 10 },
      { customerId: 'a', date: '2024-01-02', amount: 4, returned: true },
      { customerId: 'a', date: '2024-01-03', amount: 0, returned: true },
    ]);
    expect(r.customers[0]).toMatchObject({ frequency: 0, totalSpendMinor: 600 });
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([[2, 'amount']]);
  });

  it("drops returns with a report, or refuses them, by option", () => {
    const log = [
      { customerId: 'a', date: '2024-01-01', amount: 10 },
      { customerId: 'a', date: '2024-01-05', amount: -4 },
      { customerId: 'a', date: '2024-01-08', amount: 6 },
    ];
    const dropped = summarizeTransactions(log, { returns: 'drop' });
    expect(dropped.customers[0]).toMatchObject({ frequency: 1, monetaryValue: 6, totalSpendMinor: 1600 });
    expect(dropped.rejected).toEqual([
      { index: 1, field: 'amount', reason: "is a return (a negative amount or `returned: true`), left out by `options.returns` 'drop'", value: -4 },
    ]);
    const e = errorOf(() => summarizeTransactions(log, { returns: 'refuse' }));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe(
      "`summarizeTransactions`: `transactions[1].amount` must not be a return (a negative amount or `returned: true`) with " +
        "`options.returns` 'refuse'; use 'net' to net returns against the purchases or 'drop' to leave them out with a report, got -4",
    );
    expect(errorOf(() => summarizeTransactions(log, { returns: 'keep' as never })).message).toMatch(/`options.returns` must be 'net', 'drop' or 'refuse'/);
  });

  it('treats negative column amounts as returns under the same policy', () => {
    const columns = { customer: [0, 0, 0], epochDay: [19723, 19727, 19730], amountMinor: [1000, -400, 600], customerIds: ['a'] };
    expect(summarizeTransactionColumns(columns).customers[0]).toMatchObject({ frequency: 1, firstPurchaseValue: 6, monetaryValue: 6 });
    expect(summarizeTransactionColumns(columns, { returns: 'drop' }).rejected.map((x) => [x.index, x.field])).toEqual([[1, 'amountMinor']]);
    expect(errorOf(() => summarizeTransactionColumns(columns, { returns: 'refuse' })).message).toMatch(/`columns.amountMinor\[1\]` must not be a return/);
  });

  it('flags a repeat buyer whose repeat spend nets to zero or less, for the spend model', () => {
    const r = summarizeTransactions([
      { customerId: 'a', date: '2024-01-01', amount: 50 },
      { customerId: 'a', date: '2024-01-10', amount: 20 },
      { customerId: 'a', date: '2024-01-11', amount: -30 }, // more than the purchase it follows
      { customerId: 'b', date: '2024-01-01', amount: 5 },
      { customerId: 'b', date: '2024-01-03', amount: 8 },
    ]);
    const [a, b] = r.customers;
    expect(a?.monetaryValue).toBe(-10);
    expect(a?.spendExcluded).toBe(
      'mean repeat spend -10 is not positive (zero-valued purchases, or returns netted against them): the Gamma-Gamma spend model needs a positive spend, leave this customer out of the spend fit',
    );
    expect(b?.spendExcluded).toBeUndefined();
    expect('spendExcluded' in (b as object)).toBe(false);
  });

  it('never leaves a non-positive mean spend unflagged, and does not depend on row order (property)', () => {
    const log = fc.array(
      fc.record({
        customerId: fc.constantFrom('a', 'b', 'c'),
        day: fc.integer({ min: 19723, max: 19723 + 40 }),
        cents: fc.integer({ min: -3000, max: 5000 }),
      }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(log, (entries) => {
        const rows = entries.map((t) => ({ customerId: t.customerId, date: new Date(t.day * 86_400_000), amount: t.cents / 100 }));
        let forward;
        try {
          forward = summarizeTransactions(rows, { calibrationEnd: '2024-01-25', dateObjects: 'utc' });
        } catch (e) {
          expect((e as { code: string }).code).toBe('ALL_ROWS_REJECTED');
          return;
        }
        const backward = summarizeTransactions([...rows].reverse(), { calibrationEnd: '2024-01-25', dateObjects: 'utc' });
        const byId = (cs: typeof forward.customers) => new Map(cs.map((c) => [c.customerId, c]));
        expect(byId(backward.customers)).toEqual(byId(forward.customers));
        for (const c of forward.customers) {
          expect(c.frequency > 0 && c.monetaryValue <= 0).toBe(c.spendExcluded !== undefined);
          expect(c.recency === 0).toBe(c.frequency === 0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the CDNOW master log', () => {
  const rows = readFileSync(new URL('../fixtures/cdnow/CDNOW_master.txt', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [customerId, date, , amount] = l.trim().split(/\s+/) as [string, string, string, string];
      return { customerId, date, amount: Number(amount) };
    });
  const options: SummaryOptions = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' };

  it('summarises the 69,659 rows of 23,570 customers the same from rows and from columns', () => {
    expect(rows).toHaveLength(69_659);
    const summary = summarizeTransactions(rows, options);
    expect(summary.customers).toHaveLength(23_570);
    expect(summary.rejected).toEqual([]);
    const ids = [...new Set(rows.map((r) => r.customerId))];
    const position = new Map(ids.map((id, i) => [id, i]));
    const columns = summarizeTransactionColumns(
      {
        customer: rows.map((r) => position.get(r.customerId) as number),
        epochDay: rows.map((r) => toEpochDay(r.date)),
        amountMinor: rows.map((r) => Math.round(r.amount * 100)),
        customerIds: ids,
      },
      options,
    );
    expect(columns).toEqual(summary);
    // Sorted columns are reduced in place: read only.
    const sortedColumns = { customer: Int32Array.from([0, 0, 1]), epochDay: Int32Array.from([5, 9, 7]), amountMinor: Int32Array.from([100, -50, 70]) };
    const copy = structuredClone(sortedColumns);
    expect(summarizeTransactionColumns(sortedColumns).customers.map((c) => c.totalSpendMinor)).toEqual([50, 70]);
    expect(sortedColumns).toEqual(copy);
    // The log has 80 rows of 0.00; customer 10244's only calibration repeat purchase is one of them, so
    // its mean repeat spend is 0 and it is flagged: 9,451 repeat buyers, 9,450 usable by Gamma-Gamma (the
    // count the peers fit, who filter monetary value > 0).
    const repeat = summary.customers.filter((c) => c.frequency > 0);
    expect(repeat).toHaveLength(9_451);
    const flagged = summary.customers.filter((c) => c.spendExcluded !== undefined);
    expect(flagged.map((c) => [c.customerId, c.frequency, c.monetaryValue])).toEqual([['10244', 1, 0]]);
  });
});
