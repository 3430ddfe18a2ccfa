import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { neumaierSum } from '../core/stats/neumaierSum';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionColumns, TransactionIndex, TransactionInputRow } from '../time/types';
import type { IncidentInputRow } from './defectTolerance';
import { customerLookup } from './internal/customerLookup';
import { INCIDENT_KINDS, readIncidentRows, SEVERITIES, type IncidentColumns } from './internal/readIncidentRows';
import { assertOptionsObject, readPeriod } from './internal/readOptionsObject';

/** Options of {@link complaintMetrics}. */
export interface ComplaintMetricsOptions {
  /** Orders and incidents dated in `[from, to]` (inclusive) are counted; resolutions after `to` are not yet known. */
  readonly period: { readonly from: string | Date; readonly to: string | Date };
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** ISO 4217 currency of the transactions. */
  readonly currency?: string;
}

/** The complaint figures of one group of incidents. */
export interface ComplaintFigures {
  /** Incidents in the period. */
  readonly incidents: number;
  /** `1000 · incidents / orders`; `null` when there is no order in the period. */
  readonly per1000Orders: number | null;
  /** Distinct customers with an incident of the group. */
  readonly customersComplaining: number;
  /** `customersComplaining / customers`; `null` when there is no customer. */
  readonly customerShare: number | null;
  /** Incidents resolved on or before `period.to`. */
  readonly resolved: number;
  /** `resolved / incidents`; `null` without incidents. */
  readonly resolutionRate: number | null;
  /** Median days from opening to resolution of the resolved incidents; `null` when none is resolved. */
  readonly medianDaysToResolve: number | null;
  /** Satisfaction with the resolution: resolved incidents with a rating, and their mean (`null` when none). */
  readonly satisfaction: { readonly answers: number; readonly mean: number | null };
}

/** The result of {@link complaintMetrics}. */
export interface ComplaintMetricsResult {
  /** Orders in the period (see `settings.orderUnit`). */
  readonly orders: number;
  /** Customers with an order or an incident in the period: the base of `customerShare`. */
  readonly customers: number;
  /** All incidents. */
  readonly overall: ComplaintFigures;
  /** By kind (those present, in the order of `clientele/schemas`, `'unspecified'` last). */
  readonly byKind: ({ readonly kind: string } & ComplaintFigures)[];
  /** By severity (those present, low → critical, `'unspecified'` last). */
  readonly bySeverity: ({ readonly severity: string } & ComplaintFigures)[];
  /** Incident rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
  /** Transaction rows left out by `indexTransactions`. */
  readonly rejectedTransactions: readonly RejectedRecord[];
  /** The settings used. */
  readonly settings: {
    readonly period: { readonly from: string; readonly to: string };
    readonly orderUnit: 'orderId' | 'purchase day';
    readonly customerBase: string;
  };
}

/** Slots: 0 all, 1–8 kind (code + 1), 9–13 severity (code + 9). @internal */
const SLOTS = 14;

/** Orders in `[from, to]` and which customers ordered. @internal */
function countOrders(index: TransactionIndex, from: number, to: number, active: Uint8Array): number {
  const { start, epochDay, returned, orderId } = index;
  let orders = 0;
  for (let c = 0; c < index.customerIds.length; c++) {
    const ids = orderId === null ? null : new Set<string>();
    let lastDay = Number.NaN;
    let mine = 0;
    for (let j = start[c] as number; j < (start[c + 1] as number); j++) {
      const d = epochDay[j] as number;
      if (returned[j] === 1 || d < from || d > to) continue;
      const id = orderId === null ? null : orderId[j];
      if (ids !== null && id !== null && id !== undefined) ids.add(`o${id}`);
      else if (ids !== null) ids.add(`d${d}`);
      else if (d !== lastDay) {
        mine++;
        lastDay = d;
      }
    }
    if (ids !== null) mine = ids.size;
    if (mine > 0) active[c] = 1;
    orders += mine;
  }
  return orders;
}

/** Tallies of each slot. @internal */
interface Tally {
  readonly incidents: Float64Array;
  readonly resolved: Float64Array;
  readonly durations: number[][];
  readonly ratings: number[][];
  readonly complaining: Float64Array;
}

/** Counts incidents into the slots, and marks each customer's slots. @internal */
function tally(inc: IncidentColumns, customers: number, active: Uint8Array): Tally {
  const t: Tally = {
    incidents: new Float64Array(SLOTS),
    resolved: new Float64Array(SLOTS),
    durations: Array.from({ length: SLOTS }, () => []),
    ratings: Array.from({ length: SLOTS }, () => []),
    complaining: new Float64Array(SLOTS),
  };
  const mask = new Uint32Array(customers);
  for (let k = 0; k < inc.count; k++) {
    const c = inc.customer[k] as number;
    const after = inc.resolvedAfter[k] as number;
    const rating = inc.satisfaction[k] as number;
    for (let q = 0; q < 3; q++) {
      const s = q === 0 ? 0 : q === 1 ? 1 + (inc.kind[k] as number) : 9 + (inc.severity[k] as number);
      t.incidents[s] = (t.incidents[s] as number) + 1;
      mask[c] = (mask[c] as number) | (1 << s);
      if (after < 0) continue;
      t.resolved[s] = (t.resolved[s] as number) + 1;
      (t.durations[s] as number[]).push(after);
      if (!Number.isNaN(rating)) (t.ratings[s] as number[]).push(rating);
    }
  }
  for (let c = 0; c < customers; c++) {
    const m = mask[c] as number;
    if (m === 0) continue;
    active[c] = 1;
    for (let s = 0; s < SLOTS; s++) if ((m >>> s) & 1) t.complaining[s] = (t.complaining[s] as number) + 1;
  }
  return t;
}

/** The `r`-th smallest (from 0) of whole numbers in `[0, counts.length)` given their counts. @internal */
function rankedValue(counts: Int32Array, r: number): number {
  let seen = 0;
  for (let v = 0; v < counts.length; v++) {
    seen += counts[v] as number;
    if (seen > r) return v;
  }
  return counts.length - 1;
}

/**
 * Median of whole numbers ≥ 0 (mean of the two middle ones when their count is even), by counting: the
 * days to resolve are bounded by the period. @internal
 */
function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  let max = 0;
  for (const v of values) if (v > max) max = v;
  const counts = new Int32Array(max + 1);
  for (const v of values) counts[v] = (counts[v] as number) + 1;
  const h = values.length >> 1;
  return values.length % 2 === 1 ? rankedValue(counts, h) : (rankedValue(counts, h - 1) + rankedValue(counts, h)) / 2;
}

/** The figures of slot `s`. @internal */
function figures(t: Tally, s: number, orders: number, customers: number): ComplaintFigures {
  const incidents = t.incidents[s] as number;
  const resolved = t.resolved[s] as number;
  const ratings = t.ratings[s] as number[];
  return {
    incidents,
    per1000Orders: orders > 0 ? (1000 * incidents) / orders : null,
    customersComplaining: t.complaining[s] as number,
    customerShare: customers > 0 ? (t.complaining[s] as number) / customers : null,
    resolved,
    resolutionRate: incidents > 0 ? resolved / incidents : null,
    medianDaysToResolve: medianOf(t.durations[s] as number[]),
    satisfaction: { answers: ratings.length, mean: ratings.length > 0 ? neumaierSum(ratings) / ratings.length : null },
  };
}

/**
 * Complaint metrics of a period: complaint rate per 1,000 orders, share of customers complaining,
 * resolution rate, median time to resolve and mean satisfaction with the resolution, overall, by kind
 * and by severity.
 *
 * @remarks
 * Orders: distinct `orderId`s of the non-return rows dated in the period (rows without one count one
 * order per customer and day); when the log has no order ids, purchase days (customer × day).
 * Incidents: those opened in the period. `per1000Orders = 1000 · incidents / orders` (every group over
 * all orders). `customerShare = customers with an incident / customers with an order or an incident in
 * the period`. An incident is resolved when its `resolvedDate` is on or before `period.to`;
 * `resolutionRate = resolved / incidents`; `medianDaysToResolve` is the median of `resolvedDate − date`
 * over the resolved ones (the mean of the two middle values for an even count); the mean satisfaction is
 * over resolved incidents with a `resolutionSatisfaction` (Neumaier sum), on the caller's scale.
 * First-contact resolution needs contact records per incident and is not computed.
 *
 * In the meta-analysis of de Matos, Henrique & Rossi (2007), a good recovery raises satisfaction with the
 * firm, but not repurchase intention: pair these figures with `defectTolerance`, which measures repurchase.
 *
 * Incident rows that are not objects, name a customer absent from the transactions, have an invalid
 * date or one outside the period, an unknown kind or severity, or a resolution before the opening, are
 * listed in `rejected`. Cost: one pass over the index and one over the incidents, O(rows + incidents),
 * plus a sort of the resolution times.
 *
 * @param transactions - Transaction rows, columns or a `TransactionIndex` (see `indexTransactions`).
 * @param incidents - Incident rows ({@link IncidentInputRow}).
 * @param options - `period`, and the money options for reading the transactions.
 * @returns A {@link ComplaintMetricsResult}.
 * @throws `INVALID_ARGUMENT` for a missing or invalid option, or when `incidents` is not an array.
 * @example
 * ```ts
 * const orders = [1, 2, 3, 4].map((d) => ({ customerId: d % 2 ? 'a' : 'b', date: `2024-05-0${d}`, amount: 20 }));
 * const r = complaintMetrics(orders, [{ customerId: 'a', date: '2024-05-02', kind: 'quality', resolvedDate: '2024-05-05', resolutionSatisfaction: 4 }], {
 *   period: { from: '2024-05-01', to: '2024-05-31' },
 * });
 * [r.overall.per1000Orders, r.overall.customerShare, r.overall.medianDaysToResolve]; // [250, 0.5, 3]
 * ```
 * @see de Matos, C. A., Henrique, J. L. & Rossi, C. A. V. (2007). Service recovery paradox: a
 * meta-analysis. Journal of Service Research, 10(1), 60–77. https://doi.org/10.1177/1094670507303012
 */
export function complaintMetrics(
  transactions: readonly TransactionInputRow[] | TransactionColumns | TransactionIndex,
  incidents: readonly IncidentInputRow[],
  options: ComplaintMetricsOptions,
): ComplaintMetricsResult {
  const fn = 'complaintMetrics';
  assertOptionsObject(fn, options);
  const { from, to } = readPeriod(fn, options.period);
  if (!Array.isArray(incidents)) throw new InvalidArgumentError(fn, 'incidents', 'must be an array of incident rows', incidents);
  const money = { ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }), ...(options.currency === undefined ? {} : { currency: options.currency }) };
  const index = indexTransactionsAs(fn, transactions, money);
  const inc = readIncidentRows(incidents, customerLookup(index.customerIds), from as number, to);
  const active = new Uint8Array(index.customerIds.length);
  const orders = countOrders(index, from as number, to, active);
  const t = tally(inc, index.customerIds.length, active);
  let customers = 0;
  for (let c = 0; c < active.length; c++) customers += active[c] as number;
  const present = (s: number) => (t.incidents[s] as number) > 0;
  const kindCodes = [1, 2, 3, 4, 5, 6, 7, 0].filter((k) => present(1 + k));
  const severityCodes = [1, 2, 3, 4, 0].filter((k) => present(9 + k));
  return {
    orders,
    customers,
    overall: figures(t, 0, orders, customers),
    byKind: kindCodes.map((k) => ({ kind: INCIDENT_KINDS[k] as string, ...figures(t, 1 + k, orders, customers) })),
    bySeverity: severityCodes.map((k) => ({ severity: SEVERITIES[k] as string, ...figures(t, 9 + k, orders, customers) })),
    rejected: inc.rejected,
    rejectedTransactions: index.rejected,
    settings: {
      period: { from: formatEpochDay(from as number), to: formatEpochDay(to) },
      orderUnit: index.orderId === null ? 'purchase day' : 'orderId',
      customerBase: 'customers with an order or an incident in the period',
    },
  };
}
