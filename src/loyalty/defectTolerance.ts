import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionColumns, TransactionIndex, TransactionInputRow } from '../time/types';
import { INCIDENT_KINDS, SEVERITIES, type IncidentColumns } from './internal/readIncidentRows';
import type { IncidentFacts } from './internal/scanIncidents';
import { groupEstimate, RESOLUTION_SLOT, type createStrata, type GroupEstimate } from './internal/toleranceStrata';
import { resolveToleranceOptions, scanTolerance, verdict, type ToleranceSettings as Settings } from './internal/scanTolerance';

/**
 * One incident row as the loyalty functions read it: the `Incident` record of `clientele/schemas` fits.
 * `kind` and `severity` are read case-insensitively (`'Stock out'` is `'stock-out'`).
 */
export interface IncidentInputRow {
  /** The customer affected: a non-blank string or a safe integer (`1` and `'1'` are one customer). */
  readonly customerId: string | number;
  /** Day the incident was opened: `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC. */
  readonly date: string | Date;
  /** `'complaint'`, `'quality'`, `'stock-out'`, `'delivery'`, `'service'`, `'billing'` or `'other'`. */
  readonly kind?: string | undefined;
  /** `'low'`, `'medium'`, `'high'` or `'critical'`. */
  readonly severity?: string | undefined;
  /** Day the incident was resolved (not before `date`); absent while open. */
  readonly resolvedDate?: string | Date | undefined;
  /** The customer's satisfaction with the resolution, on the caller's scale. */
  readonly resolutionSatisfaction?: number | undefined;
}

/** How an incident was resolved, as known at the period end. */
export type IncidentResolution = 'fast' | 'slow' | 'unresolved';

/** Verdict on one incident against the customer's usual rhythm. */
export type ToleranceStatus = 'tolerant' | 'intolerant' | 'not-yet-decidable' | 'no-baseline';

/** Options of {@link defectTolerance}. */
export interface DefectToleranceOptions {
  /** Incidents dated in `[from, to]` (inclusive) are analysed; `to` is the analysis end (later purchases are not seen). */
  readonly period: { readonly from: string | Date; readonly to: string | Date };
  /** `W`: the population compares repurchase within `W` days after an incident and after a baseline purchase; integer ≥ 1. */
  readonly windowDays: number;
  /** An incident resolved within this many days of its opening is `'fast'`, later `'slow'`; integer ≥ 0. */
  readonly fastResolutionDays: number;
  /** Tolerant when the next purchase comes within `k ×` the median inter-purchase time (default 2). */
  readonly k?: number;
  /** Length of the equal windows before and after an incident for the spend ratio, days (default `windowDays`). */
  readonly spendWindowDays?: number;
  /** Purchase days on or before the incident needed to use the customer's own inter-purchase times (default 3, at least 3). */
  readonly minPriorPurchases?: number;
  /** Purchase numbers are matched up to this value; higher ones share its stratum (default 5). */
  readonly purchaseNumberCap?: number;
  /** Confidence level of the ratio intervals (default 0.95). */
  readonly confidenceLevel?: number;
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** ISO 4217 currency of the transactions. */
  readonly currency?: string;
}

/** One incident of a customer, judged against the customer's (or the population's) inter-purchase times. */
export interface IncidentTolerance {
  /** Index of the incident in the input. */
  readonly index: number;
  /** Day of the incident, `'yyyy-mm-dd'`. */
  readonly date: string;
  /** Kind, `'unspecified'` when not given. */
  readonly kind: string;
  /** Severity, `'unspecified'` when not given. */
  readonly severity: string;
  /** Resolution class at the period end. */
  readonly resolution: IncidentResolution;
  /** Purchase days of the customer on or before the incident day. */
  readonly purchasesBefore: number;
  /** Whose inter-purchase times (IPT) set the yardstick: the customer's own, or the population's (too few own purchases). */
  readonly baseline: 'own' | 'population';
  /** Median IPT in days; `null` when the baseline has no IPT. */
  readonly medianIptDays: number | null;
  /** Median absolute deviation of the IPT in days (unscaled); `null` when the baseline has no IPT. */
  readonly madIptDays: number | null;
  /** `k ×` median IPT, days; `null` when the baseline has no IPT. */
  readonly thresholdDays: number | null;
  /** Days from the incident to the next purchase day; `null` when there is none by the period end. */
  readonly gapDays: number | null;
  /** Robust z `(gap − median)/(1.4826 · MAD)`; `null` with `zReason` when it does not exist. */
  readonly z: number | null;
  /** Why `z` is `null`, else `null`. */
  readonly zReason: string | null;
  /** The verdict. */
  readonly status: ToleranceStatus;
  /** Purchase spend in minor units on the `spendWindowDays` days up to and including the incident day. */
  readonly spendBeforeMinor: number;
  /** Purchase spend in minor units on the `spendWindowDays` days after it; `null` when they run past the period end. */
  readonly spendAfterMinor: number | null;
  /** `spendAfter / spendBefore`; `null` with `spendRatioReason` when it does not exist. */
  readonly spendRatio: number | null;
  /** Why `spendRatio` is `null`, else `null`. */
  readonly spendRatioReason: string | null;
}

/** One customer's incidents, in date order, and the count of each verdict. */
export interface CustomerDefectTolerance {
  /** The customer. */
  readonly customerId: string;
  /** The incidents, by date (then input index). */
  readonly incidents: IncidentTolerance[];
  /** Incidents followed by a purchase within the threshold. */
  readonly tolerant: number;
  /** Incidents whose threshold window passed without a purchase. */
  readonly intolerant: number;
  /** Incidents whose threshold window runs past the period end with no purchase yet (censored). */
  readonly notYetDecidable: number;
  /** Incidents with no inter-purchase time to compare with. */
  readonly noBaseline: number;
}

/**
 * Repurchase within `W` days after incidents against matched baseline purchases. Counts are incidents
 * (or purchases), rates are shares.
 */
export interface ToleranceEstimate {
  /** Decidable incidents (`date + W ≤ period.to`) in strata with baseline purchases. */
  readonly incidents: number;
  /** Of them, followed by a purchase within `W` days. */
  readonly repurchased: number;
  /** Decidable incidents left out: no baseline purchase in their stratum, or no purchase before them. */
  readonly unmatched: number;
  /** Incidents whose `W`-day window runs past the period end (not yet decidable). */
  readonly censored: number;
  /** `R_inc(W) = repurchased / incidents`. */
  readonly repurchaseRate: number | null;
  /** `R_base(W)`: the baseline rate of each stratum weighted by the incidents in it. */
  readonly baselineRate: number | null;
  /** Tolerance ratio `R_inc / R_base` (1 = fully tolerant). */
  readonly ratio: number | null;
  /** Delta-method interval of the ratio (on the log scale). */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** Why a `null` field is `null`, else `null`. */
  readonly reason: string | null;
}

/** The result of {@link defectTolerance}. */
export interface DefectToleranceResult {
  /** Customers with at least one accepted incident, sorted by `customerId`. */
  readonly customers: CustomerDefectTolerance[];
  /** The population view. */
  readonly population: {
    /** All incidents. */
    readonly overall: ToleranceEstimate;
    /** By severity (those present, ordered low → critical, then unspecified). */
    readonly bySeverity: ({ readonly severity: string } & ToleranceEstimate)[];
    /** By resolution class (those present: fast, slow, unresolved). */
    readonly byResolution: ({ readonly resolution: IncidentResolution } & ToleranceEstimate)[];
    /** Baseline purchases (no incident attached, `day + W ≤ period.to`) and how many were followed by a purchase within `W`. */
    readonly baseline: { readonly purchases: number; readonly repurchased: number; readonly rate: number | null };
    /** The population's inter-purchase times (the fallback baseline). */
    readonly interPurchase: { readonly count: number; readonly medianDays: number | null; readonly madDays: number | null };
  };
  /** Incident rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
  /** Transaction rows left out by `indexTransactions`. */
  readonly rejectedTransactions: readonly RejectedRecord[];
  /** The settings used. */
  readonly settings: {
    readonly period: { readonly from: string; readonly to: string };
    readonly windowDays: number;
    readonly spendWindowDays: number;
    readonly fastResolutionDays: number;
    readonly k: number;
    readonly minPriorPurchases: number;
    readonly purchaseNumberCap: number;
    readonly confidenceLevel: number;
    readonly matching: string;
    readonly robustZ: string;
  };
}

const RESOLUTIONS: readonly IncidentResolution[] = ['fast', 'slow', 'unresolved'];

/** Why the robust z of a gap does not exist, or `null`. @internal */
function zReason(gap: number, median: number, mad: number): string | null {
  if (Number.isNaN(median)) return 'no inter-purchase time to compare with';
  if (gap < 0) return 'no purchase after the incident by the period end (censored)';
  return mad === 0 ? 'the inter-purchase times have MAD 0' : null;
}

/** The public row of incident `k`: its yardstick (own or population IPT), verdict and spend ratio. @internal */
function incidentRow(k: number, inc: IncidentColumns, facts: IncidentFacts, set: Settings, population: { median: number; mad: number }): IncidentTolerance {
  const day = inc.day[k] as number;
  const own = !Number.isNaN(facts.ownMedian[k] as number);
  const median = own ? (facts.ownMedian[k] as number) : population.median;
  const mad = own ? (facts.ownMad[k] as number) : population.mad;
  const known = !Number.isNaN(median);
  const gap = facts.gap[k] as number;
  const threshold = set.k * median;
  const why = zReason(gap, median, mad);
  const before = facts.spendBefore[k] as number;
  const after = facts.spendAfter[k] as number;
  const afterKnown = !Number.isNaN(after);
  return {
    index: inc.inputIndex[k] as number,
    date: formatEpochDay(day),
    kind: INCIDENT_KINDS[inc.kind[k] as number] as string,
    severity: SEVERITIES[inc.severity[k] as number] as string,
    resolution: RESOLUTIONS[facts.resolution[k] as number] as IncidentResolution,
    purchasesBefore: facts.purchasesBefore[k] as number,
    baseline: own ? 'own' : 'population',
    medianIptDays: known ? median : null,
    madIptDays: known ? mad : null,
    thresholdDays: known ? threshold : null,
    gapDays: gap < 0 ? null : gap,
    z: why === null ? (gap - median) / (1.4826 * mad) : null,
    zReason: why,
    status: verdict(gap, threshold, day, set.end),
    spendBeforeMinor: before,
    spendAfterMinor: afterKnown ? after : null,
    spendRatio: afterKnown && before > 0 ? after / before : null,
    spendRatioReason: !afterKnown ? 'the after-window runs past the period end' : before > 0 ? null : 'no purchase spend in the before-window',
  };
}

/** Customer rows, sorted by id (the index's order). @internal */
function customerRows(
  index: TransactionIndex,
  grouping: { first: Int32Array; order: Int32Array },
  inc: IncidentColumns,
  facts: IncidentFacts,
  set: Settings,
  population: { median: number; mad: number },
): CustomerDefectTolerance[] {
  const rows: CustomerDefectTolerance[] = [];
  for (let c = 0; c < index.customerIds.length; c++) {
    const lo = grouping.first[c] as number;
    const hi = grouping.first[c + 1] as number;
    if (hi === lo) continue;
    const incidents: IncidentTolerance[] = [];
    const count = { tolerant: 0, intolerant: 0, 'not-yet-decidable': 0, 'no-baseline': 0 };
    for (let i = lo; i < hi; i++) {
      const row = incidentRow(grouping.order[i] as number, inc, facts, set, population);
      count[row.status]++;
      incidents.push(row);
    }
    rows.push({
      customerId: index.customerIds[c] as string,
      incidents,
      tolerant: count.tolerant,
      intolerant: count.intolerant,
      notYetDecidable: count['not-yet-decidable'],
      noBaseline: count['no-baseline'],
    });
  }
  return rows;
}

/** The population view from the strata. @internal */
function populationView(strata: ReturnType<typeof createStrata>, set: Settings, spread: { median: number; mad: number; count: number }) {
  const present = (e: GroupEstimate) => e.incidents + e.unmatched + e.censored > 0;
  const bySeverity = [1, 2, 3, 4, 0]
    .map((s) => ({ severity: SEVERITIES[s] as string, ...groupEstimate(strata, 1 + s, set.z) }))
    .filter(present);
  const byResolution = RESOLUTIONS.map((resolution, r) => ({ resolution, ...groupEstimate(strata, RESOLUTION_SLOT + r, set.z) })).filter(present);
  let purchases = 0;
  let repurchased = 0;
  for (let s = 0; s < strata.strata; s++) {
    purchases += strata.baseN[s] as number;
    repurchased += strata.baseY[s] as number;
  }
  return {
    overall: groupEstimate(strata, 0, set.z),
    bySeverity,
    byResolution,
    baseline: { purchases, repurchased, rate: purchases > 0 ? repurchased / purchases : null },
    interPurchase: {
      count: spread.count,
      medianDays: spread.count > 0 ? spread.median : null,
      madDays: spread.count > 0 ? spread.mad : null,
    },
  };
}

/**
 * Tolerance of quality incidents: does a customer buy again after a complaint or defect as they
 * usually would? Per customer against their own inter-purchase times, and for the population against
 * matched purchases without an incident, by severity and by resolution speed.
 *
 * @remarks
 * Purchases are the non-return rows up to `period.to`, merged by day. An incident is attached to the
 * customer's last purchase day on or before it (its purchase number `j`); the gap is the days from the
 * incident to the next purchase day.
 *
 * Per customer: with at least `minPriorPurchases` purchase days on or before the incident, the yardstick
 * is the customer's own inter-purchase times (IPT) up to it, else the population's IPT (all customers'
 * gaps up to `period.to`; `baseline` says which). Robust `z = (gap − median IPT)/(1.4826 · MAD IPT)`;
 * tolerant when `gap ≤ k · median IPT`; when no purchase has come yet, intolerant only if the whole
 * `k · median` window lies before `period.to`, otherwise not yet decidable (censored, never counted as
 * intolerant). Spend ratio: purchase spend on the `spendWindowDays` days after the incident over that on
 * the same number of days up to and including it.
 *
 * Population (the matched design): reference events are incidents and baseline purchases (purchase days
 * with no incident attached), each decidable only when `day + W ≤ period.to`. Strata are (purchase
 * number `1..cap`, `cap` meaning "cap or more") × calendar month of the reference day (the incident
 * day, or the purchase day). `R_inc(W)` is the share of incidents followed by a purchase within `W`
 * days; `R_base(W) = Σ_s n_s q_s / Σ_s n_s`, the baseline share `q_s` of each stratum weighted by the
 * incidents `n_s` in it (direct standardisation; incidents in strata with no baseline purchase are
 * reported as unmatched). Tolerance ratio `R_inc / R_base` (1 = fully tolerant), with the
 * delta-method interval `exp(ln ratio ± z·se)`,
 * `se² = (1 − R_inc)/(N R_inc) + Σ_s (n_s/N)² q_s (1 − q_s)/m_s / R_base²` (binomial counts, events
 * treated as independent: repeated events of one customer make it somewhat too narrow). The same by
 * severity and by resolution: fast (resolved within `fastResolutionDays`), slow, unresolved (no
 * resolution date on or before `period.to`).
 *
 * In the meta-analysis of de Matos, Henrique & Rossi (2007) a good recovery raised satisfaction but not
 * repurchase intention: read a ratio by resolution as a measurement, not as a recovery bonus.
 *
 * Incident rows that are not objects, name a customer absent from the transactions, have an invalid date
 * or one outside `period`, an unknown kind or severity, or a resolution before the opening are listed
 * in `rejected` and change nothing else. Cost: one pass over the index, O(rows + incidents · log rows).
 *
 * @param transactions - Transaction rows, columns or a `TransactionIndex` (see `indexTransactions`).
 * @param incidents - Incident rows ({@link IncidentInputRow}; the `Incident` records of `clientele/schemas` fit).
 * @param options - `period`, `windowDays`, `fastResolutionDays`, and the optional settings.
 * @returns A {@link DefectToleranceResult}.
 * @throws `INVALID_ARGUMENT` for a missing or invalid option (named in the message), or when
 *   `incidents` is not an array.
 * @example
 * ```ts
 * const t = ['2024-01-01', '2024-01-11', '2024-01-21', '2024-02-05'].map((date) => ({ customerId: 'a', date, amount: 10 }));
 * const r = defectTolerance(t, [{ customerId: 'a', date: '2024-01-21', severity: 'high' }], {
 *   period: { from: '2024-01-01', to: '2024-03-31' }, windowDays: 30, fastResolutionDays: 2,
 * });
 * const i = r.customers[0]!.incidents[0]!;
 * [i.gapDays, i.medianIptDays, i.status]; // [15, 10, 'tolerant']
 * ```
 * @see de Matos, C. A., Henrique, J. L. & Rossi, C. A. V. (2007). Service recovery paradox: a
 * meta-analysis. Journal of Service Research, 10(1), 60–77. https://doi.org/10.1177/1094670507303012
 */
export function defectTolerance(
  transactions: readonly TransactionInputRow[] | TransactionColumns | TransactionIndex,
  incidents: readonly IncidentInputRow[],
  options: DefectToleranceOptions,
): DefectToleranceResult {
  const fn = 'defectTolerance';
  const set = resolveToleranceOptions(fn, options);
  if (!Array.isArray(incidents)) throw new InvalidArgumentError(fn, 'incidents', 'must be an array of incident rows', incidents);
  const money = { ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }), ...(options.currency === undefined ? {} : { currency: options.currency }) };
  const index = indexTransactionsAs(fn, transactions, money);
  const { inc, grouping, strata, facts, spread } = scanTolerance(index, incidents, set);
  const { end: _end, from: _from, z: _z, ...settings } = set;
  return {
    customers: customerRows(index, grouping, inc, facts, set, spread),
    population: populationView(strata, set, spread),
    rejected: inc.rejected,
    rejectedTransactions: index.rejected,
    settings,
  };
}
