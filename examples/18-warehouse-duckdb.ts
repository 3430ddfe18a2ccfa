// Sufficient statistics where the data live: the warehouse summarises, clientele fits.
// 1. `summarizeTransactionsSql` (clientele/sql) writes the summary SQL for a warehouse: here Postgres.
// 2. `summarizeInDuckDB` (clientele/duckdb) runs the DuckDB dialect on a CSV file and gives exactly the
//    result of `summarizeTransactions` on the same rows.
// 3. `histogramInDuckDB` compresses the customers to distinct (x, t_x, T) with counts; `fitModel` reads
//    the counts as weights and gives the estimates of the full data.
// Run: npx tsup && node --import tsx examples/18-warehouse-duckdb.ts   (needs @duckdb/node-api installed)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { bgNbd, fitModel } from 'clientele/clv';
import { histogramInDuckDB, summarizeInDuckDB } from 'clientele/duckdb';
import { summarizeTransactionsSql } from 'clientele/sql';
import { simulateTransactionLog } from 'clientele/testing';
import { summarizeTransactions } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const options = { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'week' } as const;

// ---------------------------------------------------------------------------------------------------
rule('1. The SQL for a warehouse');
// The question: the transactions are in Postgres. What query gives clientele's customer summary?
const sql = summarizeTransactionsSql({ dialect: 'postgres', table: 'sales.transactions', ...options });
line(sql.histogram.split('\n').slice(-4).join('\n'));
assert.ok(sql.summary.includes('FROM "sales"."transactions"'));

// ---------------------------------------------------------------------------------------------------
rule('2. The same summary inside DuckDB');
// The question: does the warehouse path give the numbers clientele would? The method: a simulated log
// (BG/NBD purchases, Gamma-Gamma spend, exact cents) summarised both ways.
const { transactions } = simulateTransactionLog({
  customers: 5000,
  seed: 16,
  startDate: '1997-01-01',
  acquisitionDays: 84,
  endDate: '1998-06-30',
  purchases: { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
  timeUnit: 'week',
});
const dir = mkdtempSync(join(tmpdir(), 'clientele-example-'));
const csv = join(dir, 'sales.csv');
writeFileSync(csv, `customer_id,date,amount\n${transactions.map((t) => `${t.customerId},${t.date},${t.amount}`).join('\n')}\n`);
const connection = await (await DuckDBInstance.create()).connect();
const inDuckDB = await summarizeInDuckDB(connection, { source: { csv }, ...options });
const inClientele = summarizeTransactions(transactions, options);
const byId = <T extends { customerId: string }>(a: T, b: T) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);
line(`${transactions.length} rows: ${inDuckDB.customers.length} customers from DuckDB, ${inClientele.customers.length} from clientele`);
assert.deepEqual(inDuckDB.customers, [...inClientele.customers].sort(byId)); // every field, exact money

// ---------------------------------------------------------------------------------------------------
rule('3. The histogram is all that fitting needs');
const histogram = await histogramInDuckDB(connection, { source: { csv }, ...options });
const full = fitModel(bgNbd, inClientele.customers);
const compressed = fitModel(bgNbd, histogram.rows);
line(`${histogram.customers} customers in ${histogram.rows.length} distinct (x, t_x, T) rows`);
line(`r = ${compressed.params.r.toFixed(4)} (full data ${full.params.r.toFixed(4)})`);
for (const name of ['r', 'alpha', 'a', 'b'] as const) assert.ok(Math.abs(compressed.params[name] - full.params[name]) < 1e-6 * full.params[name]);
connection.closeSync();
rmSync(dir, { recursive: true, force: true });
line('\nself-check passed');
