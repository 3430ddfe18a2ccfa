import { readCustomerColumns } from '../../segmentation/internal/value/readCustomerColumns';
import type { RejectedRecord } from '../../time/types';

/** Valid `{ customerId, <field> }` rows as parallel lists sorted by id, and the rows left out. @internal */
export interface CustomerValues {
  readonly ids: string[];
  readonly values: number[];
  readonly rejected: RejectedRecord[];
}

/** Any finite number. @internal */
const FINITE = { test: () => true, text: 'must be a finite number' };

/**
 * Reads rows `{ customerId, [field]: number }` through the segmentation area's column reader: a row
 * without an identifier or with a non-finite value (or one failing `rule`) is rejected with its index,
 * and every row of a customer met more than once is rejected (keeping one would depend on row order).
 * The result is sorted by identifier. @internal
 */
export function readCustomerValues(
  fn: string,
  argument: string,
  rows: unknown,
  field: string,
  rule: { readonly test: (v: number) => boolean; readonly text: string } = FINITE,
): CustomerValues {
  const read = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && rule.test(v) ? v : Number.NaN);
  const { ids, columns, idOrder, rejected } = readCustomerColumns(fn, argument, rows, [{ name: field, read, rule: rule.text }]);
  const column = columns[0] as Float64Array;
  return {
    ids: Array.from(idOrder, (k) => ids[k] as string),
    values: Array.from(idOrder, (k) => column[k] as number),
    rejected,
  };
}
