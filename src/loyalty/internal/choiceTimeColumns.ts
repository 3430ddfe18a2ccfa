import { sortPrefix } from './sortPrefix';
import type { RejectedRecord, TransactionIndex } from '../../time/types';
import type { DayWindow } from './measureArgs';
import { readIdAndDay } from './measureRecords';
import type { InteractionEvents } from './readInteractionEvents';
import { sortByCustomer } from './sortByCustomer';

/** The settings of choice time. @internal */
export interface ChoiceSettings {
  readonly window: DayWindow;
  readonly enquiryKinds: readonly string[];
  readonly lookback: number;
  readonly sincePrevious: boolean;
}

/** Choice time per customer of the index (by position) and for the population. @internal */
export interface ChoiceTimeColumns {
  /** Orders (purchase days) in the window, by customer; 0: not reported. */
  readonly orders: Int32Array;
  /** Orders with an enquiry in the look-back, by customer. */
  readonly withEnquiry: Int32Array;
  /** Median days from first enquiry to order, by customer; NaN when no order has an enquiry. */
  readonly medianDays: Float64Array;
  /** The days of every order with an enquiry, sorted ascending. */
  readonly allDays: Float64Array;
  readonly totalOrders: number;
  readonly otherKinds: number;
  /** Enquiry rows of customers without an order in the window (or not in the log). */
  readonly noOrderInWindow: number;
  /** Interaction rows left out, in input order. */
  readonly rejected: RejectedRecord[];
}

/** Enquiry days grouped by customer of the index (sorted within a customer), the counts of other rows, the rejections. @internal */
function readEnquiries(ev: InteractionEvents, kinds: ReadonlySet<string>, customers: number) {
  const isEnquiry = new Int8Array(ev.kindValues.length);
  ev.kindValues.forEach((v, c) => {
    // null is not a string: rejected as a kind, like any other non-string but undefined.
    isEnquiry[c] = v === null ? -1 : kinds.has(((v ?? '') as string).trim()) ? 1 : 0;
  });
  const n = ev.status.length;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const rejected: RejectedRecord[] = [];
  let count = 0;
  let otherKinds = 0;
  let enquiryRows = 0;
  for (let i = 0; i < n; i++) {
    if (ev.status[i] !== 0) {
      rejected.push(readIdAndDay(ev.rows[i], i) as RejectedRecord);
      continue;
    }
    const kc = ev.kind[i] as number;
    const e = kc < 0 ? -1 : (isEnquiry[kc] as number);
    if (e < 0) {
      rejected.push({ index: i, field: 'kind', reason: 'must be a string', value: (ev.rows[i] as Record<string, unknown>)['kind'] });
      continue;
    }
    if (e === 0) {
      otherKinds++;
      continue;
    }
    enquiryRows++;
    const k = ev.key[i] as number;
    if (k >= customers) continue; // not a customer of the log: never used
    customer[count] = k;
    day[count] = ev.day[i] as number;
    count++;
  }
  const grouping = sortByCustomer(customer, day, count, customers);
  const sortedDays = new Int32Array(count);
  for (let q = 0; q < count; q++) sortedDays[q] = day[grouping.order[q] as number] as number;
  return { first: grouping.first, days: sortedDays, otherKinds, enquiryRows, rejected };
}

/**
 * The type-7 median of `a[0..m)` (sorted in place by `sortPrefix`), as
 * `quantileOfSorted(…, 0.5, 7)` computes it: the middle value, or `0.5·lower + 0.5·upper`. @internal
 */
function medianOfFirst(a: Float64Array, m: number): number {
  sortPrefix(a, m);
  if (m % 2 === 1) return a[(m - 1) >> 1] as number;
  const lower = a[m / 2 - 1] as number;
  const upper = a[m / 2] as number;
  return lower === upper ? upper : 0.5 * lower + 0.5 * upper;
}

/** The first position in `[lo, hi)` of the ascending `days` with a value ≥ `x`. @internal */
function lowerBound(days: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Choice time from interaction events and the transaction index: for each order (purchase day in the
 * window, returns excluded) the days since the first enquiry in the look-back (after the previous order
 * with `sincePrevious`); per customer the order counts and the median (type 7). @internal
 */
export function choiceTimeColumns(ev: InteractionEvents, index: TransactionIndex, s: ChoiceSettings): ChoiceTimeColumns {
  const nc = index.customerIds.length;
  const enq = readEnquiries(ev, new Set(s.enquiryKinds), nc);
  const orders = new Int32Array(nc);
  const withEnquiry = new Int32Array(nc);
  const medianDays = new Float64Array(nc).fill(Number.NaN);
  const all: number[] = [];
  const { epochDay, returned, start } = index;
  const { from, to } = s.window;
  let scratch = new Float64Array(64);
  let totalOrders = 0;
  let used = 0;
  for (let c = 0; c < nc; c++) {
    const lo = enq.first[c] as number;
    const hi = enq.first[c + 1] as number;
    let n = 0;
    let m = 0;
    let previous = Number.NEGATIVE_INFINITY;
    for (let j = start[c] as number, e = start[c + 1] as number; j < e; j++) {
      if (returned[j] === 1) continue;
      const d = epochDay[j] as number;
      if (d === previous) continue;
      if (d >= from && d <= to) {
        n++;
        const lower = s.sincePrevious ? Math.max(d - s.lookback, previous + 1) : d - s.lookback;
        const k = lowerBound(enq.days, lo, hi, lower);
        if (k < hi && (enq.days[k] as number) <= d) {
          if (m === scratch.length) {
            const grown = new Float64Array(2 * m);
            grown.set(scratch);
            scratch = grown;
          }
          scratch[m++] = d - (enq.days[k] as number);
        }
      }
      previous = d;
    }
    if (n === 0) continue;
    used += hi - lo;
    totalOrders += n;
    orders[c] = n;
    withEnquiry[c] = m;
    if (m > 0) {
      for (let q = 0; q < m; q++) all.push(scratch[q] as number);
      medianDays[c] = medianOfFirst(scratch, m);
    }
  }
  return {
    orders,
    withEnquiry,
    medianDays,
    allDays: Float64Array.from(all).sort(),
    totalOrders,
    otherKinds: enq.otherKinds,
    noOrderInWindow: enq.enquiryRows - used,
    rejected: enq.rejected,
  };
}
