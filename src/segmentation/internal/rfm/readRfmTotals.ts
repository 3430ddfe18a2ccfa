import { parseMinorUnits } from '../../../money/parseMinorUnits';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import type { RejectedRecord } from '../../../time/types';
import type { RfmCustomerTotals } from '../../rfmTypes';
import { byIndex, type RfmColumns } from './rfmColumns';

/** Accepted rows, in input order (the first `count` entries of each column). @internal */
interface Accepted {
  count: number;
  ids: string[];
  index: Int32Array;
  recency: Float64Array;
  lastDay: Float64Array;
  frequency: Float64Array;
  minor: Float64Array;
}

/** The customer id of a row as a string, or null when it is not a non-blank string or a safe integer. @internal */
function readId(value: unknown): string | null {
  if (typeof value === 'string') {
    const s = value.trim();
    return s.length === 0 ? null : s;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return null;
}

/**
 * Reads recency days and the last day of row `i` into `acc` at position `k`; returns the rejection, or
 * null when the row's recency is good. @internal
 */
function readRecency(row: RfmCustomerTotals, i: number, analysisDay: number, acc: Accepted, k: number): RejectedRecord | null {
  const given = row.recencyDays;
  const date = row.lastPurchaseDate;
  let day = Number.NaN;
  if (date !== undefined) {
    day = parseCalendarDay(date);
    if (Number.isNaN(day)) {
      return { index: i, field: 'lastPurchaseDate', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: date };
    }
    if (day > analysisDay) return { index: i, field: 'lastPurchaseDate', reason: 'must not be after the analysis date', value: date };
  }
  acc.lastDay[k] = day;
  if (given === undefined) {
    if (date === undefined) return { index: i, field: 'recencyDays', reason: 'is required when lastPurchaseDate is not given', value: given };
    acc.recency[k] = analysisDay - day;
    return null;
  }
  if (typeof given !== 'number' || !(given >= 0) || given === Number.POSITIVE_INFINITY) {
    return { index: i, field: 'recencyDays', reason: 'must be a finite number of days >= 0', value: given };
  }
  if (date !== undefined && given !== analysisDay - day) {
    return { index: i, field: 'recencyDays', reason: `must equal the days from lastPurchaseDate to the analysis date (${analysisDay - day})`, value: given };
  }
  acc.recency[k] = given === 0 ? 0 : given;
  return null;
}

/** One pass over the rows: checked values of the good rows, the rejections of the others. @internal */
function readRows(rows: readonly RfmCustomerTotals[], analysisDay: number, digits: number, rejected: RejectedRecord[]): Accepted {
  const n = rows.length;
  const acc: Accepted = {
    count: 0,
    ids: new Array<string>(n),
    index: new Int32Array(n),
    recency: new Float64Array(n),
    lastDay: new Float64Array(n),
    frequency: new Float64Array(n),
    minor: new Float64Array(n),
  };
  let k = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) {
      rejected.push({ index: i, field: 'row', reason: 'must be an object', value: row });
      continue;
    }
    const id = readId(row.customerId);
    if (id === null) {
      rejected.push({ index: i, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: row.customerId });
      continue;
    }
    const bad = readRecency(row, i, analysisDay, acc, k);
    if (bad !== null) {
      rejected.push(bad);
      continue;
    }
    const f = row.frequency;
    if (typeof f !== 'number' || !Number.isSafeInteger(f) || f < 0) {
      rejected.push({ index: i, field: 'frequency', reason: 'must be an integer >= 0', value: f });
      continue;
    }
    const minor = parseMinorUnits(row.monetary, digits);
    if (Number.isNaN(minor)) {
      rejected.push({ index: i, field: 'monetary', reason: `must be an exact amount with at most ${digits} decimals`, value: row.monetary });
      continue;
    }
    acc.ids[k] = id;
    acc.index[k] = i;
    acc.frequency[k] = f;
    acc.minor[k] = minor;
    k++;
  }
  acc.count = k;
  acc.ids.length = k;
  return acc;
}

/** Positions of the accepted rows in customer-id order (then input order); identity when already sorted. @internal */
function idOrder(ids: readonly string[]): Int32Array | null {
  for (let k = 1; k < ids.length; k++) {
    if (!((ids[k - 1] as string) < (ids[k] as string))) {
      const order = Array.from({ length: ids.length }, (_, i) => i);
      order.sort((a, b) => {
        const x = ids[a] as string;
        const y = ids[b] as string;
        return x < y ? -1 : x > y ? 1 : a - b;
      });
      return Int32Array.from(order);
    }
  }
  return null;
}

/**
 * RFM raw values from per-customer totals (R `rfm_table_customer`): each row checked, rows of a customer
 * id that appears more than once all rejected (so the result does not depend on which comes first),
 * customers sorted by id. @internal
 */
export function readRfmTotals(rows: readonly RfmCustomerTotals[], analysisDay: number, digits: number): RfmColumns {
  const rejected: RejectedRecord[] = [];
  const acc = readRows(rows, analysisDay, digits, rejected);
  const order = idOrder(acc.ids);
  const n = acc.count;
  if (order === null) {
    // ids strictly ascending: sorted and distinct already
    return {
      ids: acc.ids,
      recencyDays: acc.recency.subarray(0, n),
      lastDay: acc.lastDay.subarray(0, n),
      frequency: acc.frequency.subarray(0, n),
      monetaryMinor: acc.minor.subarray(0, n),
      rejected: byIndex(rejected),
    };
  }
  const ids: string[] = [];
  const recencyDays = new Float64Array(n);
  const lastDay = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetaryMinor = new Float64Array(n);
  let k = 0;
  for (let r = 0; r < n; ) {
    const p = order[r] as number;
    const id = acc.ids[p] as string;
    let end = r + 1;
    while (end < n && acc.ids[order[end] as number] === id) end++;
    if (end - r > 1) {
      for (let s = r; s < end; s++) {
        const q = order[s] as number;
        rejected.push({ index: acc.index[q] as number, field: 'customerId', reason: 'appears more than once (every row of this customer is left out)', value: id });
      }
    } else {
      ids.push(id);
      recencyDays[k] = acc.recency[p] as number;
      lastDay[k] = acc.lastDay[p] as number;
      frequency[k] = acc.frequency[p] as number;
      monetaryMinor[k] = acc.minor[p] as number;
      k++;
    }
    r = end;
  }
  return {
    ids,
    recencyDays: recencyDays.subarray(0, k),
    lastDay: lastDay.subarray(0, k),
    frequency: frequency.subarray(0, k),
    monetaryMinor: monetaryMinor.subarray(0, k),
    rejected: byIndex(rejected),
  };
}
