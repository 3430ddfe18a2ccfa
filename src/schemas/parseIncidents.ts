import type { Incident } from './incidentSchema';
import { incidentRecord } from './incidentSchema';
import { parseRows } from './internal/parseRows';
import type { ParseOptions, ParseResult } from './types';

/**
 * Reads complaint and incident rows into {@link Incident} records, and reports every row it cannot read
 * with its index and reasons.
 *
 * @remarks
 * Each row is read by the rules of {@link incidentSchema} (the same converters in one loop, so records and
 * reasons equal those of `incidentSchema.safeParse`); `customerId` and `date` are required and
 * `resolvedDate` may not precede `date`. The input is never modified. O(rows × columns).
 *
 * @param rows - The rows: objects keyed by column name.
 * @param options - `dateObjects` (`'utc'` default or `'local'`) for `date` and `resolvedDate`, and a
 *   default `source`.
 * @returns `{ records, rejected }`, see {@link ParseResult}.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, `options.dateObjects` is not `'utc'` or
 *   `'local'`, or `options.source` is not a {@link DataSource}.
 * @example
 * ```ts
 * const { records, rejected } = parseIncidents([
 *   { customerId: 8, date: '2024-03-01', kind: 'quality', severity: 'high' },
 *   { customerId: 8, date: '2024-03-05', resolvedDate: '2024-03-04' },
 * ]);
 * records; // [{ customerId: '8', date: '2024-03-01', kind: 'quality', severity: 'high' }]
 * rejected[0].reasons[0].message; // '`resolvedDate` must not be before `date` (2024-03-05), got "2024-03-04"'
 * ```
 */
export function parseIncidents(rows: readonly unknown[], options?: ParseOptions): ParseResult<Incident> {
  return parseRows('parseIncidents', rows, options, incidentRecord.parseRow, ['date', 'resolvedDate']);
}
