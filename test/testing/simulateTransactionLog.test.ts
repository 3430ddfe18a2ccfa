/**
 * simulateTransactionLog: reproducible, well-formed logs (dates in range, exact cents, sorted); the number of
 * repeat transactions matches Σ_i E[X(age_i)] of the BG/NBD, MBG/NBD and Pareto/NBD models.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { mbgNbd } from '../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../src/clv/paretoNbd/index';
import { simulateTransactionLog } from '../../src/testing/simulateTransactionLog';

describe('simulateTransactionLog', () => {
  const options = {
    customers: 4000,
    seed: 1,
    startDate: '1997-01-01',
    acquisitionDays: 84,
    endDate: '1998-06-30',
    purchases: { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
    timeUnit: 'week',
  } as const;

  it('writes a reproducible, well-formed log', () => {
    const log = simulateTransactionLog(options);
    expect(simulateTransactionLog(options)).toEqual(log);
    expect(log.customers).toHaveLength(4000);
    const firsts = new Map(log.customers.map((c) => [c.customerId, c.firstPurchaseDate]));
    let previous = '';
    for (const t of log.transactions) {
      expect(t.date >= (firsts.get(t.customerId) as string) && t.date <= '1998-06-30').toBe(true);
      expect(Math.round(t.amount * 100) / 100).toBe(t.amount);
      expect(t.amount).toBeGreaterThanOrEqual(0);
      const key = `${t.customerId} ${t.date}`;
      expect(key >= previous).toBe(true);
      previous = key;
    }
    for (const c of log.customers) expect(c.firstPurchaseDate >= '1997-01-01' && c.firstPurchaseDate <= '1997-03-25').toBe(true);
  });

  const processes = [
    { process: options.purchases, expected: (t: number) => bgNbd.expectedPurchases(options.purchases.params, t) },
    {
      process: { model: 'mbgNbd', params: { r: 0.5, alpha: 6, a: 1.5, b: 4 } } as const,
      expected: (t: number) => mbgNbd.expectedPurchases({ r: 0.5, alpha: 6, a: 1.5, b: 4 }, t),
    },
    {
      process: { model: 'paretoNbd', params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 } } as const,
      expected: (t: number) => paretoNbd.expectedPurchases({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, t),
    },
  ];
  for (const { process, expected: expectedPurchases } of processes) {
    it(`has as many repeat transactions as the ${process.model} model expects`, () => {
      const log = simulateTransactionLog({ ...options, purchases: process, customers: 20_000, seed: 3 });
      const repeats = log.transactions.length - log.customers.length;
      const end = Date.UTC(1998, 5, 30) / 86_400_000 + 1;
      let expected = 0;
      let variance = 0;
      for (const c of log.customers) {
        const [y, m, d] = c.firstPurchaseDate.split('-').map(Number) as [number, number, number];
        const age = (end - Date.UTC(y, m - 1, d) / 86_400_000) / 7;
        const e = expectedPurchases(age);
        expected += e;
        variance += 4 * e + 1; // generous: heavy-tailed counts
      }
      expect(Math.abs(repeats - expected)).toBeLessThan(4 * Math.sqrt(variance));
      expect(Math.abs(repeats / expected - 1)).toBeLessThan(0.05);
    });
  }

  it('rejects an invalid date', () => {
    expect(() => simulateTransactionLog({ ...options, startDate: '1997-02-30' })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`simulateTransactionLog\`: \`options.startDate\` must be a calendar date yyyy-mm-dd, got "1997-02-30"]`);
  });
});
