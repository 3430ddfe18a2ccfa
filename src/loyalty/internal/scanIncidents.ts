import type { TransactionIndex } from '../../time/types';
import { countUpTo, maxRowsPerCustomer, writePurchaseDays } from './purchaseDayBuffers';
import type { IncidentColumns } from './readIncidentRows';
import { robustSpread } from './robustSpread';
import { RESOLUTION_SLOT, stratumOf, type ToleranceStrata } from './toleranceStrata';

/** The settings the scan needs. @internal */
export interface ScanSettings {
  readonly end: number;
  readonly windowDays: number;
  readonly spendWindowDays: number;
  readonly minPriorPurchases: number;
  readonly fastResolutionDays: number;
}

/** What the scan found for each accepted incident (by position), before the thresholds are applied. @internal */
export interface IncidentFacts {
  /** Purchase days on or before the incident day. */
  readonly purchasesBefore: Int32Array;
  /** Days from the incident to the next purchase day, −1 when none by the end. */
  readonly gap: Int32Array;
  /** The customer's own median and MAD of the gaps between those purchases (NaN when too few). */
  readonly ownMedian: Float64Array;
  readonly ownMad: Float64Array;
  readonly spendBefore: Float64Array;
  /** NaN when the after-window runs past the end. */
  readonly spendAfter: Float64Array;
  /** 0 fast, 1 slow, 2 unresolved. */
  readonly resolution: Uint8Array;
}

/** Resolution class of incident `k`: 0 fast, 1 slow, 2 unresolved (by the period end). @internal */
function resolutionOf(inc: IncidentColumns, k: number, fastDays: number): number {
  const after = inc.resolvedAfter[k] as number;
  return after < 0 ? 2 : after <= fastDays ? 0 : 1;
}

/** Scratch buffers of one scan. @internal */
interface Scratch {
  days: Int32Array;
  spend: Float64Array;
  cumulative: Float64Array;
  gaps: Float64Array;
  sortBuffer: Float64Array;
  attached: Uint8Array;
}

/** Spend (minor units) of purchase days in `(lo, hi]`, from the cumulative sums. @internal */
function spendBetween(sc: Scratch, n: number, lo: number, hi: number): number {
  return (sc.cumulative[countUpTo(sc.days, n, hi)] as number) - (sc.cumulative[countUpTo(sc.days, n, lo)] as number);
}

/** Adds `v` at three positions of `a`. @internal */
function addToGroups(a: Float64Array, i: number, j: number, k: number, v: number): void {
  a[i] = (a[i] as number) + v;
  a[j] = (a[j] as number) + v;
  a[k] = (a[k] as number) + v;
}

/** Customer `c`'s incidents: facts, and their counts in the strata. @internal */
function scanCustomerIncidents(
  sc: Scratch,
  n: number,
  order: Int32Array,
  lo: number,
  hi: number,
  inc: IncidentColumns,
  strata: ToleranceStrata | null,
  set: ScanSettings,
  facts: IncidentFacts,
): void {
  for (let q = lo; q < hi; q++) {
    const k = order[q] as number;
    const day = inc.day[k] as number;
    const p = countUpTo(sc.days, n, day);
    if (p > 0) sc.attached[p - 1] = 1;
    facts.purchasesBefore[k] = p;
    facts.gap[k] = p < n ? (sc.days[p] as number) - day : -1;
    if (p >= set.minPriorPurchases) {
      const { median, mad } = robustSpread(sc.gaps, p - 1, sc.sortBuffer);
      facts.ownMedian[k] = median;
      facts.ownMad[k] = mad;
    } else {
      facts.ownMedian[k] = Number.NaN;
      facts.ownMad[k] = Number.NaN;
    }
    facts.spendBefore[k] = spendBetween(sc, n, day - set.spendWindowDays, day);
    facts.spendAfter[k] = day + set.spendWindowDays > set.end ? Number.NaN : spendBetween(sc, n, day, day + set.spendWindowDays);
    const resolution = resolutionOf(inc, k, set.fastResolutionDays);
    facts.resolution[k] = resolution;
    if (strata === null) continue;
    const g1 = 1 + (inc.severity[k] as number);
    const g2 = RESOLUTION_SLOT + resolution;
    if (day + set.windowDays > set.end) {
      addToGroups(strata.censored, 0, g1, g2, 1);
      continue;
    }
    const repurchased = p < n && (sc.days[p] as number) - day <= set.windowDays ? 1 : 0;
    if (p === 0) {
      // Before the customer's first purchase: no purchase number to match on.
      addToGroups(strata.beforeFirst, 0, g1, g2, 1);
      continue;
    }
    const stratum = stratumOf(strata, p, day);
    const S = strata.strata;
    addToGroups(strata.incN, stratum, g1 * S + stratum, g2 * S + stratum, 1);
    addToGroups(strata.incX, stratum, g1 * S + stratum, g2 * S + stratum, repurchased);
  }
}

/** Customer `c`'s baseline purchases (those with no incident attached) in the strata. @internal */
function scanBaseline(sc: Scratch, n: number, strata: ToleranceStrata | null, set: ScanSettings, histogram: Float64Array): void {
  for (let j = 0; j < n; j++) {
    const d = sc.days[j] as number;
    if (j + 1 < n) {
      const gap = (sc.days[j + 1] as number) - d;
      histogram[gap] = (histogram[gap] as number) + 1;
    }
    if (sc.attached[j] === 1) {
      sc.attached[j] = 0;
      continue;
    }
    if (strata === null || d + set.windowDays > set.end) continue;
    const s = stratumOf(strata, j + 1, d);
    strata.baseN[s] = (strata.baseN[s] as number) + 1;
    if (j + 1 < n && (sc.days[j + 1] as number) - d <= set.windowDays) strata.baseY[s] = (strata.baseY[s] as number) + 1;
  }
}

/**
 * One pass over every customer: purchase days, the population histogram of inter-purchase days, the
 * baseline and incident counts of the strata (unless `strata` is null: per-customer verdicts only need
 * the facts and the histogram), and the facts of each incident. O(rows + incidents·log).
 * @internal
 */
export function scanIncidents(
  index: TransactionIndex,
  inc: IncidentColumns,
  grouping: { first: Int32Array; order: Int32Array },
  strata: ToleranceStrata | null,
  set: ScanSettings,
  histogram: Float64Array,
): IncidentFacts {
  const size = maxRowsPerCustomer(index) + 1;
  const sc: Scratch = {
    days: new Int32Array(size),
    spend: new Float64Array(size),
    cumulative: new Float64Array(size + 1),
    gaps: new Float64Array(size),
    sortBuffer: new Float64Array(size),
    attached: new Uint8Array(size),
  };
  const m = inc.count;
  const facts: IncidentFacts = {
    purchasesBefore: new Int32Array(m),
    gap: new Int32Array(m),
    ownMedian: new Float64Array(m),
    ownMad: new Float64Array(m),
    spendBefore: new Float64Array(m),
    spendAfter: new Float64Array(m),
    resolution: new Uint8Array(m),
  };
  const customers = index.customerIds.length;
  for (let c = 0; c < customers; c++) {
    const n = writePurchaseDays(index, c, set.end, sc.days, sc.spend);
    const lo = grouping.first[c] as number;
    const hi = grouping.first[c + 1] as number;
    if (hi > lo) {
      sc.cumulative[0] = 0;
      for (let j = 0; j < n; j++) {
        sc.cumulative[j + 1] = (sc.cumulative[j] as number) + (sc.spend[j] as number);
        if (j + 1 < n) sc.gaps[j] = (sc.days[j + 1] as number) - (sc.days[j] as number);
      }
      scanCustomerIncidents(sc, n, grouping.order, lo, hi, inc, strata, set, facts);
    }
    scanBaseline(sc, n, strata, set, histogram);
  }
  return facts;
}
