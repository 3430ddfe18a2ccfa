import { POW10 } from '../money/parseMinorUnits';
import { rememberSummaryOrigin } from './internal/summaryOrigin';
import { calendarMonthsBetween } from './calendarMonthsBetween';
import { civilFromDays } from './civilFromDays';
import { formatEpochDay } from './formatEpochDay';
import type { ResolvedSummaryOptions } from './resolveSummaryOptions';
import type { CustomerSummary, RejectedTransaction, SummarySettings, TransactionSummary, UncalibratedCustomer } from './types';

/**
 * A writable numeric column: a typed array, or a plain array of numbers (which lives in the JS heap, see
 * `owned` in `summarizeCore`). @internal
 */
type Column = Int32Array | Float64Array | number[];

/**
 * How the caller names its input, for the rejections made in the core: the day and amount fields, and
 * the amount as given at an input index. @internal
 */
export interface SummarySource {
  readonly dayField: 'date' | 'epochDay';
  readonly amountField: 'amount' | 'amountMinor';
  readonly amountOf: (index: number) => unknown;
}

/**
 * Rejects the returns (negative amounts) that have no purchase of the same customer on or before their
 * day in their period (calibration up to `calibrationEnd`, holdout after it): with `returns: 'net'` they
 * have nothing to be netted against. Two passes: the first purchase day of each customer in each period,
 * then the check. Marks them in `bad`. @internal
 */
function rejectUnmatchedReturns(
  n: number,
  customer: ArrayLike<number>,
  epochDay: ArrayLike<number>,
  amountMinor: ArrayLike<number>,
  bad: Uint8Array,
  customerCount: number,
  calibrationEnd: number,
  rejected: RejectedTransaction[],
  source: SummarySource,
): void {
  const firstCalibration = new Float64Array(customerCount).fill(Number.POSITIVE_INFINITY);
  const firstHoldout = new Float64Array(customerCount).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    if (bad[i] === 1 || (amountMinor[i] as number) < 0) continue;
    const k = customer[i] as number;
    const d = epochDay[i] as number;
    const first = d <= calibrationEnd ? firstCalibration : firstHoldout;
    if (d < (first[k] as number)) first[k] = d;
  }
  for (let i = 0; i < n; i++) {
    if (bad[i] === 1 || (amountMinor[i] as number) >= 0) continue;
    const k = customer[i] as number;
    const d = epochDay[i] as number;
    const holdout = d > calibrationEnd;
    if (d >= ((holdout ? firstHoldout : firstCalibration)[k] as number)) continue;
    bad[i] = 1;
    rejected.push({
      index: i,
      field: source.amountField,
      reason: unmatchedReturnReason(d, holdout),
      value: source.amountOf(i),
    });
  }
}

/** Why a return of day `d` with no purchase to net it against is rejected (`returns: 'net'`). @internal */
export function unmatchedReturnReason(d: number, holdout: boolean): string {
  return (
    `is a return with no purchase of this customer on or before ${formatEpochDay(d)} in the ` +
    `${holdout ? 'holdout' : 'calibration'} period to net it against (\`options.returns\` 'net'); ` +
    "use 'drop' to leave returns out"
  );
}

/** Largest radix-sort digit width in bits (at most 2,048 buckets per pass). @internal */
const RADIX_BITS = 11;

/**
 * The transaction summary on validated integer columns: rows flagged in `bad` are skipped (already in
 * `rejected`); rows after the observation end are rejected here. Groups the rows by customer with an LSD
 * radix sort on the customer index (one or two passes for up to 4 million customers; skipped when the
 * rows are already sorted), sorts each customer's rows by day in place, and reduces each customer in one
 * pass. Customer `k` is reported as `ids[k]` (or `k` when `ids` is null).
 *
 * With `owned`, the columns were built by the caller (`summarizeTransactions`) and may be used in place;
 * when they are plain arrays, they are overwritten as the second radix buffer, and the scratch columns
 * are plain arrays too. Plain arrays live
 * in the JS heap, whose next major GC is scheduled in proportion to its size; typed arrays are external
 * memory, of which V8 allows only about 64 MB of growth before it forces a major GC. When the caller holds
 * gigabytes of row objects, each forced major GC costs over a second, so the row path keeps its scratch
 * in the heap. @internal
 */
export function summarizeCore<Id extends string | number>(
  n: number,
  customer: ArrayLike<number>,
  epochDay: ArrayLike<number>,
  amountMinor: ArrayLike<number>,
  initialBad: Uint8Array | null,
  ids: readonly Id[] | null,
  customerCount: number,
  settings: ResolvedSummaryOptions,
  rejected: RejectedTransaction[],
  source: SummarySource,
  owned = false,
): TransactionSummary<Id> {
  let bad = initialBad;
  const dayField = source.dayField;
  // 1. Observation end: given, or the last valid day.
  let maxDay = Number.NEGATIVE_INFINITY;
  let hasReturns = false;
  for (let i = 0; i < n; i++) {
    if (bad !== null && bad[i] === 1) continue;
    const d = epochDay[i] as number;
    if (d > maxDay) maxDay = d;
    if ((amountMinor[i] as number) < 0) hasReturns = true;
  }
  const observationEnd = settings.observationEnd ?? (maxDay === Number.NEGATIVE_INFINITY ? null : maxDay);
  if (observationEnd !== null && maxDay > observationEnd) {
    const reason = `is after the observation end ${formatEpochDay(observationEnd)}`;
    bad ??= new Uint8Array(n);
    let newMax = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (bad[i] === 1) continue;
      const d = epochDay[i] as number;
      if (d > observationEnd) {
        bad[i] = 1;
        rejected.push({ index: i, field: dayField, reason, value: dayField === 'date' ? formatEpochDay(d) : d });
      } else if (d > newMax) newMax = d;
    }
    maxDay = newMax;
    rejected.sort((a, b) => a.index - b.index);
  }
  const calibrationEnd = settings.calibrationEnd ?? observationEnd;
  if (hasReturns && calibrationEnd !== null) {
    bad ??= new Uint8Array(n);
    const before = rejected.length;
    rejectUnmatchedReturns(n, customer, epochDay, amountMinor, bad, customerCount, calibrationEnd, rejected, source);
    if (rejected.length > before) {
      rejected.sort((a, b) => a.index - b.index);
      maxDay = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) if (bad[i] === 0 && (epochDay[i] as number) > maxDay) maxDay = epochDay[i] as number;
    }
  }
  const options: SummarySettings = {
    unit: settings.unit,
    unitDays: settings.unitDays,
    monthLength: settings.monthLength,
    mergeBy: settings.mergeBy,
    calibrationEnd: settings.calibrationEnd === null ? null : formatEpochDay(settings.calibrationEnd),
    observationEnd: observationEnd === null ? null : formatEpochDay(observationEnd),
    minorDigits: settings.minorDigits,
    returns: settings.returns,
    dateObjects: settings.dateObjects,
  };
  if (observationEnd === null || calibrationEnd === null || maxDay === Number.NEGATIVE_INFINITY) {
    const none: CustomerSummary<Id>[] = [];
    rememberSummaryOrigin(none, options);
    return { customers: none, notInCalibration: [], rejected, options };
  }

  // 2. Group the good rows by customer (LSD radix sort on the customer index, 10-11-bit digits, the
  //    first pass reading the input directly), then sort each customer's rows by day in place.
  const customerBits = Math.max(1, 32 - Math.clz32(Math.max(1, customerCount - 1)));
  const digitCount = Math.ceil(customerBits / RADIX_BITS);
  const digitBits = Math.ceil(customerBits / digitCount);
  const digitMask = (1 << digitBits) - 1;
  const buckets = 1 << digitBits;
  const histograms = new Int32Array(digitCount * buckets);
  let good = 0;
  let sorted = true;
  let previousCustomer = -1;
  let previousDay = 0;
  for (let i = 0; i < n; i++) {
    if (bad !== null && bad[i] === 1) continue;
    const c = customer[i] as number;
    const d = epochDay[i] as number;
    if (c < previousCustomer || (c === previousCustomer && d < previousDay)) sorted = false;
    previousCustomer = c;
    previousDay = d;
    for (let g = 0; g < digitCount; g++) {
      const b = g * buckets + ((c >>> (g * digitBits)) & digitMask);
      histograms[b] = (histograms[b] as number) + 1;
    }
    good++;
  }
  // Scratch arrays; when the caller hands over its own plain arrays (`owned`), they serve as the second
  // buffer (only the first `good` entries are used).
  const heap = owned && Array.isArray(customer) && Array.isArray(epochDay) && Array.isArray(amountMinor);
  if (sorted && good === n) {
    // Already grouped and sorted, nothing rejected: reduced in place (read only, so the caller's columns
    // are safe).
    const [cust, days, money] = [customer as Column, epochDay as Column, amountMinor as Column];
    return reduceCustomers(cust, days, money, good, ids, settings, calibrationEnd, observationEnd, rejected, options);
  }
  const ints = (length: number): Column => (heap ? new Array<number>(length).fill(0) : new Int32Array(length));
  const floats = (length: number): Column => (heap ? new Array<number>(length).fill(0) : new Float64Array(length));
  let cust = ints(good);
  let days = ints(good);
  let money = floats(good);
  if (sorted) {
    for (let i = 0, j = 0; i < n; i++) {
      if (bad !== null && bad[i] === 1) continue;
      cust[j] = customer[i] as number;
      days[j] = epochDay[i] as number;
      money[j] = amountMinor[i] as number;
      j++;
    }
  } else {
    const next = new Int32Array(buckets);
    const prefix = (g: number): void => {
      let total = 0;
      for (let b = 0; b < buckets; b++) {
        next[b] = total;
        total += histograms[g * buckets + b] as number;
      }
    };
    prefix(0);
    for (let i = 0; i < n; i++) {
      if (bad !== null && bad[i] === 1) continue;
      const c = customer[i] as number;
      const b = c & digitMask;
      const at = next[b] as number;
      next[b] = at + 1;
      cust[at] = c;
      days[at] = epochDay[i] as number;
      money[at] = amountMinor[i] as number;
    }
    if (digitCount > 1) {
      let cust2 = heap ? (customer as number[]) : ints(good);
      let days2 = heap ? (epochDay as number[]) : ints(good);
      let money2 = heap ? (amountMinor as number[]) : floats(good);
      for (let g = 1; g < digitCount; g++) {
        prefix(g);
        const shift = g * digitBits;
        for (let j = 0; j < good; j++) {
          const c = cust[j] as number;
          const b = (c >>> shift) & digitMask;
          const at = next[b] as number;
          next[b] = at + 1;
          cust2[at] = c;
          days2[at] = days[j] as number;
          money2[at] = money[j] as number;
        }
        [cust, cust2] = [cust2, cust];
        [days, days2] = [days2, days];
        [money, money2] = [money2, money];
      }
    }
    for (let j = 0; j < good; ) {
      const k = cust[j] as number;
      let end = j + 1;
      while (end < good && cust[end] === k) end++;
      if (end - j > 1) sortByDay(days, money, j, end);
      j = end;
    }
  }

  return reduceCustomers(cust, days, money, good, ids, settings, calibrationEnd, observationEnd, rejected, options);
}

/**
 * Step 3 of the summary: reduces rows sorted by customer and then day (`good` of them) to one summary per
 * customer. @internal
 */
function reduceCustomers<Id extends string | number>(
  cust: Column,
  days: Column,
  money: Column,
  good: number,
  ids: readonly Id[] | null,
  settings: ResolvedSummaryOptions,
  calibrationEnd: number,
  observationEnd: number,
  rejected: RejectedTransaction[],
  options: SummarySettings,
): TransactionSummary<Id> {
  const customers: CustomerSummary<Id>[] = [];
  const notInCalibration: UncalibratedCustomer<Id>[] = [];
  // Time measurement.
  const perUnit = settings.mergeBy === 'unit';
  const unitDays = settings.unitDays;
  // Top-level helpers, not closures: a closure made per call would be a new call target for the
  // optimised code each time (a deoptimisation per call).
  const clock: Clock = { perUnit, unitKind: unitKindOf(settings), unitDays: unitDays ?? 0 };
  const hasHoldout = settings.calibrationEnd !== null;
  const durationHoldout = span(clock, calibrationEnd, observationEnd);
  const scale = POW10[settings.minorDigits] as number;
  const dateCache = new Map<number, string>();
  const ageCache = new Map<number, number>();

  // One pass per customer over the sorted rows.
  let j = 0;
  while (j < good) {
    const k = cust[j] as number;
    let end = j + 1;
    while (end < good && cust[end] === k) end++;
    const id = (ids === null ? k : ids[k]) as Id;
    const firstDay = days[j] as number;
    if (firstDay > calibrationEnd) {
      notInCalibration.push({ customerId: id, firstPurchaseDate: dateOf(dateCache, firstDay), transactionCount: end - j });
      j = end;
      continue;
    }
    let purchases = 0;
    let lastPeriod = Number.NaN;
    let lastDay = firstDay;
    let firstValue = 0;
    let total = 0;
    let rows = 0;
    let deferred = 0;
    for (; j < end; j++) {
      const d = days[j] as number;
      if (d > calibrationEnd) break;
      const a = money[j] as number;
      rows++;
      if (a < 0) {
        // A return nets against the latest purchase on or before its day: one later in the same day's
        // rows if there is one, else the current purchase (`rejectUnmatchedReturns` left no other case).
        if (purchases === 0 || purchaseFollows(days, money, j, end, d)) deferred += a;
        else {
          total += a;
          if (purchases === 1) firstValue += a;
        }
        continue;
      }
      const p = perUnit ? period(clock, d) : d;
      if (p !== lastPeriod) {
        purchases++;
        lastPeriod = p;
      }
      lastDay = d;
      const v = a + deferred;
      deferred = 0;
      if (purchases === 1) firstValue += v;
      total += v;
    }
    total += deferred;
    const frequency = purchases - 1;
    let T = ageCache.get(firstDay);
    if (T === undefined) {
      T = span(clock, firstDay, calibrationEnd);
      ageCache.set(firstDay, T);
    }
    const recency = frequency === 0 ? 0 : span(clock, firstDay, lastDay);
    const monetaryValue = frequency === 0 ? 0 : (total - firstValue) / frequency / scale;
    const spendExcluded = frequency > 0 && monetaryValue <= 0 ? spendExclusion(monetaryValue) : undefined;
    if (hasHoldout) {
      let holdout = 0;
      let holdoutTotal = 0;
      lastPeriod = Number.NaN;
      for (; j < end; j++) {
        const a = money[j] as number;
        holdoutTotal += a;
        if (a < 0) continue; // a return, netted in the holdout spend
        const d = days[j] as number;
        const p = perUnit ? period(clock, d) : d;
        if (p !== lastPeriod) {
          holdout++;
          lastPeriod = p;
        }
      }
      customers.push({
        customerId: id,
        frequency,
        recency,
        T,
        monetaryValue,
        firstPurchaseValue: firstValue / scale,
        totalSpend: total / scale,
        totalSpendMinor: total,
        transactionCount: rows,
        firstPurchaseDate: dateOf(dateCache, firstDay),
        lastPurchaseDate: dateOf(dateCache, lastDay),
        frequencyHoldout: holdout,
        monetaryValueHoldout: holdout === 0 ? 0 : holdoutTotal / holdout / scale,
        durationHoldout,
      });
    } else {
      customers.push({
        customerId: id,
        frequency,
        recency,
        T,
        monetaryValue,
        firstPurchaseValue: firstValue / scale,
        totalSpend: total / scale,
        totalSpendMinor: total,
        transactionCount: rows,
        firstPurchaseDate: dateOf(dateCache, firstDay),
        lastPurchaseDate: dateOf(dateCache, lastDay),
      });
    }
    if (spendExcluded !== undefined) customers[customers.length - 1] = withSpendExcluded(customers[customers.length - 1] as CustomerSummary<Id>, spendExcluded);
    j = end;
  }
  rememberSummaryOrigin(customers, options);
  return { customers, notInCalibration, rejected, options };
}

/**
 * A copy of `c` with `spendExcluded`, written as literals (not a property added afterwards, nor a
 * spread): a literal's object shape lives as long as the code, whereas a shape made by adding a property
 * dies with its last object, and the optimised code that relied on it is thrown away with it. Rare
 * path. @internal
 */
export function withSpendExcluded<Id extends string | number>(c: CustomerSummary<Id>, spendExcluded: string): CustomerSummary<Id> {
  if (c.frequencyHoldout === undefined) {
    return {
      customerId: c.customerId,
      frequency: c.frequency,
      recency: c.recency,
      T: c.T,
      monetaryValue: c.monetaryValue,
      firstPurchaseValue: c.firstPurchaseValue,
      totalSpend: c.totalSpend,
      totalSpendMinor: c.totalSpendMinor,
      transactionCount: c.transactionCount,
      firstPurchaseDate: c.firstPurchaseDate,
      lastPurchaseDate: c.lastPurchaseDate,
      spendExcluded,
    };
  }
  return {
    customerId: c.customerId,
    frequency: c.frequency,
    recency: c.recency,
    T: c.T,
    monetaryValue: c.monetaryValue,
    firstPurchaseValue: c.firstPurchaseValue,
    totalSpend: c.totalSpend,
    totalSpendMinor: c.totalSpendMinor,
    transactionCount: c.transactionCount,
    firstPurchaseDate: c.firstPurchaseDate,
    lastPurchaseDate: c.lastPurchaseDate,
    spendExcluded,
    frequencyHoldout: c.frequencyHoldout,
    monetaryValueHoldout: c.monetaryValueHoldout as number,
    durationHoldout: c.durationHoldout as number,
  };
}

/** Why a repeat buyer with mean repeat spend `m ≤ 0` is left out of spend models. @internal */
export function spendExclusion(m: number): string {
  return (
    `mean repeat spend ${m === 0 ? 0 : m} is not positive (zero-valued purchases, or returns netted against them): ` +
    'the Gamma-Gamma spend model needs a positive spend, leave this customer out of the spend fit'
  );
}

/** Whether a purchase (amount ≥ 0) of day `d` follows row `j` among `[j + 1, end)`. @internal */
function purchaseFollows(days: Column, money: Column, j: number, end: number, d: number): boolean {
  for (let q = j + 1; q < end && days[q] === d; q++) if ((money[q] as number) >= 0) return true;
  return false;
}

/** How time is measured: per calendar period (`mergeBy: 'unit'`) or in days per unit. @internal */
export interface Clock {
  readonly perUnit: boolean;
  /** 0 day, 1 week, 2 month (of any length: its periods are calendar months), 3 a number of days. */
  readonly unitKind: 0 | 1 | 2 | 3;
  /** Days per unit; 0 for calendar months. */
  readonly unitDays: number;
}

/** The unit kind of the settings (see {@link Clock}). @internal */
export function unitKindOf(settings: ResolvedSummaryOptions): 0 | 1 | 2 | 3 {
  if (settings.unit === 'day') return 0;
  if (settings.unit === 'week') return 1;
  return settings.unit === 'month' ? 2 : 3;
}

/** The calendar period index of an epoch day for `mergeBy: 'unit'`. @internal */
export function period(clock: Clock, d: number): number {
  if (clock.unitKind === 0) return d;
  if (clock.unitKind === 1) return Math.floor((d + 3) / 7); // ISO weeks: 1969-12-29 was a Monday
  if (clock.unitKind === 2) {
    const packed = civilFromDays(d);
    return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
  }
  return Math.floor(d / clock.unitDays);
}

/** Time from day `from` to day `to` in units (whole periods with `mergeBy: 'unit'`). @internal */
export function span(clock: Clock, from: number, to: number): number {
  if (clock.perUnit) return period(clock, to) - period(clock, from);
  return clock.unitDays === 0 ? calendarMonthsBetween(from, to) : (to - from) / clock.unitDays;
}

/** `'yyyy-mm-dd'` of day `d`, formatted once per distinct day. @internal */
function dateOf(cache: Map<number, string>, d: number): string {
  let s = cache.get(d);
  if (s === undefined) {
    s = formatEpochDay(d);
    cache.set(d, s);
  }
  return s;
}

/**
 * Sorts `days[from..to)` ascending, moving `money` along: insertion sort for short runs (one customer's
 * rows, already in cache), a native typed-array sort of packed (day, position) keys for long ones. @internal
 */
function sortByDay(days: Column, money: Column, from: number, to: number): void {
  if (to - from <= 48) {
    for (let j = from + 1; j < to; j++) {
      const d = days[j] as number;
      if (d >= (days[j - 1] as number)) continue;
      const a = money[j] as number;
      let k = j - 1;
      while (k >= from && (days[k] as number) > d) {
        days[k + 1] = days[k] as number;
        money[k + 1] = money[k] as number;
        k--;
      }
      days[k + 1] = d;
      money[k + 1] = a;
    }
    return;
  }
  const length = to - from;
  let minDay = Number.POSITIVE_INFINITY;
  for (let j = from; j < to; j++) minDay = Math.min(minDay, days[j] as number);
  // day offset < 2^22 (the day range is at most 3.7 million) and position < 2^31: the key is below 2^53.
  const keys = new Float64Array(length);
  for (let j = 0; j < length; j++) keys[j] = ((days[from + j] as number) - minDay) * 2_147_483_648 + j;
  keys.sort();
  const amounts = money.slice(from, to);
  for (let j = 0; j < length; j++) {
    const key = keys[j] as number;
    const position = key % 2_147_483_648;
    days[from + j] = (key - position) / 2_147_483_648 + minDay;
    money[from + j] = amounts[position] as number;
  }
}
