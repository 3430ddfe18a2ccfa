import type { Customer } from './customerSchema';
import { customerRecord } from './customerSchema';
import { parseRows } from './internal/parseRows';
import type { ParseOptions, ParseResult } from './types';

/**
 * Reads customer master-file rows into {@link Customer} records, and reports every row it cannot read
 * with its index and reasons.
 *
 * @remarks
 * Each row is read by the rules of {@link customerSchema} (the same converters in one loop, so records and
 * reasons equal those of `customerSchema.safeParse`); only `customerId` is required. Duplicate customer
 * ids are not checked (a master file may legitimately be a history of versions). The input is never
 * modified. O(rows × columns).
 *
 * @param rows - The rows: objects keyed by column name.
 * @param options - `dateObjects` (`'utc'` default or `'local'`) for `acquisitionDate`, and a default `source`.
 * @returns `{ records, rejected }`, see {@link ParseResult}.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, `options.dateObjects` is not `'utc'` or
 *   `'local'`, or `options.source` is not a {@link DataSource}.
 * @example
 * ```ts
 * const { records, rejected } = parseCustomers(
 *   [
 *     { customerId: 'C-1', kind: 'individual', personalityType: 'Amiable', postcode: '01234' },
 *     { customerId: '', name: 'Nobody' },
 *   ],
 *   { source: 'point-of-sale' },
 * );
 * records; // [{ customerId: 'C-1', kind: 'individual', personalityType: 'amiable', postcode: '01234', source: 'point-of-sale' }]
 * rejected[0].reasons[0].message; // '`customerId` is required, got ""'
 * ```
 */
export function parseCustomers(rows: readonly unknown[], options?: ParseOptions): ParseResult<Customer> {
  return parseRows('parseCustomers', rows, options, customerRecord.parseRow, ['acquisitionDate']);
}
