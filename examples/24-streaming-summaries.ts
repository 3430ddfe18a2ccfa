// Summaries of a log that does not fit in memory, or that lives in pieces.
// 1. Stream: `summarizeTransactions` takes an async iterable of rows or of row batches (a file read line by
//    line, a database cursor) and returns a Promise of the same summary as the array would give.
// 2. Partitions: one `summaryState` per day file (or per customer shard), merged with `mergeSummaryStates`
//    in any order and grouping, `finalizeSummary` at the end: exactly the whole log's summary, to the cent.
// 3. A CSV file streamed with node:readline, never held in memory.
// Run: npx tsup && node --import tsx examples/24-streaming-summaries.ts
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finalizeSummary, mergeSummaryStates, summarizeTransactions, summaryState } from 'clientele/time';
import type { SummaryState } from 'clientele/time';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// A small shop's log over 60 days: 40 customers, a few returns, several rows a day per customer at times.
// (A deterministic generator, so that the example prints the same numbers every time.)
let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
const log = Array.from({ length: 2_000 }, (_, i) => {
  const returned = random() < 0.03;
  return {
    customerId: `cust-${Math.floor(random() * 40)}`,
    date: day(Math.floor((i * 60) / 2_000)), // in time order, as a log file is
    amount: (returned ? -1 : 1) * (1 + Math.floor(random() * 9_999)) / 100,
  };
});
const options = { calibrationEnd: '2024-02-09', observationEnd: '2024-02-29', unit: 'week' } as const;
const reference = summarizeTransactions(log, options); // the whole log in memory, for comparison

// ---------------------------------------------------------------------------------------------------
rule('1. Streaming: rows arrive in batches, memory follows the customers');
// The question: can the log be summarised without holding it? The method: an async generator yields
// batches of 250 rows (as a cursor would); only one batch exists at a time.
async function* batches() {
  for (let i = 0; i < log.length; i += 250) yield log.slice(i, i + 250);
}
const streamed = await summarizeTransactions(batches(), options);
line(`${streamed.customers.length} customers; rows rejected: ${streamed.rejected.length}, e.g. row ${streamed.rejected[0]?.index}, which ${streamed.rejected[0]?.reason.split(' (')[0]}`);
const first = streamed.customers[0];
line(`first customer ${first?.customerId}: x = ${first?.frequency}, t_x = ${first?.recency.toFixed(3)} wk, total ${first?.totalSpend}`);
assert.deepStrictEqual(streamed, reference);

// ---------------------------------------------------------------------------------------------------
rule('2. Partitions: one state per day, merged in any order');
// The question: a job writes one file per day; can the summary be built from daily pieces, with a day's
// rows even split across two files? The method: a state per file, shipped as JSON, merged in a tree.
const files: SummaryState[] = [];
let start = 0;
for (let i = 1; i <= log.length; i++) {
  if (i < log.length && log[i]?.date === log[start]?.date && i - start < 20) continue; // at most 20 rows a file
  const state = summaryState(log.slice(start, i), { ...options, firstIndex: start });
  files.push(JSON.parse(JSON.stringify(state)) as SummaryState); // as stored and read back
  start = i;
}
const weeks = Array.from({ length: Math.ceil(files.length / 7) }, (_, w) => mergeSummaryStates(files.slice(w * 7, w * 7 + 7)));
const merged = mergeSummaryStates(weeks.reverse()); // order does not matter
const fromParts = finalizeSummary(merged);
line(`${files.length} files, merged into ${weeks.length} weekly states, then one: ${fromParts.customers.length} customers`);
const cents = fromParts.customers.reduce((sum, c) => sum + c.totalSpendMinor, 0);
line(`calibration spend of all customers: ${(cents / 100).toFixed(2)} (integer cents, exact)`);
assert.deepStrictEqual(fromParts, reference);

// ---------------------------------------------------------------------------------------------------
rule('3. A CSV file read line by line');
// The method: node:readline yields lines; a generator turns them into row batches of 500.
const dir = mkdtempSync(join(tmpdir(), 'clientele-'));
const csv = join(dir, 'orders.csv');
writeFileSync(csv, ['customer_id,order_date,total', ...log.map((r) => `${r.customerId},${r.date},${r.amount.toFixed(2)}`)].join('\n'));
async function* csvBatches(path: string) {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let header: string[] | null = null;
  let batch: Record<string, string>[] = [];
  for await (const text of lines) {
    const cells = text.split(',');
    if (header === null) {
      header = cells;
      continue;
    }
    batch.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
    if (batch.length === 500) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
const fields = { customerId: 'customer_id', date: 'order_date', amount: 'total' };
const fromFile = await summarizeTransactions(csvBatches(csv), { ...options, fields });
rmSync(dir, { recursive: true });
line(`from the file: ${fromFile.customers.length} customers, same spend: ${fromFile.customers.every((c, i) => c.totalSpendMinor === reference.customers[i]?.totalSpendMinor)}`);
assert.deepStrictEqual(fromFile.customers, reference.customers);
assert.deepStrictEqual(fromFile.rejected.map((r) => r.index), reference.rejected.map((r) => r.index));
line('\nall checks passed');
