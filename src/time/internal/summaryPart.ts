import type { PendingReturn, SummaryStatePart } from '../summaryStateTypes';
import { addPeriod, periodsOf, type PeriodSet } from './periodSet';

/**
 * One customer's rows in one period (calibration or holdout), reduced so that parts of the log merge
 * exactly: first, second and last purchase day, the set of purchase periods, exact sums in minor units,
 * and the returns whose fate depends on rows not yet seen. Days absent are ±Infinity here (`null` in
 * the public state). @internal
 *
 * The reduction follows `reduceCustomers` of `summarizeCore`: a return nets against the latest purchase
 * on or before its day, so it nets into the first purchase exactly when its day is before `secondDay`
 * (the first purchase day in a later merge period), and it is unmatched when before `firstDay`. Merging
 * only lowers `firstDay` and `secondDay`, so a return on or after `secondDay` is settled for good.
 */
export interface PartAccumulator {
  firstDay: number;
  firstPeriod: number;
  secondDay: number;
  lastDay: number;
  periods: PeriodSet;
  count: number;
  firstPeriodMinor: number;
  purchaseMinor: number;
  purchaseRows: number;
  returnMinor: number;
  returnRows: number;
  pending: PendingReturn[] | null;
}

/** An empty part. @internal */
export function createPart(): PartAccumulator {
  return {
    firstDay: Number.POSITIVE_INFINITY,
    firstPeriod: Number.POSITIVE_INFINITY,
    secondDay: Number.POSITIVE_INFINITY,
    lastDay: Number.NEGATIVE_INFINITY,
    periods: [],
    count: 0,
    firstPeriodMinor: 0,
    purchaseMinor: 0,
    purchaseRows: 0,
    returnMinor: 0,
    returnRows: 0,
    pending: null,
  };
}

/** Moves the pending returns on or after `secondDay` into the settled sums. @internal */
function settle(part: PartAccumulator): void {
  const pending = part.pending;
  if (pending === null) return;
  let kept = 0;
  for (const r of pending) {
    if (r.day >= part.secondDay) {
      part.returnMinor += r.amountMinor;
      part.returnRows++;
    } else pending[kept++] = r;
  }
  pending.length = kept;
  if (kept === 0) part.pending = null;
}

/** Folds a first purchase day (and its period and period sum) into `part`. @internal */
function mergeFirst(part: PartAccumulator, day: number, period: number, periodMinor: number, secondDay: number): void {
  if (period < part.firstPeriod) {
    part.secondDay = Math.min(secondDay, part.firstDay);
    part.firstDay = day;
    part.firstPeriod = period;
    part.firstPeriodMinor = periodMinor;
  } else if (period === part.firstPeriod) {
    if (day < part.firstDay) part.firstDay = day;
    part.firstPeriodMinor += periodMinor;
    if (secondDay < part.secondDay) part.secondDay = secondDay;
  } else if (day < part.secondDay) part.secondDay = day;
  else return;
  settle(part);
}

/** Adds a purchase (amount `minor` ≥ 0) of day `day` in merge period `period`. @internal */
export function addPurchase(part: PartAccumulator, day: number, period: number, minor: number): void {
  part.purchaseMinor += minor;
  part.purchaseRows++;
  if (addPeriod(part.periods, period)) part.count++;
  if (day > part.lastDay) part.lastDay = day;
  if (period === part.firstPeriod && day >= part.firstDay) part.firstPeriodMinor += minor;
  else mergeFirst(part, day, period, minor, Number.POSITIVE_INFINITY);
}

/** Adds a return (amount `minor` < 0) of day `day`, row `index` of the log, amount as given `value`. @internal */
export function addReturn(part: PartAccumulator, day: number, minor: number, index: number, value: unknown): void {
  if (day >= part.secondDay) {
    part.returnMinor += minor;
    part.returnRows++;
  } else (part.pending ??= []).push({ index, day, amountMinor: minor, value });
}

/** Merges `from` (a part of the same customer and period from disjoint rows) into `into`. @internal */
export function mergePart(into: PartAccumulator, from: PartAccumulator): void {
  into.purchaseMinor += from.purchaseMinor;
  into.purchaseRows += from.purchaseRows;
  into.returnMinor += from.returnMinor;
  into.returnRows += from.returnRows;
  for (const p of periodsOf(from.periods)) if (addPeriod(into.periods, p)) into.count++;
  if (from.lastDay > into.lastDay) into.lastDay = from.lastDay;
  if (from.pending !== null) for (const r of from.pending) (into.pending ??= []).push(r);
  if (from.firstDay !== Number.POSITIVE_INFINITY) {
    mergeFirst(into, from.firstDay, from.firstPeriod, from.firstPeriodMinor, from.secondDay);
  }
  settle(into);
}

/** The part as plain data (days absent as `null`, pending returns by index). @internal */
export function partToState(part: PartAccumulator): SummaryStatePart {
  const day = (d: number): number | null => (Number.isFinite(d) ? d : null);
  return {
    firstDay: day(part.firstDay),
    secondDay: day(part.secondDay),
    lastDay: day(part.lastDay),
    periods: periodsOf(part.periods),
    firstPeriodMinor: part.firstPeriodMinor,
    purchaseMinor: part.purchaseMinor,
    purchaseRows: part.purchaseRows,
    returnMinor: part.returnMinor,
    returnRows: part.returnRows,
    pendingReturns: part.pending === null ? [] : [...part.pending].sort((a, b) => a.index - b.index),
  };
}

/** A part from its plain data; `periodOf` gives the merge period of a day. @internal */
export function partFromState(state: SummaryStatePart, periodOf: (day: number) => number): PartAccumulator {
  const part = createPart();
  for (const p of state.periods) if (addPeriod(part.periods, p)) part.count++;
  if (state.firstDay !== null) {
    part.firstDay = state.firstDay;
    part.firstPeriod = periodOf(state.firstDay);
  }
  part.secondDay = state.secondDay ?? Number.POSITIVE_INFINITY;
  part.lastDay = state.lastDay ?? Number.NEGATIVE_INFINITY;
  part.firstPeriodMinor = state.firstPeriodMinor;
  part.purchaseMinor = state.purchaseMinor;
  part.purchaseRows = state.purchaseRows;
  part.returnMinor = state.returnMinor;
  part.returnRows = state.returnRows;
  part.pending = state.pendingReturns.length === 0 ? null : [...state.pendingReturns];
  return part;
}
