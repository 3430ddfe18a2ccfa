import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { dataSourceKinds } from '../dataSourceKinds';
import type { ParseOptions, ParseResult, RejectedRow } from '../types';
import type { RowIssue } from './defineRecord';
import { formatCalendarDate } from './normalizeDate';
import { rejectionReason } from './rejectionReason';

/**
 * The loop shared by the parsers: checks the arguments, prepares each row (local `Date`s, survey items),
 * parses it with the record's fast parser and sorts it into records or rejected rows. @internal
 *
 * @remarks
 * A row is copied (shallowly) only when it must change before parsing; the input is never modified.
 * O(rows × fields).
 */
export function parseRows<T>(
  fn: string,
  rows: readonly unknown[],
  options: ParseOptions | undefined,
  parseRow: (row: unknown) => T | RowIssue[],
  dateKeys: readonly string[],
  prepare?: (row: unknown) => unknown,
): ParseResult<T> {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, 'rows', 'must be an array', rows);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const dateObjects = options?.dateObjects ?? 'utc';
  if (dateObjects !== 'utc' && dateObjects !== 'local') {
    throw new InvalidArgumentError(fn, 'options.dateObjects', 'must be "utc" or "local"', dateObjects);
  }
  const source = options?.source;
  if (source !== undefined && !Object.prototype.hasOwnProperty.call(dataSourceKinds, source)) {
    throw new InvalidArgumentError(fn, 'options.source', `must be one of ${Object.keys(dataSourceKinds).join(', ')}`, source);
  }
  const local = dateObjects === 'local';
  const records: T[] = [];
  const rejected: RejectedRow[] = [];
  const n = rows.length;
  for (let index = 0; index < n; index++) {
    const row = rows[index];
    let input = prepare === undefined ? row : prepare(row);
    if (local) input = localizeDates(input, dateKeys);
    const result = parseRow(input);
    if (Array.isArray(result)) {
      const reasons = result.map((issue) => rejectionReason(input, issue.path, issue.message));
      rejected.push({ index, row, reasons });
    } else {
      if (source !== undefined && (result as { source?: unknown }).source === undefined) {
        (result as { source?: unknown }).source = source;
      }
      records.push(result);
    }
  }
  return { records, rejected };
}

/** A shallow copy of `row` with each valid `Date` in `keys` replaced by its local `yyyy-mm-dd`. @internal */
function localizeDates(row: unknown, keys: readonly string[]): unknown {
  if (typeof row !== 'object' || row === null) return row;
  let copy: Record<string, unknown> | undefined;
  for (const key of keys) {
    const v = (row as Record<string, unknown>)[key];
    if (!(v instanceof Date) || !Number.isFinite(v.getTime())) continue;
    const year = v.getFullYear();
    if (year < 1 || year > 9999) continue;
    copy ??= { ...(row as Record<string, unknown>) };
    copy[key] = formatCalendarDate(year, v.getMonth() + 1, v.getDate());
  }
  return copy ?? row;
}
