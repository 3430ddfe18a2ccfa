import type { Interaction } from './interactionSchema';
import { interactionRecord } from './interactionSchema';
import { parseRows } from './internal/parseRows';
import type { ParseOptions, ParseResult } from './types';

/**
 * Reads contact and investment rows into {@link Interaction} records, and reports every row it cannot read
 * with its index and reasons.
 *
 * @remarks
 * Each row is read by the rules of {@link interactionSchema} (the same converters in one loop, so records
 * and reasons equal those of `interactionSchema.safeParse`); `customerId` and `date` are required. The
 * input is never modified. O(rows × columns).
 *
 * @param rows - The rows: objects keyed by column name.
 * @param options - `dateObjects` (`'utc'` default or `'local'`) and a default `source`.
 * @returns `{ records, rejected }`, see {@link ParseResult}.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, `options.dateObjects` is not `'utc'` or
 *   `'local'`, or `options.source` is not a {@link DataSource}.
 * @example
 * ```ts
 * const { records, rejected } = parseInteractions([
 *   { customerId: 5, date: '2024-02-01', kind: 'call', cost: '3.50' },
 *   { customerId: 5, date: '2024-02-02', cost: '-1' },
 * ]);
 * records; // [{ customerId: '5', date: '2024-02-01', kind: 'call', cost: '3.50' }]
 * rejected[0].reasons[0].message; // '`cost` must not be negative, got "-1"'
 * ```
 */
export function parseInteractions(rows: readonly unknown[], options?: ParseOptions): ParseResult<Interaction> {
  return parseRows('parseInteractions', rows, options, interactionRecord.parseRow, ['date']);
}
