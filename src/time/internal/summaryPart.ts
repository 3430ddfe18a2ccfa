import type { PendingReturn, SummaryStatePart } from '../summaryStateTypes';
import { addPeriod, createPeriodPool, periodsOf, reservePeriodPool, type PeriodPool } from './periodSet';

/**
 * One period (calibration or holdout) of many customers' rows, reduced so that parts of the log merge
 * exactly, in columns indexed by customer: first, second and last purchase day, the set of purchase
 * periods and its size, exact sums in minor units, and (sparse) the returns whose fate depends on rows
 * not yet seen. Days absent are ±Infinity here (`null` in the public state). Columns, not an object per
 * customer: float64 fields of objects are boxed, one heap object each, which a million customers make
 * a garbage-collection burden. @internal
 *
 * The reduction follows `reduceCustomers` of `summarizeCore`: a return nets against the latest purchase
 * on or before its day, so it nets into the first purchase exactly when its day is before `secondDay`
 * (the first purchase day in a later merge period), and it is unmatched when before `firstDay`. Merging
 * only lowers `firstDay` and `secondDay`, so a return on or after `secondDay` is settled for good.
 */
export interface PartColumns {
  capacity: number;
  firstDay: Float64Array;
  firstPeriod: Float64Array;
  secondDay: Float64Array;
  lastDay: Float64Array;
  count: Float64Array;
  firstPeriodMinor: Float64Array;
  purchaseMinor: Float64Array;
  purchaseRows: Float64Array;
  returnMinor: Float64Array;
  returnRows: Float64Array;
  /** Number of pending returns (their list is in `pending`), so that most customers skip the map. */
  pendingRows: Float64Array;
  readonly periods: PeriodPool;
  readonly pending: Map<number, PendingReturn[]>;
}

/** The initial value of each column. @internal */
const EMPTY = {
  firstDay: Number.POSITIVE_INFINITY,
  firstPeriod: Number.POSITIVE_INFINITY,
  secondDay: Number.POSITIVE_INFINITY,
  lastDay: Number.NEGATIVE_INFINITY,
  count: 0,
  firstPeriodMinor: 0,
  purchaseMinor: 0,
  purchaseRows: 0,
  returnMinor: 0,
  returnRows: 0,
  pendingRows: 0,
} as const;

type NumericColumn = keyof typeof EMPTY;
const NUMERIC = Object.keys(EMPTY) as NumericColumn[];

/** Empty columns for `capacity` customers. @internal */
export function createParts(capacity = 1024): PartColumns {
  const parts = { capacity, periods: createPeriodPool(capacity), pending: new Map() } as unknown as PartColumns;
  for (const name of NUMERIC) parts[name] = new Float64Array(capacity).fill(EMPTY[name]);
  return parts;
}

/** Makes room for customer `k` (doubling the columns). @internal */
export function reserveParts(parts: PartColumns, k: number): void {
  if (k < parts.capacity) return;
  let capacity = parts.capacity;
  while (capacity <= k) capacity *= 2;
  for (const name of NUMERIC) {
    const grown = new Float64Array(capacity).fill(EMPTY[name]);
    grown.set(parts[name]);
    parts[name] = grown;
  }
  reservePeriodPool(parts.periods, capacity);
  parts.capacity = capacity;
}

/** Moves customer `k`'s pending returns on or after its `secondDay` into the settled sums. @internal */
function settle(parts: PartColumns, k: number): void {
  if (parts.pendingRows[k] === 0) return;
  const pending = parts.pending.get(k);
  if (pending === undefined) return;
  const secondDay = parts.secondDay[k] as number;
  let kept = 0;
  for (const r of pending) {
    if (r.day >= secondDay) {
      parts.returnMinor[k] = (parts.returnMinor[k] as number) + r.amountMinor;
      parts.returnRows[k] = (parts.returnRows[k] as number) + 1;
    } else pending[kept++] = r;
  }
  pending.length = kept;
  parts.pendingRows[k] = kept;
  if (kept === 0) parts.pending.delete(k);
}

/** Folds a first purchase day (its period, the period's sum, and the second day after it) into customer `k`. @internal */
function mergeFirst(parts: PartColumns, k: number, day: number, period: number, periodMinor: number, secondDay: number): void {
  const firstPeriod = parts.firstPeriod[k] as number;
  if (period < firstPeriod) {
    parts.secondDay[k] = Math.min(secondDay, parts.firstDay[k] as number);
    parts.firstDay[k] = day;
    parts.firstPeriod[k] = period;
    parts.firstPeriodMinor[k] = periodMinor;
  } else if (period === firstPeriod) {
    if (day < (parts.firstDay[k] as number)) parts.firstDay[k] = day;
    parts.firstPeriodMinor[k] = (parts.firstPeriodMinor[k] as number) + periodMinor;
    if (secondDay < (parts.secondDay[k] as number)) parts.secondDay[k] = secondDay;
  } else if (day < (parts.secondDay[k] as number)) parts.secondDay[k] = day;
  else return;
  settle(parts, k);
}

/** Adds a purchase (amount `minor` ≥ 0) of day `day` in merge period `period` to customer `k`. @internal */
export function addPurchase(parts: PartColumns, k: number, day: number, period: number, minor: number): void {
  parts.purchaseMinor[k] = (parts.purchaseMinor[k] as number) + minor;
  parts.purchaseRows[k] = (parts.purchaseRows[k] as number) + 1;
  if (addPeriod(parts.periods, k, period)) parts.count[k] = (parts.count[k] as number) + 1;
  if (day > (parts.lastDay[k] as number)) parts.lastDay[k] = day;
  if (period === parts.firstPeriod[k] && day >= (parts.firstDay[k] as number)) {
    parts.firstPeriodMinor[k] = (parts.firstPeriodMinor[k] as number) + minor;
  } else mergeFirst(parts, k, day, period, minor, Number.POSITIVE_INFINITY);
}

/** Adds a return (amount `minor` < 0) of day `day`, row `index` of the log, amount as given `value`. @internal */
export function addReturn(parts: PartColumns, k: number, day: number, minor: number, index: number, value: unknown): void {
  if (day >= (parts.secondDay[k] as number)) {
    parts.returnMinor[k] = (parts.returnMinor[k] as number) + minor;
    parts.returnRows[k] = (parts.returnRows[k] as number) + 1;
    return;
  }
  const pending = parts.pending.get(k);
  if (pending === undefined) parts.pending.set(k, [{ index, day, amountMinor: minor, value }]);
  else pending.push({ index, day, amountMinor: minor, value });
  parts.pendingRows[k] = (parts.pendingRows[k] as number) + 1;
}

/** Merges a part's plain state (rows disjoint from those already added) into customer `k`. @internal */
export function mergePart(parts: PartColumns, k: number, from: SummaryStatePart, periodOf: (day: number) => number): void {
  parts.purchaseMinor[k] = (parts.purchaseMinor[k] as number) + from.purchaseMinor;
  parts.purchaseRows[k] = (parts.purchaseRows[k] as number) + from.purchaseRows;
  parts.returnMinor[k] = (parts.returnMinor[k] as number) + from.returnMinor;
  parts.returnRows[k] = (parts.returnRows[k] as number) + from.returnRows;
  if (from.periods.length > 0) {
    let added = 0;
    for (const p of from.periods) if (addPeriod(parts.periods, k, p)) added++;
    parts.count[k] = (parts.count[k] as number) + added;
  }
  if (from.lastDay !== null && from.lastDay > (parts.lastDay[k] as number)) parts.lastDay[k] = from.lastDay;
  if (from.pendingReturns.length > 0) {
    const pending = parts.pending.get(k);
    if (pending === undefined) parts.pending.set(k, [...from.pendingReturns]);
    else for (const r of from.pendingReturns) pending.push(r);
    parts.pendingRows[k] = (parts.pendingRows[k] as number) + from.pendingReturns.length;
  }
  if (from.firstDay !== null) {
    mergeFirst(parts, k, from.firstDay, periodOf(from.firstDay), from.firstPeriodMinor, from.secondDay ?? Number.POSITIVE_INFINITY);
  }
  settle(parts, k);
}

/** Whether customer `k` has a row in these parts (a purchase, a settled or a pending return). @internal */
export function hasPart(parts: PartColumns, k: number): boolean {
  return (parts.purchaseRows[k] as number) > 0 || (parts.returnRows[k] as number) > 0 || (parts.pendingRows[k] as number) > 0;
}

/** Customer `k`'s part as plain data (days absent as `null`, pending returns by index). @internal */
export function partToState(parts: PartColumns, k: number): SummaryStatePart {
  const day = (d: number): number | null => (Number.isFinite(d) ? d : null);
  const pending = parts.pendingRows[k] === 0 ? undefined : parts.pending.get(k);
  return {
    firstDay: day(parts.firstDay[k] as number),
    secondDay: day(parts.secondDay[k] as number),
    lastDay: day(parts.lastDay[k] as number),
    periods: periodsOf(parts.periods, k),
    firstPeriodMinor: parts.firstPeriodMinor[k] as number,
    purchaseMinor: parts.purchaseMinor[k] as number,
    purchaseRows: parts.purchaseRows[k] as number,
    returnMinor: parts.returnMinor[k] as number,
    returnRows: parts.returnRows[k] as number,
    pendingReturns: pending === undefined ? [] : [...pending].sort((a, b) => a.index - b.index),
  };
}
