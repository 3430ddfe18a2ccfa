import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { parseCalendarDay } from '../../time/parseCalendarDay';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';

/** One valid dated event of a customer. @internal */
export interface DatedEvent {
  readonly index: number;
  readonly customerId: string;
  readonly day: number;
  readonly kind: string | null;
  readonly row: Readonly<Record<string, unknown>>;
}

/**
 * Reads dated rows `{ [idField], date, kind? }` (interactions, incidents, survey responses): a row
 * without an identifier or a valid date is rejected with its index and reason; `kind` is kept trimmed and
 * lower-cased. @internal
 */
export function readDatedEvents(
  fn: string,
  argument: string,
  rows: unknown,
  idField = 'customerId',
): { events: DatedEvent[]; rejected: RejectedRecord[] } {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, argument, 'must be an array of rows', rows);
  const events: DatedEvent[] = [];
  const rejected: RejectedRecord[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown> | null | undefined;
    if (typeof row !== 'object' || row === null) {
      rejected.push({ index: i, field: 'row', reason: `must be an object with ${idField} and date`, value: row });
      continue;
    }
    const customerId = readCustomerId(row[idField]);
    if (customerId === null) {
      rejected.push({ index: i, field: idField, reason: 'must be a non-blank string or a safe integer', value: row[idField] });
      continue;
    }
    const day = parseCalendarDay(row['date']);
    if (Number.isNaN(day)) {
      rejected.push({ index: i, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: row['date'] });
      continue;
    }
    const k = row['kind'];
    if (k !== undefined && k !== null && typeof k !== 'string') {
      rejected.push({ index: i, field: 'kind', reason: 'must be a string', value: k });
      continue;
    }
    const kind = typeof k === 'string' && k.trim().length > 0 ? k.trim().toLowerCase() : null;
    events.push({ index: i, customerId, day, kind, row });
  }
  return { events, rejected };
}
