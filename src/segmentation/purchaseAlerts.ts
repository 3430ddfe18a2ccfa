import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { median } from '../core/stats/median';
import { POW10 } from '../money/parseMinorUnits';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import {
  ownMedianIpt,
  purchaseHistory,
  type AlertContext,
  type AlertSink,
  type EvidenceValue,
  type PurchaseHistory,
} from './internal/alerts/alertContext';
import { readIncidents, readPAlive, readSnapshot, type ReadIncident, type SourcedRejection } from './internal/alerts/readSideInputs';
import { ALERT_RULES, DEFAULT_BAD_SEGMENTS, resolveAlertOptions, type AlertThresholds } from './internal/alerts/resolveAlertOptions';
import { ruleFrequencyDrop } from './internal/alerts/ruleFrequencyDrop';
import { ruleIncidents } from './internal/alerts/ruleIncidents';
import { ruleNewCategory } from './internal/alerts/ruleNewCategory';
import { ruleOverdue } from './internal/alerts/ruleOverdue';
import { rulePAlive } from './internal/alerts/rulePAlive';
import { ruleSegmentDowngrade } from './internal/alerts/ruleSegmentDowngrade';
import { ruleSpend } from './internal/alerts/ruleSpend';
import { readOptionsObject } from './internal/readOptionsObject';

/**
 * A rule of {@link purchaseAlerts}, in the order alerts of one customer are listed: `'overdue'`,
 * `'spend-drop'`, `'frequency-drop'`, `'segment-downgrade'`, `'low-p-alive'`, `'incident-no-follow-up'`,
 * `'spend-spike'`, `'new-category'`.
 */
export type PurchaseAlertRule =
  | 'overdue'
  | 'spend-drop'
  | 'frequency-drop'
  | 'segment-downgrade'
  | 'low-p-alive'
  | 'incident-no-follow-up'
  | 'spend-spike'
  | 'new-category';

/** How urgent an alert is. */
export type AlertSeverity = 'low' | 'medium' | 'high';

/** A customer's segment in one snapshot (RFM segment, pyramid tier, ABC class, loyalty stage...). */
export interface SegmentSnapshotRow {
  /** The customer. */
  readonly customerId: string | number;
  /** The segment label (a string, or a number such as a tier). */
  readonly segment: string | number;
}

/** A model's probability that a customer is still active (e.g. BG/NBD `probabilityAlive`). */
export interface PAliveRow {
  /** The customer. */
  readonly customerId: string | number;
  /** P(alive), from 0 to 1. */
  readonly pAlive: number;
}

/** A quality incident or complaint of a customer (the `Incident` record of `clientele/schemas` fits). */
export interface IncidentRow {
  /** The customer affected. */
  readonly customerId: string | number;
  /** Day the incident was opened: `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC. */
  readonly date: string | Date;
  /** Ticket identifier, echoed in the evidence. */
  readonly incidentId?: string | number | undefined;
}

/** Options of {@link purchaseAlerts}. Every threshold has a stated default. */
export interface PurchaseAlertsOptions {
  /** The analysis date (required): purchases after it are ignored; windows end on it (inclusive). */
  readonly asOf: string | Date;
  /** The rules to run (default all eight). */
  readonly rules?: readonly PurchaseAlertRule[];
  /** Overdue when days since the last purchase exceed this multiple of the median IPT (default 2). */
  readonly overdueMultiple?: number;
  /** Purchase days needed to use a customer's own median IPT, else the population's (default 3, ≥ 2). */
  readonly minPurchasesForOwnIpt?: number;
  /** Length W of the recent window and of each trailing window, days (default 90). */
  readonly windowDays?: number;
  /** Trailing windows before the recent one for the spend rules (default 4). */
  readonly trailingWindows?: number;
  /** Trailing windows (ending on or after the first purchase) the spend rules need (default 2). */
  readonly minTrailingWindows?: number;
  /** Spend drop when recent spend / trailing mean is below this (default 0.5). */
  readonly spendDropRatio?: number;
  /** Spend drop when the robust z of the recent spend is below this (default −2). */
  readonly spendDropZ?: number;
  /** Spend spike when the robust z of the recent spend is above this (default 3). */
  readonly spendSpikeZ?: number;
  /** Frequency drop when the Poisson lower tail is below this (default 0.05). */
  readonly frequencyPValue?: number;
  /** Purchase days before the recent window the frequency rule needs (default 3). */
  readonly minHistoryPurchases?: number;
  /**
   * Two segment snapshots for the downgrade rule. `bad` (default At Risk, Can't Lose Them, Can't Lose,
   * Hibernating, Lost) and `order` (tiers best first, optional) compare case-insensitively.
   */
  readonly segments?: {
    readonly before: readonly SegmentSnapshotRow[];
    readonly after: readonly SegmentSnapshotRow[];
    readonly bad?: readonly string[];
    readonly order?: readonly string[];
  };
  /** P(alive) per customer for the model-based rule. */
  readonly pAlive?: readonly PAliveRow[];
  /** Alert when P(alive) is below this (default 0.3). */
  readonly pAliveThreshold?: number;
  /** Incidents for the follow-up rule. */
  readonly incidents?: readonly IncidentRow[];
  /** An incident needs a purchase within this multiple of the median IPT (default 2). */
  readonly incidentMultiple?: number;
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** Currency of the transactions; rows naming another are rejected. */
  readonly currency?: string;
}

/** One alert: the rule that fired, how urgent, whether a risk or an opportunity, and the values it used. */
export interface PurchaseAlert {
  /** The customer. */
  readonly customerId: string;
  /** The rule that fired. */
  readonly rule: PurchaseAlertRule;
  /** Urgency, by the rule's stated cut-points. */
  readonly severity: AlertSeverity;
  /** `'risk'` for rules 1–6, `'opportunity'` for the spend spike and a new category. */
  readonly direction: 'risk' | 'opportunity';
  /** The values the rule compared (money in major units, durations in days). */
  readonly evidence: Readonly<Record<string, number | string | boolean | null | readonly string[]>>;
}

/** A rule that could not be judged for a customer, with the reason. */
export interface AlertNotEvaluated {
  /** The customer. */
  readonly customerId: string;
  /** The rule. */
  readonly rule: PurchaseAlertRule;
  /** Why (too little history, no snapshot row, undecidable yet...). */
  readonly reason: string;
}

/** Alerts by severity. */
export interface AlertSeverityCounts {
  /** Low-severity alerts. */
  readonly low: number;
  /** Medium-severity alerts. */
  readonly medium: number;
  /** High-severity alerts. */
  readonly high: number;
  /** All alerts. */
  readonly total: number;
}

/** A record left out, with the input it comes from. */
export interface AlertRejectedRecord extends RejectedRecord {
  /** `'transactions'`, `'segments.before'`, `'segments.after'`, `'pAlive'` or `'incidents'`. */
  readonly source: 'transactions' | 'segments.before' | 'segments.after' | 'pAlive' | 'incidents';
}

/** The thresholds and conventions {@link purchaseAlerts} used, defaults filled in. */
export interface PurchaseAlertsSettings {
  /** The analysis date, `'yyyy-mm-dd'`. */
  readonly asOf: string;
  /** The recent window, `'yyyy-mm-dd'`, both inclusive. */
  readonly recentWindow: { readonly from: string; readonly to: string };
  /** The rules asked for. */
  readonly rules: readonly PurchaseAlertRule[];
  /** Overdue multiple k of the median IPT. */
  readonly overdueMultiple: number;
  /** Purchase days needed for an own IPT. */
  readonly minPurchasesForOwnIpt: number;
  /** Window length W, days. */
  readonly windowDays: number;
  /** Trailing windows examined by the spend rules. */
  readonly trailingWindows: number;
  /** Trailing windows the spend rules need. */
  readonly minTrailingWindows: number;
  /** Spend-drop ratio threshold. */
  readonly spendDropRatio: number;
  /** Spend-drop robust z threshold. */
  readonly spendDropZ: number;
  /** Spend-spike robust z threshold. */
  readonly spendSpikeZ: number;
  /** Frequency-drop p-value threshold. */
  readonly frequencyPValue: number;
  /** Purchase days before the recent window the frequency rule needs. */
  readonly minHistoryPurchases: number;
  /** P(alive) threshold. */
  readonly pAliveThreshold: number;
  /** Incident follow-up multiple k of the median IPT. */
  readonly incidentMultiple: number;
  /** The "bad" segments of the downgrade rule. */
  readonly badSegments: readonly string[];
  /** The tier order of the downgrade rule (best first), or `null`. */
  readonly segmentOrder: readonly string[] | null;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** The conventions, in words. */
  readonly conventions: {
    readonly purchases: string;
    readonly interPurchaseTime: string;
    readonly robustZ: string;
    readonly poisson: string;
  };
}

/** The result of {@link purchaseAlerts}. */
export interface PurchaseAlertsResult {
  /** Alerts sorted by customer id, then rule (in the order of {@link PurchaseAlertRule}), then incident date. */
  readonly alerts: PurchaseAlert[];
  /** Alerts per rule and severity. */
  readonly counts: Readonly<Record<PurchaseAlertRule, AlertSeverityCounts>>;
  /** Alerts per severity over all rules. */
  readonly totals: AlertSeverityCounts;
  /** Customers with at least one alert, sorted. */
  readonly customersWithAlerts: string[];
  /** Rules that could not be judged for a customer, sorted by customer id then rule. */
  readonly notEvaluated: AlertNotEvaluated[];
  /** Rules asked for that could not run at all (missing input), with the reason. */
  readonly rulesSkipped: { readonly rule: PurchaseAlertRule; readonly reason: string }[];
  /** Customers examined: with a purchase on or before `asOf`, or named by a snapshot, P(alive) row or incident. */
  readonly customers: number;
  /** Median over customers with enough purchases of their own median inter-purchase time, days; `null` when none. */
  readonly populationMedianIpt: number | null;
  /** Records after `asOf`, not used. */
  readonly afterAsOf: { readonly transactions: number; readonly incidents: number };
  /** Bad records, by source then index, each with its reason. */
  readonly rejected: AlertRejectedRecord[];
  /** The settings used. */
  readonly settings: PurchaseAlertsSettings;
}

/** The optional inputs read into the context (snapshots, P(alive), incidents), rejections collected. @internal */
function readSideInputs(fn: string, o: Partial<PurchaseAlertsOptions>, t: AlertThresholds, rejected: SourcedRejection[]) {
  let before: Map<string, string> | null = null;
  let after: Map<string, string> | null = null;
  let bad: readonly string[] = DEFAULT_BAD_SEGMENTS;
  let order: readonly string[] | null = null;
  if (o.segments !== undefined) {
    const s = o.segments as unknown;
    if (typeof s !== 'object' || s === null) throw new InvalidArgumentError(fn, 'options.segments', 'must be an object { before, after, bad?, order? }', s);
    before = readSnapshot(fn, 'options.segments.before', o.segments.before, 'segments.before', rejected);
    after = readSnapshot(fn, 'options.segments.after', o.segments.after, 'segments.after', rejected);
    bad = readLabels(fn, 'options.segments.bad', o.segments.bad) ?? bad;
    order = readLabels(fn, 'options.segments.order', o.segments.order);
  }
  const pAlive = o.pAlive === undefined ? null : readPAlive(fn, o.pAlive, rejected);
  let incidents: Map<string, ReadIncident[]> | null = null;
  let incidentsAfter = 0;
  if (o.incidents !== undefined) {
    incidents = new Map();
    for (const incident of readIncidents(fn, o.incidents, rejected)) {
      if (incident.day > t.asOf) incidentsAfter++;
      else incidents.set(incident.customerId, [...(incidents.get(incident.customerId) ?? []), incident]);
    }
  }
  return { before, after, bad, order, pAlive, incidents, incidentsAfter };
}

/** A list of labels (non-blank strings), or `undefined`. @internal */
function readLabels(fn: string, argument: string, labels: unknown): readonly string[] | null {
  if (labels === undefined) return null;
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || l.trim() === '')) {
    throw new InvalidArgumentError(fn, argument, 'must be an array of non-blank strings', labels);
  }
  return labels.map((l: string) => l.trim());
}

/** Median over customers with enough purchases of their own median IPT. @internal */
function populationIpt(histories: readonly PurchaseHistory[], minPurchases: number): number | null {
  const own = histories.filter((h) => h.days.length >= minPurchases).map((h) => ownMedianIpt(h.days));
  return own.length === 0 ? null : median(own);
}

/** Why a rule cannot run at all, or `null` when it can. @internal */
function ruleUnavailable(rule: PurchaseAlertRule, ctx: AlertContext): string | null {
  if (rule === 'segment-downgrade' && ctx.before === null) return 'no segment snapshots given (options.segments)';
  if (rule === 'low-p-alive' && ctx.pAlive === null) return 'no P(alive) rows given (options.pAlive)';
  if (rule === 'incident-no-follow-up' && ctx.incidents === null) return 'no incidents given (options.incidents)';
  if (rule === 'new-category' && ctx.index.product === null) return 'the transactions have no product column';
  return null;
}

/** Runs the active rules on one customer. @internal */
function evaluateCustomer(h: PurchaseHistory, id: string, active: ReadonlySet<PurchaseAlertRule>, ctx: AlertContext, sink: AlertSink): void {
  if (active.has('overdue')) ruleOverdue(h, ctx, sink);
  if (active.has('spend-drop') || active.has('spend-spike')) ruleSpend(h, ctx, sink, active.has('spend-drop'), active.has('spend-spike'));
  if (active.has('frequency-drop')) ruleFrequencyDrop(h, ctx, sink);
  if (active.has('segment-downgrade')) ruleSegmentDowngrade(id, ctx, sink);
  if (active.has('low-p-alive')) rulePAlive(id, ctx, sink);
  if (active.has('incident-no-follow-up')) ruleIncidents(id, h, ctx, sink);
  if (active.has('new-category')) {
    if (h.position < 0) sink.skip('new-category', 'no purchase on or before asOf');
    else ruleNewCategory(h, ctx, sink);
  }
}

/** The population: index customers with a purchase by `asOf`, plus customers named by the side inputs. @internal */
function population(ctx: AlertContext, histories: PurchaseHistory[]): { id: string; h: PurchaseHistory }[] {
  const all = new Map(histories.map((h) => [h.id, h]));
  const byId = new Map<string, PurchaseHistory>();
  for (const h of histories) if (h.days.length > 0) byId.set(h.id, h);
  const extra = [ctx.before?.keys(), ctx.after?.keys(), ctx.pAlive?.keys(), ctx.incidents?.keys()];
  for (const keys of extra) {
    for (const id of keys ?? []) if (!byId.has(id)) byId.set(id, all.get(id) ?? { id, position: -1, days: [], spend: [] });
  }
  return [...byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((id) => ({ id, h: byId.get(id) as PurchaseHistory }));
}

/** Sorts alerts and notes and tallies the counts. @internal */
function finish(alerts: (PurchaseAlert & { tie: string })[], notes: AlertNotEvaluated[]) {
  const rank = (r: PurchaseAlertRule) => ALERT_RULES.indexOf(r);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  alerts.sort((a, b) => cmp(a.customerId, b.customerId) || rank(a.rule) - rank(b.rule) || cmp(a.tie, b.tie));
  notes.sort((a, b) => cmp(a.customerId, b.customerId) || rank(a.rule) - rank(b.rule) || cmp(a.reason, b.reason));
  const zero = () => ({ low: 0, medium: 0, high: 0, total: 0 });
  const counts = Object.fromEntries(ALERT_RULES.map((r) => [r, zero()])) as Record<PurchaseAlertRule, { low: number; medium: number; high: number; total: number }>;
  const totals = zero();
  for (const a of alerts) {
    counts[a.rule][a.severity]++;
    counts[a.rule].total++;
    totals[a.severity]++;
    totals.total++;
  }
  const customersWithAlerts = [...new Set(alerts.map((a) => a.customerId))];
  return { alerts: alerts.map(({ tie: _tie, ...a }) => a), counts, totals, customersWithAlerts, notEvaluated: notes };
}

/**
 * Abnormal purchase behaviour at an explicit date: deterministic rules (overdue, spend drop, frequency
 * drop, segment downgrade, low P(alive), incident without follow-up, spend spike, new category), each
 * alert with its rule, evidence and severity.
 *
 * @remarks
 * Purchases are the non-return rows on or before `asOf`, same-day rows merged into one purchase day (its
 * spend their sum). IPT is the median gap between a customer's purchase days, with at least
 * `minPurchasesForOwnIpt` (3) purchase days; otherwise the population's: the median of the own IPTs of the
 * customers that have one. Windows have `W = windowDays` days: the recent window is `(asOf − W, asOf]`,
 * trailing window `j` is `(asOf − (j+1)W, asOf − jW]`. Rules (all thresholds are options, defaults here):
 * 1. **overdue**: `asOf − last purchase > k · IPT` (k = 2). Severity by `ratio = days / IPT`: high > 2k,
 *    medium > 1.5k, else low.
 * 2. **spend-drop**: recent spend against the trailing windows that end on or after the first purchase (up
 *    to 4, at least 2): `recent / mean < 0.5` or robust `z = (x − median) / (1.4826 · MAD) < −2` (when the
 *    MAD is 0, the scale is `√(π/2) ·` the mean absolute deviation from the median; when that is 0 too, z is
 *    `null`). High when the ratio is below half its threshold, medium below it, low when only z fires.
 * 3. **frequency-drop**: `p = P(N ≤ n | Poisson(λ̂W)) = Q(n + 1, λ̂W) < 0.05`, `n` purchase days in the
 *    recent window, `λ̂` = purchase days before it (first included) over the days from the first purchase
 *    to the window (at least W days and 3 purchases). `Q` is the regularized upper incomplete gamma
 *    function, stable for large `λ̂W`. High p < 0.001, medium p < 0.01, else low.
 * 4. **segment-downgrade**: moved from outside the bad set into it (high), or down `order` (one tier
 *    medium, more high).
 * 5. **low-p-alive**: `P(alive) < 0.3` (e.g. BG/NBD, Fader, Hardie & Lee 2005, eq. 11). High below a third
 *    of the threshold, medium below two thirds, else low.
 * 6. **incident-no-follow-up**: no purchase in `(d, d + A]`, `A = k · IPT` (k = 2), once `asOf − d ≥ A`;
 *    earlier it is undecidable (noted, no alert). High when `asOf − d > 2A`, else medium.
 * 7. **spend-spike** (robust z > 3) and **new-category** (a product first bought in the recent window by a
 *    customer who bought before it): opportunities, severity low.
 *
 * Every comparison is strict, so a value exactly at its threshold does not alert. A rule that cannot be
 * judged for a customer (too little history, no snapshot row, undecidable yet) is listed in
 * `notEvaluated`; a rule whose input is missing is listed in `rulesSkipped`. Bad rows of any input are
 * listed in `rejected` and change no other customer's result; the result does not depend on row order.
 *
 * Cost: O(n + c log c + m) for n rows, c customers and m side rows.
 *
 * @param transactions - Transaction rows ({@link TransactionInputRow}; `product` for the new-category
 *   rule) or a {@link TransactionIndex}.
 * @param options - `asOf` (required) and the thresholds and side inputs of {@link PurchaseAlertsOptions}.
 * @returns The sorted alerts, counts per rule and severity, the customers with alerts, what could not be
 *   evaluated and why, rejected records and the settings.
 * @throws `INVALID_ARGUMENT` when `options` or `asOf` is missing or invalid, a threshold is out of its
 *   range or of the wrong type, `rules` names an unknown rule, a side input is not an array, `bad` /
 *   `order` are not arrays of non-blank strings, `minorDigits` disagrees with an index passed in, or the
 *   rows name two currencies without `currency`.
 * @example
 * ```ts
 * const monthly = ['2024-01-01', '2024-01-31', '2024-03-01', '2024-03-31'];
 * const r = purchaseAlerts(
 *   monthly.map((date) => ({ customerId: 'a', date, amount: 50 })),
 *   { asOf: '2024-06-30', rules: ['overdue'] },
 * );
 * r.alerts[0]?.rule; // 'overdue'
 * r.alerts[0]?.evidence.daysSinceLastPurchase; // 91  (> 2 × 30, the median gap)
 * r.alerts[0]?.severity; // 'medium'  (91 / 30 ≈ 3.03 exceeds 1.5 k = 3, not 2 k = 4)
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 * @see Rousseeuw, P. J. & Croux, C. (1993). Alternatives to the median absolute deviation. Journal of the
 * American Statistical Association 88(424), 1273–1283. doi:10.1080/01621459.1993.10476408
 * @see Iglewicz, B. & Hoaglin, D. C. (1993). How to Detect and Handle Outliers. ASQC Quality Press.
 */
export function purchaseAlerts(
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  options: PurchaseAlertsOptions,
): PurchaseAlertsResult {
  const fn = 'purchaseAlerts';
  const o = readOptionsObject(fn, options, true);
  const t = resolveAlertOptions(fn, o as Readonly<Record<string, unknown>>);
  const index = indexTransactionsAs(fn, transactions, {
    ...(o.minorDigits === undefined ? {} : { minorDigits: o.minorDigits }),
    ...(o.currency === undefined ? {} : { currency: o.currency }),
  });
  if (o.minorDigits !== undefined && o.minorDigits !== index.minorDigits) {
    throw new InvalidArgumentError(fn, 'options.minorDigits', `must agree with the transaction index (${index.minorDigits})`, o.minorDigits);
  }
  const rejected: SourcedRejection[] = index.rejected.map((r) => ({ source: 'transactions' as const, ...r }));
  const side = readSideInputs(fn, o, t, rejected);
  const ctx: AlertContext = {
    index, t, populationIpt: null, scale: POW10[index.minorDigits] as number,
    before: side.before, after: side.after, bad: new Set(side.bad.map((b) => b.toLowerCase())),
    order: side.order === null ? null : new Map(side.order.map((l, k) => [l.toLowerCase(), k])),
    pAlive: side.pAlive, incidents: side.incidents,
  };
  const histories = index.customerIds.map((_, c) => purchaseHistory(index, c, t.asOf));
  const full: AlertContext = { ...ctx, populationIpt: populationIpt(histories, t.minPurchasesForOwnIpt) };
  const rulesSkipped = t.rules.flatMap((rule) => {
    const reason = ruleUnavailable(rule, full);
    return reason === null ? [] : [{ rule, reason }];
  });
  const active = new Set(t.rules.filter((r) => ruleUnavailable(r, full) === null));
  const alerts: (PurchaseAlert & { tie: string })[] = [];
  const notes: AlertNotEvaluated[] = [];
  const people = population(full, histories);
  for (const { id, h } of people) {
    const sink: AlertSink = {
      alert: (rule, severity, evidence: Readonly<Record<string, EvidenceValue>>, tie = '') =>
        void alerts.push({ customerId: id, rule, severity, direction: rule === 'spend-spike' || rule === 'new-category' ? 'opportunity' : 'risk', evidence, tie }),
      skip: (rule, reason) => void notes.push({ customerId: id, rule, reason }),
    };
    evaluateCustomer(h, id, active, full, sink);
  }
  let afterAsOf = 0;
  for (let j = 0; j < index.epochDay.length; j++) if ((index.epochDay[j] as number) > t.asOf) afterAsOf++;
  rejected.sort((a, b) => (a.source === b.source ? a.index - b.index : SOURCES.indexOf(a.source) - SOURCES.indexOf(b.source)));
  return {
    ...finish(alerts, notes),
    rulesSkipped,
    customers: people.length,
    populationMedianIpt: full.populationIpt,
    afterAsOf: { transactions: afterAsOf, incidents: side.incidentsAfter },
    rejected,
    settings: settingsOf(t, side.bad, side.order, index.minorDigits),
  };
}

const SOURCES = ['transactions', 'segments.before', 'segments.after', 'pAlive', 'incidents'] as const;

/** The settings echoed in the result. @internal */
function settingsOf(t: AlertThresholds, bad: readonly string[], order: readonly string[] | null, minorDigits: number): PurchaseAlertsSettings {
  const { asOf, rules, ...thresholds } = t;
  return {
    asOf: formatEpochDay(asOf),
    recentWindow: { from: formatEpochDay(asOf - t.windowDays + 1), to: formatEpochDay(asOf) },
    rules,
    ...thresholds,
    badSegments: [...bad],
    segmentOrder: order === null ? null : [...order],
    minorDigits,
    conventions: {
      purchases: 'non-return rows on or before asOf; rows of one day merge into one purchase day',
      interPurchaseTime: 'median gap between purchase days; the population median of own IPTs below minPurchasesForOwnIpt purchase days',
      robustZ: '(x − median) / (1.4826 · MAD); when MAD = 0, (x − median) / (1.2533 · mean absolute deviation from the median)',
      poisson: 'P(N ≤ n | Poisson(λ̂W)) = Q(n + 1, λ̂W), λ̂ = purchase days before the recent window / days from the first purchase to it',
    },
  };
}
