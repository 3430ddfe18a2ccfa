import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatPurchase } from '../../src/loyalty/repeatPurchase';
import { indexTransactions } from '../../src/time/indexTransactions';
import type { TransactionInputRow } from '../../src/time/types';

const window = { from: '2024-01-01', to: '2024-03-31' };
const base = { window, minTenureDays: 0, population: 'windowBuyers' as const };

const rows: TransactionInputRow[] = [
  { customerId: 'a', date: '2024-01-05', amount: 10 },
  { customerId: 'a', date: '2024-01-05', amount: 4 }, // same day: one period
  { customerId: 'a', date: '2024-02-01', amount: 8 },
  { customerId: 'a', date: '2024-04-02', amount: 8 }, // after the window
  { customerId: 'b', date: '2024-01-20', amount: 12 },
  { customerId: 'b', date: '2024-02-20', amount: 12, returned: true }, // a return is not a purchase
  { customerId: 'c', date: '2023-06-01', amount: 5 }, // no purchase in the window
  { customerId: 'd', date: '2024-03-30', amount: 5 }, // joined two days before the window end
  { customerId: 'd', date: '2024-03-31', amount: 5 },
];

describe('repeatPurchase', () => {
  it('counts purchase days in the window, merging same-day purchases and ignoring returns', () => {
    const r = repeatPurchase(rows, base);
    expect(r.customers.map((c) => [c.customerId, c.purchasePeriods, c.repeatBuyer, c.eligible])).toEqual([
      ['a', 2, true, true],
      ['b', 1, false, true],
      ['c', 0, false, false],
      ['d', 2, true, true],
    ]);
    expect(r.customers[2]?.firstPurchaseDate).toBe('2023-06-01');
    expect(r.repeatRate).toMatchObject({ count: 2, of: 3, rate: 2 / 3, reason: null });
    expect(r.repurchase).toBeNull();
    expect(r.settings).toEqual({
      window,
      minTenureDays: 0,
      population: 'windowBuyers',
      referenceDate: null,
      repurchaseWindowDays: null,
      activeWithinDays: null,
      confidenceLevel: 0.95,
      purchases: 'distinct purchase days; returns are not purchases',
    });
  });

  it('applies the tenure rule and the population option', () => {
    // Tenure 30 days: d (first purchase 1 day before the end) cannot count.
    const tenured = repeatPurchase(rows, { ...base, minTenureDays: 30 });
    expect(tenured.customers.filter((c) => c.eligible).map((c) => c.customerId)).toEqual(['a', 'b']);
    expect(tenured.repeatRate).toMatchObject({ count: 1, of: 2, rate: 0.5 });
    // All customers: c (no purchase in W, tenured) joins the denominator.
    const all = repeatPurchase(rows, { ...base, minTenureDays: 30, population: 'allCustomers' });
    expect(all.repeatRate).toMatchObject({ count: 1, of: 3 });
  });

  it('gives the Wilson interval of the repeat rate', () => {
    const r = repeatPurchase(rows, base);
    const z = 1.959963984540054;
    const p = 2 / 3;
    const n = 3;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    expect(r.repeatRate.interval?.lower).toBeCloseTo(centre - half, 12);
    expect(r.repeatRate.interval?.upper).toBeCloseTo(centre + half, 12);
  });

  it("reproduces the source documents' '80 of 100 buyers come back = 80 %'", () => {
    // 100 buyers of a durable product in 2023; 80 of them buy again within 365 days of 2023-12-31.
    const log: TransactionInputRow[] = [];
    for (let i = 0; i < 100; i++) {
      log.push({ customerId: `k${i}`, date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`, amount: 300 });
      if (i < 80) log.push({ customerId: `k${i}`, date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-10`, amount: 300 });
    }
    log.push({ customerId: 'late', date: '2024-02-01', amount: 300 }); // not active at t0
    const r = repeatPurchase(log, {
      ...base,
      window: { from: '2023-01-01', to: '2023-12-31' },
      referenceDate: '2023-12-31',
      repurchaseWindowDays: 365,
      activeWithinDays: 365,
    });
    expect(r.repurchase).toMatchObject({ count: 80, of: 100, rate: 0.8, referenceDate: '2023-12-31', windowEnd: '2024-12-30', complete: false });
    expect(r.customers.find((c) => c.customerId === 'late')).toMatchObject({ activeAtReference: false, repurchased: null });
    expect(r.customers.find((c) => c.customerId === 'k0')).toMatchObject({ activeAtReference: true, repurchased: true, daysToRepurchase: 10 });
    expect(r.customers.find((c) => c.customerId === 'k99')).toMatchObject({ activeAtReference: true, repurchased: false, daysToRepurchase: null });
  });

  it('reads the active rule: (t0 − a, t0] or any purchase on or before t0', () => {
    const log: TransactionInputRow[] = [
      { customerId: 'x', date: '2024-01-01', amount: 1 }, // exactly 10 days before t0: outside (t0 − 10, t0]
      { customerId: 'x', date: '2024-01-12', amount: 1 }, // the day after t0: a repurchase
      { customerId: 'y', date: '2024-01-02', amount: 1 }, // 9 days before: active
      { customerId: 'y', date: '2024-01-21', amount: 1 }, // t0 + 10: inside (t0, t0 + 10]
      { customerId: 'z', date: '2024-01-11', amount: 1 }, // on t0: active, no repurchase
      { customerId: 'z', date: '2024-01-22', amount: 1 }, // t0 + 11: outside
    ];
    const opts = { ...base, referenceDate: '2024-01-11', repurchaseWindowDays: 10 };
    const recent = repeatPurchase(log, { ...opts, activeWithinDays: 10 });
    expect(recent.customers.map((c) => [c.activeAtReference, c.repurchased])).toEqual([
      [false, null],
      [true, true],
      [true, false],
    ]);
    expect(recent.repurchase).toMatchObject({ count: 1, of: 2, complete: true });
    const ever = repeatPurchase(log, { ...opts, activeWithinDays: 'ever' });
    expect(ever.repurchase).toMatchObject({ count: 2, of: 3 });
    expect(ever.settings.activeWithinDays).toBe('ever');
  });

  it('returns null rates with reasons for an empty window, and handles one customer', () => {
    const r = repeatPurchase([{ customerId: 1, date: '2024-01-01', amount: 5 }], {
      ...base,
      window: { from: '2025-01-01', to: '2025-01-31' },
      referenceDate: '2020-01-01',
      repurchaseWindowDays: 30,
      activeWithinDays: 'ever',
    });
    expect(r.customers).toHaveLength(1);
    expect(r.repeatRate).toEqual({ count: 0, of: 0, rate: null, interval: null, reason: 'no eligible customer' });
    expect(r.repurchase?.rate).toBeNull();
    expect(r.repurchase?.reason).toBe('no customer active at the reference date');
    const one = repeatPurchase([{ customerId: 1, date: '2024-01-01', amount: 5 }], base);
    expect(one.customers[0]).toMatchObject({ customerId: '1', purchasePeriods: 1, repeatBuyer: false, eligible: true });
    expect(one.repeatRate.rate).toBe(0);
  });

  it('reports bad rows and keeps every other customer unchanged', () => {
    const bad = [...rows, { customerId: 'a', date: '2024-02-30', amount: 3 }, { customerId: 'e', date: '2024-01-01', amount: 'x' }];
    const r = repeatPurchase(bad as TransactionInputRow[], base);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [9, 'date'],
      [10, 'amount'],
    ]);
    expect(r.customers).toEqual(repeatPurchase(rows, base).customers);
  });

  it('accepts an index and gives the same result as rows', () => {
    expect(repeatPurchase(indexTransactions(rows), base)).toEqual(repeatPurchase(rows, base));
  });

  it('does not depend on row order and does not mutate its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x })));
        const opts = { ...base, referenceDate: '2024-01-31', repurchaseWindowDays: 30, activeWithinDays: 60 };
        expect(repeatPurchase(frozen, opts)).toEqual(repeatPurchase(rows, opts));
      }),
      { numRuns: 50 },
    );
  });

  it('checks its options', () => {
    expect(() => repeatPurchase(rows, null as never)).toThrow(/`repeatPurchase`: `options` must be an object, got null/);
    expect(() => repeatPurchase(rows, { ...base, window: { from: '2024-02-01', to: '2024-01-01' } })).toThrow(/`options.window.to` must not be before/);
    expect(() => repeatPurchase(rows, { ...base, minTenureDays: '3' as never })).toThrow(/`options.minTenureDays` must be an integer at least 0, got "3"/);
    expect(() => repeatPurchase(rows, { ...base, population: 'everyone' as never })).toThrow(/options.population/);
    expect(() => repeatPurchase(rows, { ...base, repurchaseWindowDays: 30 })).toThrow(/needs options.referenceDate/);
    expect(() => repeatPurchase(rows, { ...base, referenceDate: '2024-01-01', repurchaseWindowDays: 30 })).toThrow(/activeWithinDays/);
    expect(() => repeatPurchase(rows, { ...base, referenceDate: 'soon', repurchaseWindowDays: 30, activeWithinDays: 1 })).toThrow(/options.referenceDate/);
    try {
      repeatPurchase([], base);
    } catch (e) {
      expect((e as { code: string }).code).toBe('EMPTY_INPUT');
    }
    expect(() => repeatPurchase([], base)).toThrow(/`transactions` must not be empty/);
  });
});
