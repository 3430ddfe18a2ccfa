/**
 * The Postgres dialect of summarizeTransactionsSql, run on a real PostgreSQL server that the test starts
 * itself (initdb + pg_ctl in a temporary directory, on a free local port; as the `postgres` system user
 * when the test runs as root, since initdb refuses root). The same simulated log is loaded into a table
 * (NUMERIC amounts) and the SQL's customers equal `summarizeTransactions` on every field, including the
 * SQL's own `monetary_value` (IEEE double in Postgres). Skipped, with the reason printed, when no server
 * can be started (no PostgreSQL binaries, no `postgres` user).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeTransactionsSql } from '../../src/sql/summarizeTransactionsSql';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import { formatEpochDay } from '../../src/time/formatEpochDay';
import type { CustomerSummary, SummaryOptions, TransactionRow } from '../../src/time/types';
import { simulatedLog, sortById, writeLogCsv, type LogRow } from './warehouseData';

interface Server {
  readonly dir: string;
  readonly port: number;
  readonly asUser: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Starts a throw-away PostgreSQL server, or returns why it cannot. */
async function startPostgres(): Promise<Server | string> {
  if (spawnSync('initdb', ['--version']).status !== 0) return 'initdb is not on PATH (install PostgreSQL to run this test)';
  const root = process.getuid?.() === 0;
  let asUser: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'clientele-pg-'));
  if (root) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) return 'running as root and there is no `postgres` user to run initdb as (initdb refuses root)';
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
    asUser = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (args: string[]): void => {
    const [command, ...rest] = [...asUser, ...args] as [string, ...string[]];
    execFileSync(command, rest, { stdio: 'pipe' });
  };
  try {
    const port = await freePort();
    run(['initdb', '-D', join(dir, 'data'), '-A', 'trust', '-U', 'clientele', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run(['pg_ctl', '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off`, 'start']);
    return { dir, port, asUser };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return `PostgreSQL could not start: ${(e as Error).message.split('\n')[0]}`;
  }
}

function psql(server: Server, args: string[]): string {
  return execFileSync('psql', ['-h', '127.0.0.1', '-p', String(server.port), '-U', 'clientele', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}

/** The rows of a query as objects of strings (`psql --csv`; NULL is ''). */
function query(server: Server, sql: string): Record<string, string>[] {
  const [header = '', ...lines] = psql(server, ['--csv', '-c', sql]).trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

const server = await startPostgres();
if (typeof server === 'string') console.warn(`test/sql/postgres.test.ts skipped: ${server}`);
const up = typeof server !== 'string';

afterAll(() => {
  if (typeof server === 'string') return;
  const args = [...server.asUser, 'pg_ctl', '-D', join(server.dir, 'data'), '-m', 'immediate', 'stop'];
  spawnSync(args[0] as string, args.slice(1));
  rmSync(server.dir, { recursive: true, force: true });
});

/** A summary row of the SQL as a `CustomerSummary`, taking `monetary_value` as Postgres computed it. */
function toCustomer(row: Record<string, string>, scale: number, holdout: boolean): CustomerSummary<string> {
  const first = Number(row.first_purchase_minor);
  const total = Number(row.total_spend_minor);
  const base = {
    customerId: row.customer_id as string,
    frequency: Number(row.frequency),
    recency: Number(row.recency),
    T: Number(row.t),
    monetaryValue: Number(row.monetary_value),
    firstPurchaseValue: first / scale,
    totalSpend: total / scale,
    totalSpendMinor: total,
    transactionCount: Number(row.transaction_count),
    firstPurchaseDate: formatEpochDay(Number(row.first_purchase_day)),
    lastPurchaseDate: formatEpochDay(Number(row.last_purchase_day)),
  };
  if (!holdout) return base;
  const count = Number(row.frequency_holdout);
  return {
    ...base,
    frequencyHoldout: count,
    monetaryValueHoldout: count === 0 ? 0 : Number(row.holdout_spend_minor) / count / scale,
    durationHoldout: Number(row.duration_holdout),
  };
}

const settings: [string, SummaryOptions][] = [
  ['days, no holdout', {}],
  ['weeks with a holdout', { unit: 'week', calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' }],
  ['ISO weeks merged', { unit: 'week', mergeBy: 'unit', calibrationEnd: '1997-10-01' }],
  ['calendar months merged', { unit: 'month', monthLength: 'calendar', mergeBy: 'unit', calibrationEnd: '1997-09-15' }],
  ['14-day blocks, early observation end', { unit: 14, mergeBy: 'unit', observationEnd: '1998-03-31', calibrationEnd: '1997-11-11' }],
  ['months of 30.4375 days', { unit: 'month', monthLength: 30.4375, calibrationEnd: '1997-12-31' }],
];

describe.skipIf(!up)('summarizeTransactionsSql on PostgreSQL', () => {
  const log: LogRow[] = simulatedLog(2000, 5);
  if (up) {
    const file = join(server.dir, 'log.csv');
    writeLogCsv(log, file);
    psql(server, ['-c', 'CREATE TABLE transactions (customer_id TEXT, date DATE, amount NUMERIC(18, 3))']);
    psql(server, ['-c', `\\copy transactions FROM '${file}' WITH (FORMAT csv, HEADER true)`]);
  }

  it.each(settings)('agrees with summarizeTransactions (returns dropped) on every customer: %s', (_name, options) => {
    if (!up) return;
    const expected = summarizeTransactions(log as unknown as TransactionRow<string>[], { ...options, returns: 'drop' });
    const sql = summarizeTransactionsSql({ dialect: 'postgres', table: 'transactions', ...options, returns: 'drop' });
    const holdout = options.calibrationEnd !== undefined;
    const customers = query(server, sql.summary).map((row) => toCustomer(row, 100, holdout));
    expect(customers.length).toBeGreaterThan(500);
    expect(sortById(customers)).toEqual(sortById(expected.customers));
    const notIn = query(server, sql.notInCalibration).map((row) => ({
      customerId: row.customer_id as string,
      firstPurchaseDate: formatEpochDay(Number(row.first_purchase_day)),
      transactionCount: Number(row.transaction_count),
    }));
    expect(sortById(notIn)).toEqual(sortById(expected.notInCalibration));
    const [rejected = {}] = query(server, sql.rejected);
    const byField = (field: string): number => expected.rejected.filter((r) => r.field === field).length;
    expect(Number(rejected.missing_customer_id)).toBe(byField('customerId'));
    expect(Number(rejected.missing_date) + Number(rejected.after_observation_end)).toBe(byField('date'));
    expect(Number(rejected.invalid_amount) + Number(rejected.excluded_returns)).toBe(byField('amount'));
    // The histogram: distinct (frequency, recency, t) with the number of customers sharing each.
    const histogram = query(server, sql.histogram);
    expect(histogram.reduce((s, r) => s + Number(r.weight), 0)).toBe(expected.customers.length);
    expect(new Set(histogram.map((r) => `${r.frequency}|${r.recency}|${r.t}`)).size).toBe(histogram.length);
  });
});
