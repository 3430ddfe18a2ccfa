// The CDNOW master log (69,659 transactions of 23,570 customers; test/fixtures/cdnow/README.md) as row
// objects and as columns, for the summary benchmarks. Read and split outside the timed step.
import { readFileSync } from 'node:fs';

/** One master-log row as a CRM export would give it: id and `yyyymmdd` date as strings, dollars as a number. */
export interface CdnowMasterRow {
  customerId: string;
  date: string;
  amount: number;
}

/** The 69,659 rows of `test/fixtures/cdnow/CDNOW_master.txt`, in file order. */
export function cdnowMasterRows(): CdnowMasterRow[] {
  const text = readFileSync(new URL('../test/fixtures/cdnow/CDNOW_master.txt', import.meta.url), 'utf8');
  const rows: CdnowMasterRow[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < 4) continue;
    rows.push({ customerId: cells[0] as string, date: cells[1] as string, amount: Number(cells[3]) });
  }
  return rows;
}

/** The same log as columns: dense customer index, epoch day, amount in cents. */
export function cdnowMasterColumns() {
  const rows = cdnowMasterRows();
  const n = rows.length;
  const customer = new Int32Array(n);
  const epochDay = new Int32Array(n);
  const amountMinor = new Int32Array(n);
  const index = new Map<string, number>();
  const customerIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i] as CdnowMasterRow;
    let k = index.get(r.customerId);
    if (k === undefined) {
      k = customerIds.length;
      index.set(r.customerId, k);
      customerIds.push(r.customerId);
    }
    customer[i] = k;
    const d = r.date;
    epochDay[i] = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8)) / 86_400_000;
    amountMinor[i] = Math.round(r.amount * 100);
  }
  return { customer, epochDay, amountMinor, customerIds };
}
