import { formatEpochDay } from '../../../time/formatEpochDay';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import { covariateId } from '../../covariates/internal/covariateId';
import type { TimeVaryingRejected, TimeVaryingUnmatched } from '../types';
import type { TimeVaryingTable } from './readTimeVaryingTable';

/** The customers of a time-varying fit or score and their covariate periods, unscaled (time in periods). @internal */
export interface TimeVaryingCustomers {
  /** Accepted customers' ids, in order of first appearance. */
  readonly ids: string[];
  /** `(x, t_x, T)` of each accepted customer. */
  readonly x: number[];
  readonly tx: number[];
  readonly T: number[];
  /** Index of each accepted customer's first transaction row. */
  readonly first: number[];
  /** Epoch day of each accepted customer's first purchase. */
  readonly birthDay: number[];
  /** Pieces of customer `i`: `pieceStart[i] … pieceStart[i+1] − 1`. */
  readonly pieceStart: number[];
  /** Start and end of each piece on the customer's clock (periods since the first purchase). */
  readonly u: number[];
  readonly uEnd: number[];
  /** Repeat purchases in each piece (calibration only). */
  readonly purchases: number[];
  /** Row of each piece in the purchase and lifetime tables (−1 without columns). */
  readonly purchaseRows: number[];
  readonly lifetimeRows: number[];
  /** Transactions and customers left out. */
  readonly rejected: TimeVaryingRejected[];
  /** Transactions after the calibration end (on days of accepted or rejected customers). */
  readonly afterCalibration: number;
  /** Distinct customers with a valid transaction. */
  readonly seen: number;
  /** Customers with covariate rows but no valid transaction: id and index of their first row, per process. */
  readonly unmatched: { readonly purchase: TimeVaryingUnmatched[]; readonly lifetime: TimeVaryingUnmatched[] };
}

/** Whether a covariate cell is usable: a finite number, a non-blank string or a boolean. */
function usable(v: unknown): boolean {
  return typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' ? v.trim() !== '' : typeof v === 'boolean';
}

/** The row of a customer's period in a table, or the problem. */
function lookup(tv: TimeVaryingTable, id: string, period: number, periodStart: number, periodDays: number): number | { field: string; reason: string; value: unknown } {
  const { table } = tv;
  if (table.columns.length === 0) return -1;
  const j = tv.byCustomer.get(id)?.get(period);
  const first = formatEpochDay(periodStart + period * periodDays);
  if (j === undefined) return { field: `${table.process}.period`, reason: `has no row in ${table.argument}.data for the period starting ${first} (every period from the first purchase to the last one used needs a row)`, value: first };
  const row = table.rows[j] as Readonly<Record<string, unknown>>;
  for (const column of table.columns) {
    const v = row[column];
    if (!usable(v)) return { field: `${table.process}.${column}`, reason: `must be a finite number, a non-blank string or a boolean (${table.argument}.data[${j}], period starting ${first})`, value: v };
  }
  return j;
}

/** Customers of a table without a transaction, by the index of their first row. */
function unmatchedOf(tv: TimeVaryingTable, days: ReadonlyMap<string, unknown>): TimeVaryingUnmatched[] {
  const out: TimeVaryingUnmatched[] = [];
  for (const [id, periods] of tv.byCustomer) {
    if (days.has(id)) continue;
    let index = Number.POSITIVE_INFINITY;
    for (const j of periods.values()) if (j < index) index = j;
    out.push({ index, customerId: id });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Reads a transaction log into customers (distinct purchase days up to the calibration end:
 * `x` = days − 1, `t_x` = (last − first)/P, `T` = (end − first)/P, `P` days per period) and lays out
 * each customer's covariate periods from the one of its first purchase to the one containing
 * `lastDay` (the calibration end, or the end of a prediction horizon), looking up each period's rows.
 * Invalid transaction rows, customers first seen after the calibration end, and customers lacking a
 * row or a value are reported in `rejected`. @internal
 */
export function readTimeVaryingCustomers(
  fn: string,
  transactions: readonly unknown[],
  periodStart: number,
  periodDays: number,
  calibrationEnd: number,
  lastInstant: number,
  purchase: TimeVaryingTable,
  lifetime: TimeVaryingTable,
): TimeVaryingCustomers {
  void fn;
  const rejected: TimeVaryingRejected[] = [];
  const days = new Map<string, { first: number; days: number[] }>();
  let afterCalibration = 0;
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i] as { readonly customerId?: unknown; readonly date?: unknown } | null;
    if (t === null || typeof t !== 'object') {
      rejected.push({ index: i, source: 'transactions', customerId: null, field: 'row', reason: 'must be an object { customerId, date }', value: t });
      continue;
    }
    const id = covariateId(t.customerId);
    if (id === undefined) {
      rejected.push({ index: i, source: 'transactions', customerId: null, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: t.customerId });
      continue;
    }
    const day = parseCalendarDay(t.date);
    if (!Number.isFinite(day)) {
      rejected.push({ index: i, source: 'transactions', customerId: id, field: 'date', reason: "must be a calendar day ('yyyy-mm-dd', 'yyyymmdd' or a Date)", value: t.date });
      continue;
    }
    let entry = days.get(id);
    if (entry === undefined) {
      entry = { first: i, days: [] };
      days.set(id, entry);
    }
    if (day > calibrationEnd) afterCalibration++;
    else entry.days.push(day);
  }
  const out: TimeVaryingCustomers = {
    ids: [], first: [], x: [], tx: [], T: [], birthDay: [], pieceStart: [0], u: [], uEnd: [], purchases: [], purchaseRows: [], lifetimeRows: [],
    rejected, afterCalibration, seen: days.size,
    unmatched: { purchase: unmatchedOf(purchase, days), lifetime: unmatchedOf(lifetime, days) },
  };
  const lastPeriod = Math.max(Math.floor((calibrationEnd - periodStart) / periodDays), Math.ceil((lastInstant - periodStart) / periodDays) - 1);
  for (const [id, entry] of days) {
    if (entry.days.length === 0) {
      rejected.push({ index: entry.first, source: 'customers', customerId: id, field: 'date', reason: 'first purchase after the calibration end: the customer has no calibration history', value: null });
      continue;
    }
    const sorted = [...new Set(entry.days)].sort((a, b) => a - b);
    const d0 = sorted[0] as number;
    const k0 = Math.floor((d0 - periodStart) / periodDays);
    let problem: { field: string; reason: string; value: unknown } | undefined;
    const rowsP: number[] = [];
    const rowsL: number[] = [];
    for (let k = k0; k <= lastPeriod; k++) {
      const p = lookup(purchase, id, k, periodStart, periodDays);
      if (typeof p !== 'number') {
        problem = p;
        break;
      }
      const l = lookup(lifetime, id, k, periodStart, periodDays);
      if (typeof l !== 'number') {
        problem = l;
        break;
      }
      rowsP.push(p);
      rowsL.push(l);
    }
    if (problem !== undefined) {
      rejected.push({ index: entry.first, source: 'customers', customerId: id, ...problem });
      continue;
    }
    const T = (calibrationEnd - d0) / periodDays;
    const counts = new Array<number>(rowsP.length).fill(0);
    for (let j = 1; j < sorted.length; j++) {
      const q = Math.floor(((sorted[j] as number) - periodStart) / periodDays) - k0;
      counts[q] = (counts[q] as number) + 1;
    }
    for (let q = 0; q < rowsP.length; q++) {
      const k = k0 + q;
      out.u.push(q === 0 ? 0 : (periodStart + k * periodDays - d0) / periodDays);
      out.uEnd.push((periodStart + (k + 1) * periodDays - d0) / periodDays);
      out.purchases.push(counts[q] as number);
      out.purchaseRows.push(rowsP[q] as number);
      out.lifetimeRows.push(rowsL[q] as number);
    }
    out.ids.push(id);
    out.first.push(entry.first);
    out.x.push(sorted.length - 1);
    out.tx.push(((sorted[sorted.length - 1] as number) - d0) / periodDays);
    out.T.push(T);
    out.birthDay.push(d0);
    out.pieceStart.push(out.u.length);
  }
  rejected.sort((a, b) => (a.source === b.source ? a.index - b.index : a.source === 'transactions' ? -1 : 1));
  return out;
}
