// Streaming summaries: a transaction log far larger than the heap, generated row by row and never held,
// summarised by `summarizeTransactions` on an async iterable in memory bounded by the customers.
// STREAM_ROWS (default 100,000,000) and STREAM_CUSTOMERS (default 1,000,000) set the size; try
// `STREAM_ROWS=10000000 npm run bench -- streaming` first on a shared machine.
import { finalizeSummary, mergeSummaryStates, summarizeTransactions, summaryState } from 'clientele/time';
import type { SummaryState } from 'clientele/time';
import { lcg } from './data';
import type { Benchmark } from './types';

const ROWS = Number(process.env.STREAM_ROWS ?? 100_000_000);
const CUSTOMERS = Number(process.env.STREAM_CUSTOMERS ?? 1_000_000);
const DAYS = 3 * 365 + 1; // 2024-01-01 to 2026-12-31
const BATCH = 10_000;
const OPTIONS = { calibrationEnd: '2026-06-30', observationEnd: '2026-12-31', unit: 'week' } as const;

const ISO: string[] = [];
for (let d = 0; d < DAYS; d++) ISO.push(new Date((19_723 + d) * 86_400_000).toISOString().slice(0, 10));

/**
 * `rows` row objects in time order (as a log file or a cursor delivers them), each of a uniformly random
 * customer, about 2 % of them returns; yielded in batches of 10,000 (or one by one with `single`). Only the
 * current batch exists at any time.
 */
async function* generate(rows: number, customers: number, single = false, seed = 7): AsyncGenerator<object | object[]> {
  const u = lcg(seed);
  for (let start = 0; start < rows; start += BATCH) {
    const end = Math.min(rows, start + BATCH);
    const batch = new Array<object>(end - start);
    for (let i = start; i < end; i++) {
      const cents = u() < 0.02 ? -(100 + Math.floor(u() * 2_000)) : 100 + Math.floor(u() * 20_000);
      batch[i - start] = {
        customerId: `c${Math.floor(u() * customers)}`,
        date: ISO[Math.floor((i * DAYS) / rows)] as string,
        amount: cents / 100,
      };
    }
    if (single) yield* batch;
    else yield batch;
  }
}

/** The floor: generating and iterating the same rows, touching one field of each. */
async function iterateOnly(rows: number, customers: number, single = false): Promise<number> {
  let n = 0;
  for await (const item of generate(rows, customers, single)) {
    if (Array.isArray(item)) for (const r of item) n += (r as { amount: number }).amount > 0 ? 1 : 0;
    else n += (item as { amount: number }).amount > 0 ? 1 : 0;
  }
  return n;
}

const check = (s: { customers: unknown[]; notInCalibration: unknown[]; rejected: unknown[] }): string => {
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  return `${s.customers.length} customers, ${s.notInCalibration.length} not in calibration, ${s.rejected.length} rejected, RSS at the end ${rss} MB`;
};

const millions = (n: number): string => `${n / 1e6}M`;

export const benchmarks: Benchmark[] = [
  {
    name: 'streaming-summary',
    what: `stream ${millions(ROWS)} generated rows (batches of 10,000) of ${millions(CUSTOMERS)} customers over 3 years through summarizeTransactions, weeks, holdout; peak RSS bounded by the customers`,
    targetMs: (ROWS / 1_000_000) * 1_500, // at least 0.67M rows/s
    repeats: 1,
    setup: () => async () => check(await summarizeTransactions(generate(ROWS, CUSTOMERS), OPTIONS)),
    floor: { what: 'generate and iterate the same rows', setup: () => () => iterateOnly(ROWS, CUSTOMERS) },
  },
  {
    name: 'streaming-single-rows',
    what: `stream ${millions(ROWS / 10)} generated rows yielded one at a time (gathered in 8,192-row batches inside)`,
    targetMs: (ROWS / 10 / 1_000_000) * 2_000,
    repeats: 1,
    setup: () => async () => check(await summarizeTransactions(generate(ROWS / 10, CUSTOMERS, true), OPTIONS)),
    floor: { what: 'generate and iterate the same rows', setup: () => () => iterateOnly(ROWS / 10, CUSTOMERS, true) },
  },
  {
    name: 'streaming-merge-days',
    what: `summarise ${millions(ROWS / 100)} rows of ${millions(CUSTOMERS / 10)} customers as one state per day, merged into the running total a month at a time, then finalised`,
    targetMs: (ROWS / 100 / 1_000_000) * 10_000,
    repeats: 1,
    setup: () => async () => {
      let total: SummaryState | null = null;
      let month: SummaryState[] = [];
      let day: object[] = [];
      let dayDate = '';
      let index = 0;
      const close = (): void => {
        if (day.length === 0) return;
        month.push(summaryState(day, { ...OPTIONS, firstIndex: index }));
        index += day.length;
        day = [];
        if (month.length === 30) {
          total = mergeSummaryStates(total === null ? month : [total, ...month]);
          month = [];
        }
      };
      for await (const batch of generate(ROWS / 100, CUSTOMERS / 10)) {
        for (const row of batch as { date: string }[]) {
          if (row.date !== dayDate) {
            close();
            dayDate = row.date;
          }
          day.push(row);
        }
      }
      close();
      const all = mergeSummaryStates(total === null ? month : [total, ...month]);
      return check(finalizeSummary(all));
    },
  },
];
