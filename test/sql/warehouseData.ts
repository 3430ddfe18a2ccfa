/**
 * Test data for the warehouse summaries: a transaction log simulated by `simulateTransactionLog` (BG/NBD
 * purchases, Gamma-Gamma spend, exact cents, same-day purchases as separate rows) with, deterministically,
 * some returns (negative amounts) and a few rows that must be rejected (missing fields, too many decimals).
 * The same rows go to clientele (as row objects) and to the databases (as CSV).
 */
import { writeFileSync } from 'node:fs';
import { simulateTransactionLog } from '../../src/testing/simulateTransactionLog';

/** A log row; `null` fields are rejected by both sides. */
export interface LogRow {
  readonly customerId: string | null;
  readonly date: string | null;
  readonly amount: number | null;
}

/** A simulated log of about `4.5 × customers` rows over 1997-01-01 … 1998-06-30. */
export function simulatedLog(customers: number, seed: number): LogRow[] {
  const { transactions } = simulateTransactionLog({
    customers,
    seed,
    startDate: '1997-01-01',
    acquisitionDays: 84,
    endDate: '1998-06-30',
    purchases: { model: 'bgNbd', params: { r: 1.2, alpha: 6, a: 0.6, b: 3 } },
    timeUnit: 'week',
  });
  const rows: LogRow[] = [];
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i] as { customerId: string; date: string; amount: number };
    rows.push(t);
    // Every 37th row is followed by a partial return on the same day; every 101st by a return 3 days later.
    if (i % 37 === 5) rows.push({ customerId: t.customerId, date: t.date, amount: -Math.round(t.amount * 50) / 100 });
    if (i % 101 === 7) {
      const d = new Date(`${t.date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 3);
      const date = d.toISOString().slice(0, 10);
      if (date <= '1998-06-30') rows.push({ customerId: t.customerId, date, amount: -t.amount });
    }
  }
  rows.push(
    { customerId: null, date: '1997-03-01', amount: 5 },
    { customerId: 'C0001', date: null, amount: 5 },
    { customerId: 'C0001', date: '1997-03-01', amount: null },
    { customerId: 'C0002', date: '1997-03-02', amount: 1.234 },
  );
  return rows;
}

/** Writes the log as CSV (`customer_id,date,amount`, empty for NULL). */
export function writeLogCsv(rows: readonly LogRow[], path: string): void {
  const lines = ['customer_id,date,amount'];
  for (const r of rows) lines.push(`${r.customerId ?? ''},${r.date ?? ''},${r.amount === null ? '' : String(r.amount)}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Customers or not-in-calibration entries sorted by `customerId` (JavaScript string order). */
export function sortById<T extends { customerId: string | number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (String(a.customerId) < String(b.customerId) ? -1 : String(a.customerId) > String(b.customerId) ? 1 : 0));
}
