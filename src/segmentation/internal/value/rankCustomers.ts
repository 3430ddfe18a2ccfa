import { EmptyInputError } from '../../../core/errors/EmptyInputError';
import type { RejectedRecord } from '../../../time/types';
import { isCustomerValueIndex } from './isCustomerValueIndex';
import { rankIndexedCustomers } from './rankIndexedCustomers';
import { readCustomerColumns, type NumericField } from './readCustomerColumns';
import { sortByValueDesc } from './sortByValueDesc';

/** Customers ranked by one measure, descending, ties broken by customer id. @internal */
export interface RankedCustomers {
  /** Customer ids (strings), in the input order of their rows. */
  readonly ids: string[];
  /** The measure, aligned with `ids`. */
  readonly values: Float64Array;
  /** Positions into `ids` sorted by id (JS `<`). */
  readonly idOrder: Int32Array;
  /** Positions into `ids` by value descending; equal values in id order. `byValue[r]` has rank `r + 1`. */
  readonly byValue: Int32Array;
  /** Rejected rows, by input index. */
  readonly rejected: RejectedRecord[];
}

/**
 * The one ranking of the value functions (pyramid, ABC, whale curve): reads `{ customerId, <field> }`
 * rows, rejects bad and duplicated rows, and orders the customers by the field descending with ties
 * broken by customer id, through typed-array radix sorts (no object is sorted). A `CustomerValueIndex`
 * gives its ranking of the field instead (ids already sorted, nothing re-sorted). @internal
 */
export function rankCustomers(fn: string, argument: string, rows: unknown, field: NumericField): RankedCustomers {
  if (isCustomerValueIndex(rows)) return rankIndexedCustomers(fn, argument, rows, field);
  const { ids, columns, idOrder, rejected } = readCustomerColumns(fn, argument, rows, [field]);
  if (ids.length === 0) throw new EmptyInputError(fn, argument, `must hold at least one valid row (${rejected.length} rejected)`);
  const values = columns[0] as Float64Array;
  return { ids, values, idOrder, byValue: sortByValueDesc(values, idOrder), rejected };
}

/** The rank (1 = highest value) of every customer position. @internal */
export function ranksOf(byValue: Int32Array): Int32Array {
  const rank = new Int32Array(byValue.length);
  for (let r = 0; r < byValue.length; r++) rank[byValue[r] as number] = r + 1;
  return rank;
}
