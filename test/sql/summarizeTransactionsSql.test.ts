/**
 * summarizeTransactionsSql: the text of each dialect (BigQuery, Snowflake and Spark cannot run here, so
 * their texts are pinned by snapshots and by the dialect pieces they must contain; DuckDB and Postgres are
 * run against clientele in test/duckdb and test/sql/postgres.test.ts), the quoting of identifiers, and the
 * refusal of names and options that could carry SQL.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { summarizeTransactionsSql } from '../../src/sql/summarizeTransactionsSql';
import type { SqlDialect, WarehouseSummaryOptions } from '../../src/sql/types';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';

const base = {
  table: 'shop.transactions',
  calibrationEnd: '1997-09-30',
  observationEnd: '1998-06-30',
  unit: 'week',
} as const;

describe('summarizeTransactionsSql', () => {
  it.each(['bigquery', 'snowflake', 'spark'] as const)('writes the %s texts (snapshot: not runnable here)', (dialect) => {
    const sql = summarizeTransactionsSql({ ...base, dialect, mergeBy: 'unit' });
    expect(sql.summary).toMatchSnapshot('summary');
    expect(sql.histogram).toMatchSnapshot('histogram');
    expect(sql.notInCalibration).toMatchSnapshot('notInCalibration');
    expect(sql.rejected).toMatchSnapshot('rejected');
  });

  it.each([
    ['duckdb', 'FROM "shop"."transactions"', "date_diff('day', DATE '1970-01-01', CAST(\"date\" AS DATE))", 'AS DOUBLE)'],
    ['postgres', 'FROM "shop"."transactions"', `(CAST("date" AS DATE) - DATE '1970-01-01')`, 'AS DOUBLE PRECISION)'],
    ['bigquery', 'FROM `shop`.`transactions`', 'UNIX_DATE(CAST(`date` AS DATE))', 'AS FLOAT64)'],
    ['snowflake', 'FROM "shop"."transactions"', `DATEDIFF(day, TO_DATE('1970-01-01'), CAST("date" AS DATE))`, 'AS DOUBLE)'],
    ['spark', 'FROM `shop`.`transactions`', "DATEDIFF(CAST(`date` AS DATE), DATE '1970-01-01')", 'AS DOUBLE)'],
  ] as const)('uses the %s pieces: quoting, epoch days, double type', (dialect, from, epochDay, double) => {
    const sql = summarizeTransactionsSql({ ...base, dialect });
    for (const text of [sql.summary, sql.histogram, sql.notInCalibration, sql.rejected]) expect(text).toContain(from);
    expect(sql.summary).toContain(epochDay);
    expect(sql.summary).toContain(double);
    // The calibration end 1997-09-30 is epoch day 10134; the holdout columns come with it.
    expect(sql.summary).toContain('10134 AS calibration_end');
    expect(sql.summary).toContain('AS duration_holdout');
    expect(summarizeTransactionsSql({ dialect, table: 't' }).summary).not.toContain('duration_holdout');
  });

  it('echoes the settings with defaults filled in', () => {
    expect(summarizeTransactionsSql({ dialect: 'spark', table: 't', currency: 'JPY', columns: { amount: 'yen' } }).options).toEqual({
      dialect: 'spark',
      table: 't',
      columns: { customerId: 'customer_id', date: 'date', amount: 'yen' },
      amountUnit: 'major',
      unit: 'day',
      unitDays: 1,
      monthLength: null,
      mergeBy: 'day',
      calibrationEnd: null,
      observationEnd: null,
      minorDigits: 0,
      returns: 'drop',
    });
  });

  it('computes monetary_value in SQL as clientele does (DuckDB run of the text)', async () => {
    const log = [
      { customerId: 'a', date: '2024-01-01', amount: 0.1 },
      { customerId: 'a', date: '2024-01-03', amount: 0.2 },
      { customerId: 'a', date: '2024-01-09', amount: 0.7 },
      { customerId: 'a', date: '2024-02-11', amount: 33.33 },
      { customerId: 'b', date: '2024-01-05', amount: 19.99 },
      { customerId: 'b', date: '2024-01-05', amount: -4.99 },
      { customerId: 'b', date: '2024-03-01', amount: 1 },
    ];
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const values = log.map((r) => `('${r.customerId}', DATE '${r.date}', ${r.amount})`).join(', ');
    await connection.run(`CREATE TABLE log AS SELECT * FROM (VALUES ${values}) AS t(customer_id, date, amount)`);
    const sql = summarizeTransactionsSql({ dialect: 'duckdb', table: 'log', unit: 'week' });
    const rows = (await connection.runAndReadAll(sql.summary)).getRowObjectsJS();
    const expected = summarizeTransactions(log, { unit: 'week' }).customers;
    expect(rows.map((r) => [r.customer_id, r.recency, r.t, r.monetary_value])).toEqual(
      expected.map((c) => [c.customerId, c.recency, c.T, c.monetaryValue]),
    );
    expect(rows.map((r) => r.repeat_spend_minor)).toEqual([3_423n, 100n]);
    connection.closeSync();
  });

  it('refuses names that are not plain identifiers, so no text reaches the SQL unchecked', () => {
    const bad: Partial<WarehouseSummaryOptions>[] = [
      { table: 'tx; DROP TABLE tx' },
      { table: 'a.b.c.d' },
      { table: 'a..b' },
      { table: '"quoted"' },
      { table: 'x`y' },
      { columns: { customerId: 'id" --' } },
      { columns: { date: "date')" } },
      { columns: { amount: '' } },
    ];
    for (const options of bad) {
      expect(() => summarizeTransactionsSql({ dialect: 'postgres', table: 't', ...options })).toThrow(/INVALID_ARGUMENT|must be an identifier|at most three/);
    }
    expect(summarizeTransactionsSql({ dialect: 'bigquery', table: 'my-project.shop.tx' }).summary).toContain('`my-project`.`shop`.`tx`');
    expect(() => summarizeTransactionsSql({ dialect: 'postgres', table: 'my-project.tx' })).toThrow(/options\.table/);
  });

  it('refuses invalid options with a message naming the rule', () => {
    const call = (options: Partial<WarehouseSummaryOptions>) => () =>
      summarizeTransactionsSql({ dialect: 'duckdb', table: 't', ...options } as WarehouseSummaryOptions);
    expect(call({ dialect: 'oracle' as SqlDialect })).toThrowErrorMatchingSnapshot();
    expect(call({ calibrationEnd: '1997-02-30' })).toThrowErrorMatchingSnapshot();
    expect(call({ calibrationEnd: "1997-01-01' OR 1=1" })).toThrowErrorMatchingSnapshot();
    expect(call({ calibrationEnd: '1998-01-01', observationEnd: '1997-12-31' })).toThrowErrorMatchingSnapshot();
    expect(call({ unit: 'month' })).toThrowErrorMatchingSnapshot();
    expect(call({ unit: 'month', monthLength: 'calendar' })).toThrowErrorMatchingSnapshot();
    expect(call({ unit: -1 })).toThrowErrorMatchingSnapshot();
    expect(call({ returns: 'net' })).toThrowErrorMatchingSnapshot();
    expect(call({ minorDigits: 1.5 })).toThrowErrorMatchingSnapshot();
    expect(() => summarizeTransactionsSql(undefined as never)).toThrowErrorMatchingSnapshot();
  });
});
