import type { RejectedRecord } from '../../../time/types';
import { readCustomerColumns, type NumericField } from './readCustomerColumns';
import { scratchFloat64, scratchInt32 } from './scratchArrays';

/** Valid customers in id order: position `c` is one customer in every array. @internal */
export interface CustomersById {
  /** Customer ids, sorted ascending (JS `<`). */
  readonly ids: string[];
  /** One column per field, aligned with `ids`. */
  readonly columns: Float64Array[];
  /** Input row index of each customer, aligned with `ids` (`null` unless asked for). */
  readonly rowIndex: Int32Array | null;
  /** Rejected rows sorted by input index. */
  readonly rejected: RejectedRecord[];
}

/**
 * {@link readCustomerColumns} with the customers put in id order (one gather per column; nothing moves
 * when the rows came sorted, as clientele's summaries do); their input row indices only when asked. @internal
 */
export function readCustomersById(fn: string, argument: string, rows: unknown, fields: readonly NumericField[], withRowIndex = false): CustomersById {
  const read = readCustomerColumns(fn, argument, rows, fields);
  if (read.inIdOrder) return { ids: read.ids, columns: read.columns, rowIndex: withRowIndex ? read.index : null, rejected: read.rejected };
  const { idOrder } = read;
  const n = idOrder.length;
  const ids: string[] = new Array<string>(n);
  for (let c = 0; c < n; c++) ids[c] = read.ids[idOrder[c] as number] as string;
  let rowIndex: Int32Array | null = null;
  if (withRowIndex) {
    rowIndex = scratchInt32(n);
    for (let c = 0; c < n; c++) rowIndex[c] = read.index[idOrder[c] as number] as number;
  }
  const columns = read.columns.map((source) => {
    const column = scratchFloat64(n);
    for (let c = 0; c < n; c++) column[c] = source[idOrder[c] as number] as number;
    return column;
  });
  return { ids, columns, rowIndex, rejected: read.rejected };
}
