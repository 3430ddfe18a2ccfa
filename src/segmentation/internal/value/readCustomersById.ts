import type { RejectedRecord } from '../../../time/types';
import { readCustomerColumns, type NumericField } from './readCustomerColumns';

/** Valid customers in id order: position `c` is one customer in every array. @internal */
export interface CustomersById {
  /** Customer ids, sorted ascending (JS `<`). */
  readonly ids: string[];
  /** One column per field, aligned with `ids`. */
  readonly columns: Float64Array[];
  /** Input row index of each customer, aligned with `ids`. */
  readonly rowIndex: Int32Array;
  /** Rejected rows sorted by input index. */
  readonly rejected: RejectedRecord[];
}

/**
 * {@link readCustomerColumns} with the customers put in id order (one gather per column; nothing moves
 * when the rows came sorted, as clientele's summaries do). @internal
 */
export function readCustomersById(fn: string, argument: string, rows: unknown, fields: readonly NumericField[]): CustomersById {
  const read = readCustomerColumns(fn, argument, rows, fields);
  if (read.inIdOrder) return { ids: read.ids, columns: read.columns, rowIndex: read.index, rejected: read.rejected };
  const { idOrder } = read;
  const n = idOrder.length;
  const ids: string[] = new Array<string>(n);
  const rowIndex = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const p = idOrder[c] as number;
    ids[c] = read.ids[p] as string;
    rowIndex[c] = read.index[p] as number;
  }
  const columns = read.columns.map((source) => {
    const column = new Float64Array(n);
    for (let c = 0; c < n; c++) column[c] = source[idOrder[c] as number] as number;
    return column;
  });
  return { ids, columns, rowIndex, rejected: read.rejected };
}
