import type { IdLookup } from './customerLookup';
import { parseCalendarDay } from '../../time/parseCalendarDay';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';

/** The incident kinds of `clientele/schemas`, in their declared order; index 0 is "unspecified". @internal */
export const INCIDENT_KINDS = ['unspecified', 'complaint', 'quality', 'stock-out', 'delivery', 'service', 'billing', 'other'] as const;

/** The severities, ordered; index 0 is "unspecified". @internal */
export const SEVERITIES = ['unspecified', 'low', 'medium', 'high', 'critical'] as const;

/** The accepted incidents as columns (input order), and the rejected rows. @internal */
export interface IncidentColumns {
  readonly count: number;
  /** Customer position in the transaction index. */
  readonly customer: Int32Array;
  readonly day: Int32Array;
  /** Resolution day, or −1 when the incident is not resolved by the period end (or has no resolution date). */
  readonly resolvedAfter: Int32Array;
  readonly kind: Uint8Array;
  readonly severity: Uint8Array;
  /** Satisfaction with the resolution, NaN when not given. */
  readonly satisfaction: Float64Array;
  /** Input index of each accepted row. */
  readonly inputIndex: Int32Array;
  readonly rejected: RejectedRecord[];
}

/** A label (`'Stock out'`, `'HIGH'`) as its position in `labels`, 0 when absent, −1 when unknown. @internal */
function labelCode(value: unknown, labels: readonly string[]): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'string') return -1;
  const direct = labels.indexOf(value);
  if (direct > 0) return direct;
  const s = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (s.length === 0) return 0;
  const at = labels.indexOf(s);
  return at > 0 ? at : -1;
}

/** One reason a row is refused, or `null` when it is accepted (its fields then written at `k`). @internal */
function readOne(
  row: unknown,
  lookup: IdLookup,
  from: number,
  to: number,
  out: IncidentColumns,
  k: number,
): Omit<RejectedRecord, 'index'> | null {
  if (typeof row !== 'object' || row === null) return { field: 'row', reason: 'must be an object', value: row };
  const r = row as Record<string, unknown>;
  const id = readCustomerId(r['customerId']);
  if (id === null) return { field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: r['customerId'] };
  const c = lookup.get(id);
  if (c === undefined) return { field: 'customerId', reason: 'is not a customer of the transactions', value: r['customerId'] };
  const day = parseCalendarDay(r['date']);
  if (Number.isNaN(day)) return { field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: r['date'] };
  if (day < from || day > to) return { field: 'date', reason: 'is outside the period', value: r['date'] };
  const kind = labelCode(r['kind'], INCIDENT_KINDS);
  if (kind < 0) return { field: 'kind', reason: `must be one of ${INCIDENT_KINDS.slice(1).join(', ')}`, value: r['kind'] };
  const severity = labelCode(r['severity'], SEVERITIES);
  if (severity < 0) return { field: 'severity', reason: `must be one of ${SEVERITIES.slice(1).join(', ')}`, value: r['severity'] };
  let resolved = -1;
  const rd = r['resolvedDate'];
  if (rd !== undefined && rd !== null && rd !== '') {
    const d = parseCalendarDay(rd);
    if (Number.isNaN(d)) return { field: 'resolvedDate', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: rd };
    if (d < day) return { field: 'resolvedDate', reason: 'must not be before `date`', value: rd };
    if (d <= to) resolved = d - day;
  }
  const s = r['resolutionSatisfaction'];
  if (s !== undefined && s !== null && (typeof s !== 'number' || !Number.isFinite(s))) {
    return { field: 'resolutionSatisfaction', reason: 'must be a finite number', value: s };
  }
  out.customer[k] = c;
  out.day[k] = day;
  out.resolvedAfter[k] = resolved;
  out.kind[k] = kind;
  out.severity[k] = severity;
  out.satisfaction[k] = typeof s === 'number' ? s : Number.NaN;
  return null;
}

/**
 * Reads incident rows: the customer must be in `lookup`, the date in `[from, to]`, kind and severity among
 * the labels of `clientele/schemas` (read case-insensitively), `resolvedDate` not before `date`. A
 * resolution after `to` is not yet known at the period end: the incident counts as unresolved. @internal
 */
export function readIncidentRows(
  rows: readonly unknown[],
  lookup: IdLookup,
  from: number,
  to: number,
): IncidentColumns {
  const n = rows.length;
  const out: IncidentColumns = {
    count: 0,
    customer: new Int32Array(n),
    day: new Int32Array(n),
    resolvedAfter: new Int32Array(n),
    kind: new Uint8Array(n),
    severity: new Uint8Array(n),
    satisfaction: new Float64Array(n),
    inputIndex: new Int32Array(n),
    rejected: [],
  };
  let k = 0;
  for (let i = 0; i < n; i++) {
    const refused = readOne(rows[i], lookup, from, to, out, k);
    if (refused === null) out.inputIndex[k++] = i;
    else out.rejected.push({ index: i, ...refused });
  }
  return { ...out, count: k };
}
