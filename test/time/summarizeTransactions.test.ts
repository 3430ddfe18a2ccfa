// The transaction summary.
// Reference values: the published CDNOW-sample statistics (Fader, Hardie & Lee 2005; clv.md §1.2) and,
// customer by customer, test/fixtures/cdnow/summary.json written by scripts/fixtures/cdnow_summary.py
// (pure Python, integer cents; see test/fixtures/cdnow/README.md). Elsewhere: hand-worked cases,
// a naive reference implementation below, and property tests of the invariants of clv.md §1.1.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeTransactionColumns, summarizeTransactions, toEpochDay } from '../../src/time/index';
import type { CustomerSummary, SummaryOptions, TransactionRow, TransactionSummary } from '../../src/time/index';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/cdnow/${p}`, import.meta.url), 'utf8');

const cdnowRows = (): TransactionRow<string>[] =>
  fixture('CDNOW_sample.txt')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      const [, customerId, date, , amount] = l.trim().split(/\s+/) as [string, string, string, string, string];
      return { customerId, date, amount };
    });

const CDNOW: SummaryOptions = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' };

interface Expected {
  totals: { customers: number; frequency: number; repeatBuyers: number; frequencyHoldout: number };
  columns: string[];
  customers: (string | number)[][];
}

describe('summarizeTransactions on the CDNOW sample', () => {
  const rows = cdnowRows();
  const result = summarizeTransactions(rows, CDNOW);
  const { customers } = result;

  it('gives the published totals', () => {
    expect(rows.length).toBe(6919);
    expect(customers.length).toBe(2357);
    expect(customers.reduce((a, c) => a + c.frequency, 0)).toBe(2457);
    expect(customers.filter((c) => c.frequency > 0).length).toBe(946);
    expect(customers.reduce((a, c) => a + (c.frequencyHoldout ?? 0), 0)).toBe(1882);
    expect(result.rejected).toEqual([]);
    expect(result.notInCalibration).toEqual([]);
    expect(result.options).toEqual({
      unit: 'week',
      unitDays: 7,
      monthLength: null,
      mergeBy: 'day',
      calibrationEnd: '1997-09-30',
      observationEnd: '1998-06-30',
      minorDigits: 2,
      returns: 'net',
      dateObjects: 'strict',
    });
  });

  it('gives customer 0001 x = 2, t_x = 213/7, T = 272/7 weeks', () => {
    const first = customers[0] as CustomerSummary<string>;
    expect(first.customerId).toBe('0001');
    expect(first.frequency).toBe(2);
    expect(first.recency).toBe(213 / 7);
    expect(first.T).toBe(272 / 7);
    expect(first.recency.toFixed(2)).toBe('30.43');
    expect(first.T.toFixed(2)).toBe('38.86');
    expect(first.durationHoldout).toBe(39);
  });

  it('matches the independent Python summary for every customer', () => {
    const expected = JSON.parse(fixture('summary.json')) as Expected;
    expect(expected.totals).toEqual({ customers: 2357, frequency: 2457, repeatBuyers: 946, frequencyHoldout: 1882 });
    expect(customers.length).toBe(expected.customers.length);
    const col = (name: string) => expected.columns.indexOf(name);
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    customers.forEach((c, i) => {
      const e = expected.customers[i] as (string | number)[];
      const row = {
        customerId: c.customerId,
        frequency: c.frequency,
        frequencyHoldout: c.frequencyHoldout,
        totalSpendMinor: c.totalSpendMinor,
        transactionCount: c.transactionCount,
        firstPurchaseDate: c.firstPurchaseDate,
        lastPurchaseDate: c.lastPurchaseDate,
      };
      expect(row).toEqual({
        customerId: e[col('customerId')],
        frequency: e[col('frequency')],
        frequencyHoldout: e[col('frequencyHoldout')],
        totalSpendMinor: e[col('totalSpendMinor')],
        transactionCount: e[col('transactionCount')],
        firstPurchaseDate: e[col('firstPurchaseDate')],
        lastPurchaseDate: e[col('lastPurchaseDate')],
      });
      for (const field of ['recency', 'T', 'monetaryValue', 'monetaryValueHoldout', 'firstPurchaseValue'] as const) {
        const ok = close(c[field] as number, e[col(field)] as number);
        if (!ok) expect.fail(`${c.customerId}.${field}: ${c[field]} vs ${e[col(field)]}`);
      }
    });
  });

  it('gives the same result from the columnar form and from UTC Date objects', () => {
    const ids: string[] = [];
    const index = new Map<string, number>();
    const customer = new Int32Array(rows.length);
    const epochDay = new Int32Array(rows.length);
    const amountMinor = new Int32Array(rows.length);
    rows.forEach((r, i) => {
      let k = index.get(r.customerId);
      if (k === undefined) {
        k = ids.length;
        index.set(r.customerId, k);
        ids.push(r.customerId);
      }
      customer[i] = k;
      epochDay[i] = toEpochDay(r.date);
      amountMinor[i] = Math.round(Number(r.amount) * 100);
    });
    expect(summarizeTransactionColumns({ customer, epochDay, amountMinor, customerIds: ids }, CDNOW)).toEqual(result);
    const withDates = rows.map((r) => ({
      customerId: r.customerId,
      date: new Date(Date.UTC(+String(r.date).slice(0, 4), +String(r.date).slice(4, 6) - 1, +String(r.date).slice(6))),
      amount: Number(r.amount),
    }));
    expect(
      summarizeTransactions(withDates, {
        calibrationEnd: new Date('1997-09-30'),
        observationEnd: new Date(Date.UTC(1998, 5, 30)),
        unit: 7,
      }),
    ).toEqual({ ...result, options: { ...result.options, unit: 7 } });
  });

  it('scales with the unit: weeks are days/7, 30-day months days/30', () => {
    const days = summarizeTransactions(rows, { ...CDNOW, unit: 'day' }).customers;
    const months = summarizeTransactions(rows, { ...CDNOW, unit: 'month', monthLength: 30 }).customers;
    days.forEach((d, i) => {
      const w = customers[i] as CustomerSummary<string>;
      const m = months[i] as CustomerSummary<string>;
      expect(Number.isInteger(d.recency) && Number.isInteger(d.T)).toBe(true);
      expect(w.recency).toBe(d.recency / 7);
      expect(w.T).toBe(d.T / 7);
      expect(m.T).toBe(d.T / 30);
      expect([w.frequency, w.monetaryValue, w.frequencyHoldout]).toEqual([d.frequency, d.monetaryValue, d.frequencyHoldout]);
    });
  });

  it('merges whole weeks with mergeBy unit and so lowers the frequency', () => {
    const weekly = summarizeTransactions(rows, { ...CDNOW, mergeBy: 'unit' });
    const total = weekly.customers.reduce((a, c) => a + c.frequency, 0);
    expect(total).toBeLessThan(2457);
    expect(total).toBeGreaterThan(2000);
    for (const c of weekly.customers) {
      expect(Number.isInteger(c.recency) && Number.isInteger(c.T)).toBe(true);
      expect(c.recency <= c.T && (c.recency === 0) === (c.frequency === 0)).toBe(true);
    }
    // 1997-01-01 is in ISO week 1997-W01 and 1997-09-30 in 1997-W40: T = 39 weeks; holdout to 1998-W27.
    expect(weekly.customers[0]?.T).toBe(39);
    expect(weekly.customers[0]?.durationHoldout).toBe(39);
  });
});

describe('summarizeTransactions, definitions', () => {
  it('merges same-day rows, excludes the first purchase from the mean, and reports the holdout', () => {
    const log = [
      { customerId: 'a', date: '1997-01-01', amount: 10 },
      { customerId: 'a', date: '1997-01-15', amount: 20 },
      { customerId: 'a', date: '1997-01-01', amount: 5.5 },
      { customerId: 'a', date: '1997-02-12', amount: 7.25 },
      { customerId: 'a', date: '1997-02-12', amount: '0.75' },
      { customerId: 'b', date: '1997-02-05', amount: 9.99 },
      { customerId: 'c', date: '1997-01-20', amount: 0 },
    ];
    const before = JSON.stringify(log);
    const r = summarizeTransactions(Object.freeze(log.map((x) => Object.freeze(x))), {
      calibrationEnd: '1997-01-29',
      observationEnd: '1997-02-26',
      unit: 'week',
    });
    expect(JSON.stringify(log)).toBe(before);
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
        frequencyHoldout: 1,
        monetaryValueHoldout: 8,
        durationHoldout: 4,
      },
      {
        customerId: 'c',
        frequency: 0,
        recency: 0,
        T: 9 / 7,
        monetaryValue: 0,
        firstPurchaseValue: 0,
        totalSpend: 0,
        totalSpendMinor: 0,
        transactionCount: 1,
        firstPurchaseDate: '1997-01-20',
        lastPurchaseDate: '1997-01-20',
        frequencyHoldout: 0,
        monetaryValueHoldout: 0,
        durationHoldout: 4,
      },
    ]);
    expect(r.notInCalibration).toEqual([{ customerId: 'b', firstPurchaseDate: '1997-02-05', transactionCount: 1 }]);
  });

  it('defaults to days, no holdout and the last transaction day as observation end', () => {
    const r = summarizeTransactions([
      { customerId: 7, date: '2024-03-01', amount: 1 },
      { customerId: 7, date: '2024-03-05', amount: 2 },
      { customerId: 8, date: '2024-03-11', amount: 3 },
    ]);
    expect(r.options).toMatchObject({ unit: 'day', unitDays: 1, mergeBy: 'day', calibrationEnd: null, observationEnd: '2024-03-11' });
    expect(r.customers.map((c) => [c.customerId, c.frequency, c.recency, c.T])).toEqual([
      [7, 1, 4, 10],
      [8, 0, 0, 0],
    ]);
    expect('frequencyHoldout' in (r.customers[0] as object)).toBe(false);
  });

  it('reads 1 and "1" as one customer (as indexTransactions) and uses exact money with 0 and 3 minor digits', () => {
    const r = summarizeTransactions<string | number>(
      [
        { customerId: 1, date: '2024-01-01', amount: 100 },
        { customerId: '1', date: '2024-01-01', amount: '250' },
        { customerId: 1, date: '2024-01-03', amount: 300 },
      ],
      { currency: 'JPY' },
    );
    expect(r.customers.map((c) => [c.customerId, c.totalSpendMinor, c.monetaryValue])).toEqual([
      [1, 650, 300],
    ]);
    const kwd = summarizeTransactions(
      [
        { customerId: 'k', date: '2024-01-01', amount: '0.001' },
        { customerId: 'k', date: '2024-01-02', amount: 0.002 },
      ],
      { currency: 'KWD' },
    );
    expect(kwd.customers[0]).toMatchObject({ totalSpendMinor: 3, totalSpend: 0.003, monetaryValue: 0.002 });
  });

  it('sums money exactly over many same-day rows', () => {
    const log = Array.from({ length: 100_000 }, (_, i) => ({ customerId: 'x', date: i % 2 ? '2024-01-01' : '2024-01-02', amount: 0.1 }));
    const c = summarizeTransactions(log).customers[0];
    expect(c?.totalSpendMinor).toBe(1_000_000);
    expect(c?.totalSpend).toBe(10_000);
    expect(c?.monetaryValue).toBe(5000);
  });

  it('reports every unreadable row with its index and reason', () => {
    const r = summarizeTransactions(
      [
        { customerId: 'a', date: '2024-01-01', amount: 1 },
        { customerId: 'a', date: '2024-02-30', amount: 1 },
        { customerId: 'a', date: '01/02/2024', amount: 1 },
        { customerId: 'a', date: '2024-01-02', amount: 0.105 },
        { customerId: 'a', date: '2024-01-02', amount: Number.NaN },
        { customerId: 'a', date: '2024-01-02', amount: '1,5' },
        { customerId: null, date: '2024-01-02', amount: 1 },
        null,
        { customerId: 'b', date: '2024-03-01', amount: 1 },
        { customerId: 'a', date: '2024-01-10', amount: 2 },
      ] as unknown as TransactionRow[],
      { observationEnd: '2024-02-01' },
    );
    expect(r.rejected).toEqual([
      { index: 1, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date) in the years 0000-9999', value: '2024-02-30' },
      { index: 2, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date) in the years 0000-9999', value: '01/02/2024' },
      { index: 3, field: 'amount', reason: 'must have at most 2 decimal places', value: 0.105 },
      { index: 4, field: 'amount', reason: 'must be a finite number', value: Number.NaN },
      { index: 5, field: 'amount', reason: 'must be a decimal number such as 12.34', value: '1,5' },
      { index: 6, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: null },
      { index: 7, field: 'row', reason: 'must be an object { customerId, date, amount }', value: null },
      { index: 8, field: 'date', reason: 'is after the observation end 2024-02-01', value: '2024-03-01' },
    ]);
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0]).toMatchObject({ customerId: 'a', frequency: 1, recency: 9, T: 31, transactionCount: 2 });
  });

  it('measures calendar months with date-fns month arithmetic', () => {
    const r = summarizeTransactions(
      [
        { customerId: 'eom', date: '1997-01-31', amount: 1 },
        { customerId: 'eom', date: '1997-02-28', amount: 1 },
        { customerId: 'mid', date: '1997-01-15', amount: 1 },
        { customerId: 'mid', date: '1997-02-01', amount: 1 },
      ],
      { unit: 'month', monthLength: 'calendar', observationEnd: '1997-03-31' },
    );
    const [eom, mid] = r.customers;
    expect(eom).toMatchObject({ frequency: 1, recency: 1, T: 2 }); // Jan 31 + 1 month = Feb 28, + 2 = Mar 31
    expect(mid?.recency).toBeCloseTo(17 / 31, 15); // Jan 15 → Feb 1: 17 of the 31 days to Feb 15
    expect(mid?.T).toBeCloseTo(2 + 16 / 31, 15); // Mar 15 + 16 days of the 31 to Apr 15
    expect(r.options).toMatchObject({ unit: 'month', unitDays: null, monthLength: 'calendar' });
    const julian = summarizeTransactions([{ customerId: 'j', date: '1997-01-01', amount: 1 }], {
      unit: 'month',
      monthLength: 30.4375,
      observationEnd: '1998-01-01',
    });
    expect(julian.customers[0]?.T).toBe(365 / 30.4375);
  });

  it('merges by ISO week and calendar month with mergeBy unit', () => {
    const log = [
      { customerId: 'w', date: '1997-01-06', amount: 1 }, // Monday of 1997-W02
      { customerId: 'w', date: '1997-01-12', amount: 2 }, // Sunday of 1997-W02: merged
      { customerId: 'w', date: '1997-01-13', amount: 4 }, // Monday of 1997-W03
      { customerId: 'w', date: '1997-01-31', amount: 8 }, // 1997-W05
    ];
    const weeks = summarizeTransactions(log, { unit: 'week', mergeBy: 'unit' }).customers[0];
    expect(weeks).toMatchObject({ frequency: 2, recency: 3, T: 3, firstPurchaseValue: 3, monetaryValue: 6 });
    const months = summarizeTransactions(log, { unit: 'month', monthLength: 30, mergeBy: 'unit', observationEnd: '1997-03-01' });
    expect(months.customers[0]).toMatchObject({ frequency: 0, recency: 0, T: 2, firstPurchaseValue: 15 });
    // Blocks of 10 days from 1970-01-01: days 9867 | 9873, 9874 | 9892 are in blocks 986 | 987 | 989.
    const blocks = summarizeTransactions(log, { unit: 10, mergeBy: 'unit' }).customers[0];
    expect(blocks).toMatchObject({ frequency: 2, recency: 3, T: 3, firstPurchaseValue: 1, monetaryValue: 7 });
  });

  it('checks its options', () => {
    const log = [{ customerId: 'a', date: '2024-01-01', amount: 1 }];
    expect(() => summarizeTransactions(log, { unit: 'month' })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: \`summarizeTransactions\`: \`options.monthLength\` must be 30, 30.4375 or 'calendar' when unit is 'month' (months only by explicit choice), got undefined]`,
    );
    expect(() => summarizeTransactions(log, { unit: 'week', monthLength: 30 })).toThrow(/only allowed with unit 'month'/);
    expect(() => summarizeTransactions(log, { unit: -7 })).toThrow(/`options.unit` must be 'day', 'week', 'month' or a positive number/);
    expect(() => summarizeTransactions(log, { mergeBy: 'none' as 'day' })).toThrow(/`options.mergeBy` must be 'day' or 'unit'/);
    expect(() => summarizeTransactions(log, { observationEnd: '2024-13-01' })).toThrow(/`options.observationEnd` must be a valid calendar date/);
    expect(() => summarizeTransactions(log, { calibrationEnd: '2024-02-01', observationEnd: '2024-01-31' })).toThrow(
      /`options.calibrationEnd` must not be after options.observationEnd/,
    );
    expect(() => summarizeTransactions([])).toThrow(/`transactions`/);
    expect(() => summarizeTransactions('x' as unknown as TransactionRow[])).toThrow(/must be an array/);
    expect(() => summarizeTransactions(log, { currency: 'XXX' })).toThrow(/ISO 4217/);
  });
});

// A naive reference: group by customer, purchase days (a day with a row of amount >= 0), each return
// (negative amount) netted against the latest purchase day on or before it in its window (calibration
// up to c, holdout after it), or rejected when there is none. Integer days, cents.
function naive(log: readonly { customerId: string; day: number; cents: number }[], c: number, e: number, unit: number) {
  const byCustomer = new Map<string, { day: number; cents: number }[]>();
  let unmatched = 0;
  for (const t of log) {
    if (t.day > e) continue;
    byCustomer.set(t.customerId, [...(byCustomer.get(t.customerId) ?? []), t]);
  }
  const out = new Map<string, number[]>();
  for (const [id, rows] of byCustomer) {
    const value = new Map<number, number>();
    for (const t of rows) if (t.cents >= 0) value.set(t.day, (value.get(t.day) ?? 0) + t.cents);
    const purchaseDays = [...value.keys()].sort((a, b) => a - b);
    for (const t of rows) {
      if (t.cents >= 0) continue;
      const inWindow = purchaseDays.filter((d) => d <= t.day && (t.day <= c ? true : d > c));
      if (inWindow.length === 0) unmatched++;
      else {
        const target = inWindow[inWindow.length - 1] as number;
        value.set(target, (value.get(target) ?? 0) + t.cents);
      }
    }
    const sorted = purchaseDays.map((d) => [d, value.get(d) as number] as const);
    const cal = sorted.filter(([d]) => d <= c);
    const hold = sorted.filter(([d]) => d > c);
    if (cal.length === 0) continue;
    const x = cal.length - 1;
    const repeat = cal.slice(1).reduce((a, [, v]) => a + v, 0);
    const holdTotal = hold.reduce((a, [, v]) => a + v, 0);
    const first = (cal[0] as readonly [number, number])[0];
    const last = (cal[x] as readonly [number, number])[0];
    out.set(id, [x, (last - first) / unit, (c - first) / unit, x ? repeat / x / 100 : 0, hold.length, hold.length ? holdTotal / hold.length / 100 : 0]);
  }
  return { customers: out, unmatched };
}

/** The summary, or an empty one when every row was rejected (`ALL_ROWS_REJECTED`, checked to name the count). */
function summarizeOrEmpty(rows: readonly object[], options: SummaryOptions): TransactionSummary {
  try {
    return summarizeTransactions(rows, options);
  } catch (e) {
    expect((e as { code?: string }).code).toBe('ALL_ROWS_REJECTED');
    expect((e as { rowCount?: number }).rowCount).toBe(rows.length);
    return { customers: [], notInCalibration: [], rejected: rows.map((_, index) => ({ index, field: 'row', reason: '', value: null })), options: {} as never };
  }
}

const arbitraryLog = fc.array(
  fc.record({
    customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    day: fc.integer({ min: 9862, max: 9862 + 120 }),
    cents: fc.integer({ min: -500, max: 100_000 }),
  }),
  { minLength: 1, maxLength: 60 },
);

describe('summarizeTransactions, properties', () => {
  const toRows = (log: { customerId: string; day: number; cents: number }[]) =>
    log.map((t) => ({
      customerId: t.customerId,
      date: new Date(t.day * 86_400_000).toISOString().slice(0, 10),
      amount: (t.cents / 100).toFixed(2),
    }));
  const byId = (customers: readonly CustomerSummary[]) => new Map(customers.map((c) => [c.customerId, c]));

  it('agrees with a naive implementation and keeps the invariants', () => {
    fc.assert(
      fc.property(arbitraryLog, fc.integer({ min: 9862, max: 9982 }), fc.integer({ min: 0, max: 60 }), (log, c, extra) => {
        const e = c + extra;
        const options = { calibrationEnd: new Date(c * 86_400_000), observationEnd: new Date(e * 86_400_000), unit: 'week' as const };
        const result = summarizeOrEmpty(toRows(log), options);
        const { customers: reference, unmatched } = naive(log, c, e, 7);
        expect(result.customers.length).toBe(reference.size);
        expect(result.rejected.length).toBe(log.filter((t) => t.day > e).length + unmatched);
        for (const s of result.customers) {
          const r = reference.get(s.customerId as string) as number[];
          expect([s.frequency, s.recency, s.T, s.frequencyHoldout]).toEqual([r[0], r[1], r[2], r[4]]);
          expect(s.monetaryValue).toBeCloseTo(r[3] as number, 9);
          expect(s.monetaryValueHoldout).toBeCloseTo(r[5] as number, 9);
          expect(Number.isInteger(s.frequency) && s.frequency >= 0).toBe(true);
          expect(0 <= s.recency && s.recency <= s.T).toBe(true);
          expect(s.recency === 0).toBe(s.frequency === 0);
          expect(s.durationHoldout).toBe(extra / 7);
        }
        for (const u of result.notInCalibration) expect(reference.has(u.customerId as string)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on row order, and rows equal columns', () => {
    fc.assert(
      fc.property(arbitraryLog, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (log, keys) => {
        const rows = toRows(log);
        const k = keys.take(rows.length);
        const ranks = [...k];
        const shuffled = rows.map((r, i) => [ranks[i] as number, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        const options = { calibrationEnd: '1997-03-01', observationEnd: '1997-05-01', unit: 'week' as const };
        const a = summarizeOrEmpty(rows, options);
        const b = summarizeOrEmpty(shuffled, options);
        if (a.customers.length + a.notInCalibration.length === 0) {
          expect(b.rejected.length).toBe(rows.length);
          return;
        }
        expect(byId(b.customers)).toEqual(byId(a.customers));
        const ids = [...new Set(log.map((t) => t.customerId))];
        const index = new Map(ids.map((id, i) => [id, i]));
        const cols = summarizeTransactionColumns(
          {
            customer: log.map((t) => index.get(t.customerId) ?? 0),
            epochDay: log.map((t) => t.day),
            amountMinor: log.map((t) => t.cents),
            customerIds: ids,
          },
          options,
        );
        expect(byId(cols.customers)).toEqual(byId(a.customers));
        expect(cols.rejected.map((r) => r.index)).toEqual(a.rejected.map((r) => r.index));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the invariants when merging by unit', () => {
    fc.assert(
      fc.property(arbitraryLog, fc.constantFrom<SummaryOptions>({ unit: 'week' }, { unit: 'month', monthLength: 'calendar' }, { unit: 3 }, { unit: 'month', monthLength: 30 }), (log, unitOptions) => {
        const result = summarizeOrEmpty(toRows(log), { ...unitOptions, mergeBy: 'unit', calibrationEnd: '1997-03-01' });
        const byDay = byId(summarizeOrEmpty(toRows(log), { calibrationEnd: '1997-03-01' }).customers);
        for (const s of result.customers) {
          expect(Number.isInteger(s.recency) && Number.isInteger(s.T)).toBe(true);
          expect(0 <= s.recency && s.recency <= s.T).toBe(true);
          expect(s.recency === 0).toBe(s.frequency === 0);
          expect(s.frequency).toBeLessThanOrEqual((byDay.get(s.customerId) as CustomerSummary).frequency);
          expect(s.totalSpendMinor).toBe((byDay.get(s.customerId) as CustomerSummary).totalSpendMinor);
        }
      }),
      { numRuns: 200 },
    );
  });
});
