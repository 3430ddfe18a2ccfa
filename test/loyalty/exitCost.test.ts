/**
 * exitCost: hand-computed exact totals with a window and an expiry, the customer list, every kind of bad
 * row (unknown customer, date outside the period, negative or inexact benefit, other currency), and the
 * benefits of simulateCustomerRecords recovered to the cent.
 */
import { describe, expect, it } from 'vitest';
import { exitCost } from '../../src/loyalty/exitCost';
import { simulateCustomerRecords } from '../../src/testing/simulateCustomerRecords';
import { indexTransactions } from '../../src/time/indexTransactions';

const rows = [
  { customerId: 'b', date: '2024-06-02', kind: 'call' },
  { customerId: 'a', date: '2024-01-10', benefit: '5.00' },
  { customerId: 'a', date: '2024-06-01', benefit: '2.50' },
  { customerId: 'a', date: '2024-04-02', benefit: 0.1 },
  { customerId: 'a', date: '2024-04-03', benefit: '0.20' },
  { customerId: 7, date: '20240615', benefit: '1000000.01' },
];

describe('exitCost', () => {
  it('sums benefits exactly, cumulative or in a window, with an expiry', () => {
    const all = exitCost(rows, { period: { to: '2024-06-30' } });
    expect(all.customers.map((c) => [c.customerId, c.exitCostMinor, c.exitCost, c.benefits, c.interactions])).toEqual([
      ['7', 100000001, '1000000.01', 1, 1],
      ['a', 780, '7.80', 4, 4],
      ['b', 0, '0.00', 0, 1],
    ]);
    expect(all.total).toEqual({ exitCostMinor: 100000781, exitCost: '1000007.81', expiredMinor: 0, customersWithBenefit: 2 });
    // Expiry 88 days on June 30: Jan 10 (172 days old) and Apr 2 (89) expire; Apr 3 (88) and Jun 1 count.
    const expiring = exitCost(rows, { period: { to: '2024-06-30' }, expiresAfterDays: 88 });
    const a = expiring.customers.find((c) => c.customerId === 'a')!;
    expect([a.exitCostMinor, a.expiredMinor]).toEqual([250 + 20, 500 + 10]);
    expect(expiring.settings).toEqual({ period: { from: null, to: '2024-06-30' }, expiresAfterDays: 88, minorDigits: 2, currency: null });
    const window = exitCost(rows.slice(0, 5), { period: { from: '2024-04-01', to: '2024-06-30' } });
    expect(window.rejected).toEqual([{ index: 1, field: 'date', reason: 'is outside the period', value: '2024-01-10' }]);
    expect(window.customers.map((c) => c.exitCost)).toEqual(['2.80', '0.00']);
  });

  it('gives every listed customer a row and rejects bad rows without touching the others', () => {
    const bad = [
      ...rows,
      { customerId: 'zz', date: '2024-01-01', benefit: 1 },
      { customerId: 'a', date: '2024-07-01', benefit: 1 },
      { customerId: 'a', date: '2024-01-01', benefit: '-1.00' },
      { customerId: 'a', date: '2024-01-01', benefit: '1.005' },
      { customerId: 'a', date: '2024-01-01', benefit: 1, currency: 'EUR' },
      { customerId: 'a', date: 'soon', benefit: 1 },
    ];
    const out = exitCost(bad, { period: { to: '2024-06-30' }, customers: ['a', 'b', 7, 'c'], currency: 'usd' });
    expect(out.rejected).toEqual([
      { index: 6, field: 'customerId', reason: 'is not one of `options.customers`', value: 'zz' },
      { index: 7, field: 'date', reason: 'is outside the period', value: '2024-07-01' },
      { index: 8, field: 'benefit', reason: 'must not be negative', value: '-1.00' },
      { index: 9, field: 'benefit', reason: 'must be an exact amount with at most 2 decimals', value: '1.005' },
      { index: 10, field: 'currency', reason: 'is not USD', value: 'EUR' },
      { index: 11, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: 'soon' },
    ]);
    expect(out.customers.map((c) => [c.customerId, c.exitCost])).toEqual([['7', '1000000.01'], ['a', '7.80'], ['b', '0.00'], ['c', '0.00']]);
    expect(exitCost([...rows].reverse(), { period: { to: '2024-06-30' } }).customers).toEqual(exitCost(rows, { period: { to: '2024-06-30' } }).customers);
  });

  it('throws on invalid arguments and on a log of two currencies', () => {
    expect(() => exitCost(rows, { period: { to: '2024-06-30' }, expiresAfterDays: -1 })).toThrow(/`exitCost`: `options.expiresAfterDays` must be an integer 0-1000000, got -1/);
    expect(() => exitCost(rows, { period: { to: 'never' } })).toThrow(/`options.period.to` must be a calendar date/);
    expect(() =>
      exitCost([{ customerId: 'a', date: '2024-01-01', benefit: 1, currency: 'USD' }, { customerId: 'a', date: '2024-01-02', benefit: 1, currency: 'EUR' }], { period: { to: '2024-06-30' } }),
    ).toThrow(/`interactions\[1\].currency` must be the log's one currency USD/);
    expect(() => exitCost(rows, { period: { to: '2024-06-30' }, customers: 'a' as never })).toThrow(/`options.customers` must be an array/);
  });

  it('recovers the simulated benefits to the cent', () => {
    const sim = simulateCustomerRecords({ customers: 300, seed: 5, startDate: '2024-01-01', acquisitionDays: 60, endDate: '2024-12-31', purchaseRate: { shape: 2, rate: 60 } });
    const index = indexTransactions(sim.transactions);
    const out = exitCost(sim.interactions, { period: { to: '2024-12-31' }, customers: index });
    expect(out.rejected).toEqual([]);
    expect(out.customers.map((c) => c.exitCostMinor)).toEqual(sim.truth.customers.map((c) => c.benefitsMinor));
  });
});
