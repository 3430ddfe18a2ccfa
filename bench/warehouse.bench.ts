// The warehouse path of issue #15: customer summaries computed inside DuckDB (`clientele/duckdb`).
//
// - `warehouse-100m`: 100 million generated rows (1 million customers, one year, amounts DECIMAL(18, 2)),
//   written once to a Parquet file in the temporary directory by DuckDB itself (not timed, not committed;
//   reused by later runs), summarised by `summarizeInDuckDB` with a holdout. Target: 60 s on the 2-core
//   machine of the issue (the issue sets none; the columnar JS path needs ~3 s per 10 M rows held in
//   memory, which 100 M rows of row objects would not fit, so one minute out of core is the bar we set).
//   Peak RSS includes DuckDB's memory (it runs in-process).
// - `warehouse-histogram-100m`: the same file to the compressed (frequency, recency, T, weight) rows for
//   fitting. Target 60 s.
// - `warehouse-10m-agree`: the comparison: 10 million rows simulated by `simulateTransactionLog`,
//   written to Parquet, summarised by clientele (not timed) and by DuckDB (timed); the step throws unless
//   the two agree on every customer and every field (exact money). Target 30 s.
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { histogramInDuckDB, summarizeInDuckDB } from 'clientele/duckdb';
import { simulateTransactionLog } from 'clientele/testing';
import { summarizeTransactions, type CustomerSummary } from 'clientele/time';
import type { Benchmark } from './types';

const ROWS = 100_000_000;
const CUSTOMERS = 1_000_000;
const file100m = join(tmpdir(), 'clientele-warehouse-100m.parquet');

async function connect(): Promise<DuckDBConnection> {
  return (await DuckDBInstance.create(':memory:')).connect();
}

/** Writes the 100M-row Parquet file once (DuckDB generates the rows: hashes of the row number). */
async function generate100m(connection: DuckDBConnection): Promise<void> {
  if (existsSync(file100m)) return;
  const partial = `${file100m}.partial`;
  await connection.run(`COPY (
    SELECT 'c' || CAST(hash(i) % ${CUSTOMERS} AS VARCHAR) AS customer_id,
           DATE '2024-01-01' + CAST(hash(i + ${ROWS}) % 366 AS INTEGER) AS date,
           CAST((100 + hash(i + ${2 * ROWS}) % 20000) / 100 AS DECIMAL(18, 2)) AS amount
    FROM range(${ROWS}) AS t(i)
  ) TO '${partial}' (FORMAT parquet)`);
  renameSync(partial, file100m);
}

const holdout = { unit: 'week', calibrationEnd: '2024-09-30', observationEnd: '2024-12-31' } as const;

/** The first field on which two customer lists differ, or null. */
function firstDifference(a: readonly CustomerSummary[], b: readonly CustomerSummary[]): string | null {
  if (a.length !== b.length) return `${a.length} vs ${b.length} customers`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as unknown as Record<string, unknown>;
    const y = b[i] as unknown as Record<string, unknown>;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) if (x[k] !== y[k]) return `customer ${String(x.customerId)}: ${k} ${String(x[k])} vs ${String(y[k])}`;
  }
  return null;
}

/** Writes rows as CSV in chunks (10 M rows do not fit one string comfortably). */
async function writeCsv(rows: readonly { customerId: string; date: string; amount: number }[], path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string): Promise<void> =>
    new Promise((resolve, reject) => (out.write(text, (e) => (e ? reject(e) : resolve()))));
  await write('customer_id,date,amount\n');
  for (let i = 0; i < rows.length; i += 100_000) {
    let chunk = '';
    for (const r of rows.slice(i, i + 100_000)) chunk += `${r.customerId},${r.date},${r.amount}\n`;
    await write(chunk);
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

export const benchmarks: Benchmark[] = [
  {
    name: 'warehouse-100m',
    what: 'summarizeInDuckDB: 100M Parquet rows of 1M customers, weeks, holdout',
    targetMs: 60_000,
    repeats: 1,
    setup: async () => {
      const connection = await connect();
      await generate100m(connection);
      return async () => (await summarizeInDuckDB(connection, { source: { parquet: file100m }, ...holdout })).customers.length;
    },
  },
  {
    name: 'warehouse-histogram-100m',
    what: 'histogramInDuckDB: 100M Parquet rows to (x, t_x, T, weight) rows',
    targetMs: 60_000,
    repeats: 1,
    setup: async () => {
      const connection = await connect();
      await generate100m(connection);
      return async () => {
        const h = await histogramInDuckDB(connection, { source: { parquet: file100m }, ...holdout });
        return `${h.rows.length} rows, ${h.customers} customers`;
      };
    },
  },
  {
    name: 'warehouse-10m-agree',
    what: 'summarizeInDuckDB on 10M simulated Parquet rows, checked equal to summarizeTransactions',
    targetMs: 30_000,
    repeats: 1,
    setup: async () => {
      // About 8 rows per customer (see test/sql/warehouseData.ts): 1.25 M customers give ~10 M rows.
      const { transactions } = simulateTransactionLog({
        customers: 1_250_000,
        seed: 2026,
        startDate: '1997-01-01',
        acquisitionDays: 84,
        endDate: '1998-06-30',
        purchases: { model: 'bgNbd', params: { r: 1.2, alpha: 6, a: 0.6, b: 3 } },
        timeUnit: 'week',
      });
      const options = { unit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', returns: 'drop' } as const;
      const expected = summarizeTransactions(transactions, options).customers.sort((a, b) =>
        a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0,
      );
      const csv = join(tmpdir(), `clientele-warehouse-10m-${process.pid}.csv`);
      const parquet = csv.replace(/\.csv$/, '.parquet');
      await writeCsv(transactions, csv);
      const connection = await connect();
      await connection.run(
        `COPY (SELECT * FROM read_csv('${csv}', header = true, columns = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DECIMAL(18, 2)'}))
         TO '${parquet}' (FORMAT parquet)`,
      );
      rmSync(csv);
      const rows = transactions.length;
      return async () => {
        const result = await summarizeInDuckDB(connection, { source: { parquet }, ...options });
        rmSync(parquet); // one repeat: the file is not needed again
        const difference = firstDifference(result.customers, expected);
        if (difference !== null) throw new Error(`DuckDB and clientele differ: ${difference}`);
        return `${rows} rows, ${result.customers.length} customers agree`;
      };
    },
  },
];
