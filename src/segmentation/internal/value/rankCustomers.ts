import { EmptyInputError } from '../../../core/errors/EmptyInputError';
import type { RejectedRecord } from '../../../time/types';
import { isCustomerValueIndex } from './isCustomerValueIndex';
import { rankIndexedCustomers } from './rankIndexedCustomers';
import { readCustomersById } from './readCustomersById';
import { rankValuesDesc } from './rankValuesDesc';
import { readCustomerColumns, type NumericField } from './readCustomerColumns';

/** Customers in id order, ranked by one measure, descending, ties broken by customer id. @internal */
export interface RankedCustomers {
  /** Customer ids, sorted ascending (JS `<`): position `c` is one customer. */
  readonly ids: readonly string[];
  /** The measure, aligned with `ids`. */
  readonly values: Float64Array;
  /** Positions into `ids` by value descending; equal values in id order. `byValue[r]` has rank `r + 1`. */
  readonly byValue: Int32Array;
  /** The values in rank order (`values[byValue[r]]`). */
  readonly sorted: Float64Array;
  /** Rejected rows, by input index. */
  readonly rejected: RejectedRecord[];
}

/**
 * The one ranking of the value functions (pyramid, ABC, whale curve): reads `{ customerId, <field> }`
 * rows, rejects bad and duplicated rows, puts the customers in id order and ranks them by the field
 * descending with ties broken by customer id, through typed-array radix sorts (no object is sorted). A
 * `CustomerValueIndex` gives its ranking of the field instead (ids already sorted, nothing re-sorted). @internal
 */
export function rankCustomers(fn: string, argument: string, rows: unknown, field: NumericField): RankedCustomers {
  if (isCustomerValueIndex(rows)) return rankIndexedCustomers(fn, argument, rows, field);
  const { ids, columns, rejected } = readCustomersById(fn, argument, rows, [field]);
  if (ids.length === 0) throw new EmptyInputError(fn, argument, `must hold at least one valid row (${rejected.length} rejected)`);
  const values = columns[0] as Float64Array;
  const { byValue, sorted } = rankValuesDesc(values);
  return { ids, values, byValue, sorted, rejected };
}

/**
 * Only the values of the valid customers, from the highest down (what a curve over the ranking needs:
 * which of two equal values comes first does not change it), and the rejected rows: the customers are
 * not put in id order. @internal
 */
export function sortedCustomerValues(fn: string, argument: string, rows: unknown, field: NumericField): { sorted: Float64Array; rejected: RejectedRecord[] } {
  if (isCustomerValueIndex(rows)) {
    const { sorted, rejected } = rankIndexedCustomers(fn, argument, rows, field);
    return { sorted, rejected };
  }
  const { columns, rejected } = readCustomerColumns(fn, argument, rows, [field]);
  const values = columns[0] as Float64Array;
  if (values.length === 0) throw new EmptyInputError(fn, argument, `must hold at least one valid row (${rejected.length} rejected)`);
  return { sorted: rankValuesDesc(values).sorted, rejected };
}
