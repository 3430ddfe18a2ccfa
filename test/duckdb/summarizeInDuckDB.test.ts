/**
 * summarizeInDuckDB and histogramInDuckDB: on a log simulated by `simulateTransactionLog` (with returns and
 * bad rows), the DuckDB summary equals `summarizeTransactions` on every customer, field by field (exact
 * money), for each time unit, merge rule, holdout, observation end, returns policy and amount unit; the
 * rejected rows are counted per field as clientele rejects them; the histogram's weights add up to the
 * customers and fit to the same estimates as the full summary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { fitModel } from '../../src/clv/fitModel';
import { histogramInDuckDB } from '../../src/duckdb/histogramInDuckDB';
import { summarizeInDuckDB } from '../../src/duckdb/summarizeInDuckDB';
import type { DuckDBSummary } from '../../src/duckdb/types';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import type { SummaryOptions, TransactionRow } from '../../src/time/types';
import { simulatedLog, sortById, writeLogCsv, type LogRow } from '../sql/warehouseData';

let dir: string;
let connection: DuckDBConnection;
let small: LogRow[];
let large: LogRow[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clientele-duckdb-'));
  small = simulatedLog(3000, 7);
  large = simulatedLog(25_000, 11); // about 200,000 rows
  writeLogCsv(small, join(dir, 'small.csv'));
  writeLogCsv(large, join(dir, 'large.csv'));
  connection = await (await DuckDBInstance.create(':memory:')).connect();
  const csv = (name: string): string =>
    `read_csv('${join(dir, name)}', header = true, columns = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'})`;
  await connection.run(`CREATE TABLE small AS SELECT * FROM ${csv('small.csv')}`);
  await connection.run(
    `CREATE TABLE small_cents AS SELECT customer_id AS client, date AS day, CAST(ROUND(amount * 100) AS BIGINT) AS cents,
       amount FROM small WHERE amount IS NULL OR amount * 100 = ROUND(amount * 100)`,
  );
  await connection.run(
    `COPY (SELECT customer_id, date, CAST(amount AS DECIMAL(18, 3)) AS amount FROM ${csv('large.csv')}) TO '${join(dir, 'large.parquet')}' (FORMAT parquet)`,
  );
});

afterAll(() => {
  connection?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

/** clientele's summary of the same rows, in the order and shape of the DuckDB result. */
function reference(rows: readonly LogRow[], options: SummaryOptions) {
  const summary = summarizeTransactions(rows as unknown as TransactionRow<string>[], { ...options, returns: 'drop' });
  const rejectedByField: Record<string, number> = {};
  for (const r of summary.rejected) rejectedByField[r.field] = (rejectedByField[r.field] ?? 0) + 1;
  return { ...summary, customers: sortById(summary.customers), notInCalibration: sortById(summary.notInCalibration), rejectedByField };
}

function countsByField(result: DuckDBSummary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of result.rejected) out[r.field] = (out[r.field] ?? 0) + r.count;
  return out;
}

const settings: [string, SummaryOptions][] = [
  ['days, no holdout, default observation end', {}],
  ['weeks with a holdout', { unit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' }],
  ['ISO weeks merged (calibration end on a Wednesday)', { unit: 'week', mergeBy: 'unit', calibrationEnd: '1997-10-01' }],
  ['months of 30.4375 days', { unit: 'month', monthLength: 30.4375, calibrationEnd: '1997-12-31' }],
  ['calendar months merged', { unit: 'month', monthLength: 'calendar', mergeBy: 'unit', calibrationEnd: '1997-09-15' }],
  ['14-day blocks merged, early observation end', { unit: 14, mergeBy: 'unit', observationEnd: '1998-03-31', calibrationEnd: '1997-11-11' }],
  ['years of 365.25 days', { unit: 365.25, calibrationEnd: '1997-06-30' }],
  ['yen: amounts with cents are rejected', { currency: 'JPY', unit: 'week' }],
];

describe('summarizeInDuckDB', () => {
  it.each(settings)('agrees with summarizeTransactions (returns dropped) on every customer: %s', async (_name, options) => {
    const expected = reference(small, options);
    const result = await summarizeInDuckDB(connection, { source: { table: 'small' }, ...options });
    expect(result.customers.length).toBeGreaterThan(100);
    expect(result.customers).toEqual(expected.customers);
    expect(result.notInCalibration).toEqual(expected.notInCalibration);
    // Dates in the options are read at UTC by the SQL path; the rest of the settings are those of clientele.
    expect({ ...result.options, dateObjects: 'strict' }).toEqual(expected.options);
    expect(countsByField(result)).toEqual(expected.rejectedByField);
  });

  it('agrees on a 200,000-row Parquet file (DECIMAL amounts), with the holdout', async () => {
    const options: SummaryOptions = { unit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' };
    const expected = reference(large, options);
    const result = await summarizeInDuckDB(connection, { source: { parquet: join(dir, 'large.parquet') }, ...options });
    expect(large.length).toBeGreaterThan(190_000);
    expect(result.customers).toEqual(expected.customers);
    expect(result.notInCalibration).toEqual(expected.notInCalibration);
    expect(countsByField(result)).toEqual(expected.rejectedByField);
    // The temporary view over the file is dropped.
    const views = await connection.runAndReadAll("SELECT COUNT(*) AS n FROM duckdb_views() WHERE view_name LIKE 'clientele_source_%'");
    expect(views.getRowObjectsJS()[0]?.n).toBe(0n);
  });

  it('reads a CSV file and integer minor units under other column names', async () => {
    const options: SummaryOptions = { unit: 'week', calibrationEnd: '1997-09-30' };
    const fromCsv = await summarizeInDuckDB(connection, { source: { csv: join(dir, 'small.csv') }, ...options });
    expect(fromCsv.customers).toEqual(reference(small, options).customers);
    const cents = await summarizeInDuckDB(connection, {
      source: { table: 'small_cents' },
      columns: { customerId: 'client', date: 'day', amount: 'cents' },
      amountUnit: 'minor',
      ...options,
    });
    const whole = small.filter((r) => r.amount === null || Math.round(r.amount * 100) === r.amount * 100);
    expect(cents.customers).toEqual(reference(whole, options).customers);
  });

  it('returns empty lists for a table without valid rows', async () => {
    await connection.run("CREATE TABLE empty_log AS SELECT 'a' AS customer_id, DATE '2000-01-01' AS date, 1.234 AS amount");
    const result = await summarizeInDuckDB(connection, { source: { table: 'empty_log' } });
    expect(result).toEqual({
      customers: [],
      notInCalibration: [],
      rejected: [{ field: 'amount', reason: 'is missing or not an amount with at most 2 decimals below 2^52 minor units', count: 1 }],
      options: {
        unit: 'day', unitDays: 1, monthLength: null, mergeBy: 'day', calibrationEnd: null, observationEnd: null, minorDigits: 2,
        returns: 'drop', dateObjects: 'utc',
      },
    });
  });

  it('refuses a connection without runAndReadAll and a source of no known form', async () => {
    await expect(summarizeInDuckDB({} as never, { source: { table: 'small' } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(summarizeInDuckDB(connection, { source: { json: 'x' } as never })).rejects.toThrow(/options\.source/);
    await expect(summarizeInDuckDB(connection, { source: { table: 'small; DROP TABLE small' } })).rejects.toThrow(/options\.table/);
  });
});

describe('histogramInDuckDB', () => {
  it('gives the distinct (frequency, recency, T) with counts, and fitModel the same estimates as the full data', async () => {
    const options: SummaryOptions = { unit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' };
    const { customers } = reference(large, options);
    const histogram = await histogramInDuckDB(connection, { source: { parquet: join(dir, 'large.parquet') }, ...options });
    expect(histogram.customers).toBe(customers.length);
    const key = (c: { frequency: number; recency: number; T: number }): string => `${c.frequency}|${c.recency}|${c.T}`;
    const counts = new Map<string, number>();
    for (const c of customers) counts.set(key(c), (counts.get(key(c)) ?? 0) + 1);
    expect(histogram.rows.length).toBe(counts.size);
    for (const row of histogram.rows) expect(row.weight).toBe(counts.get(key(row)));
    const full = fitModel(bgNbd, customers);
    const compressed = fitModel(bgNbd, histogram.rows);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(compressed.params[name]).toBeCloseTo(full.params[name], 6);
    }
  });
});
