import { parseMinorUnits } from '../../money/parseMinorUnits';
import { parseCalendarDay } from '../../time/parseCalendarDay';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';

/** Rule text of a bad date in a record. @internal */
export const RECORD_DATE_RULE = 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)';
/** Rule text of a bad identifier in a record. @internal */
export const RECORD_ID_RULE = 'must be a non-blank string or a safe integer';

/** A customer id and a day read from an interaction-like row, or the rejection. @internal */
export function readIdAndDay(row: unknown, index: number, idField = 'customerId'): { id: string; day: number } | RejectedRecord {
  if (typeof row !== 'object' || row === null) return { index, field: 'row', reason: 'must be an object', value: row };
  const r = row as Record<string, unknown>;
  const id = readCustomerId(r[idField]);
  if (id === null) return { index, field: idField, reason: RECORD_ID_RULE, value: r[idField] };
  const day = parseCalendarDay(r['date']);
  if (Number.isNaN(day)) return { index, field: 'date', reason: RECORD_DATE_RULE, value: r['date'] };
  return { id, day };
}

/** Whether a reader returned a rejection. @internal */
export function isRejection(x: object): x is RejectedRecord {
  return 'reason' in x && 'index' in x;
}

/** A required non-negative exact amount as minor units, or `-1` when invalid. @internal */
export function readMinor(value: unknown, digits: number): number {
  if (typeof value !== 'number' && typeof value !== 'string') return -1;
  const minor = parseMinorUnits(value, digits);
  return Number.isNaN(minor) || minor < 0 ? -1 : minor;
}

/**
 * The indices of rows whose key occurs more than once (every occurrence), so that a duplicate is
 * rejected whatever the row order. @internal
 */
export function duplicatedKeys(keys: readonly (string | null)[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) {
    if (k === null) continue;
    if (seen.has(k)) dup.add(k);
    else seen.add(k);
  }
  return dup;
}

/** Orders rejected records by input index, then field (deterministic). @internal */
export function sortRejected(list: RejectedRecord[]): RejectedRecord[] {
  return list.sort((a, b) => a.index - b.index || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}
