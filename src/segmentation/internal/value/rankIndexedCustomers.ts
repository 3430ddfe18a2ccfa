import { EmptyInputError } from '../../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { RejectedRecord } from '../../../time/types';
import type { CustomerValueIndex } from '../../valueTypes';
import { finiteNumber, type NumericField } from './readCustomerColumns';
import type { RankedCustomers } from './rankCustomers';

/**
 * The ranking of one field of a {@link CustomerValueIndex}, with the function's own reader applied to
 * the indexed numbers (it must be strictly increasing where it is not NaN, as the identity, a sign rule or
 * the exact minor units are): customers it reads as NaN are rejected (by their input row) and dropped
 * from the ranking, which stays sorted. Ids come sorted. @internal
 */
export function rankIndexedCustomers(fn: string, argument: string, index: CustomerValueIndex, field: NumericField): RankedCustomers {
  const column = index.columns[field.name];
  const ranking = index.byValue[field.name];
  if (column === undefined || ranking === undefined) {
    throw new InvalidArgumentError(fn, argument, `must be an index with the field '${field.name}' (indexCustomerValues(rows, { fields: [..., '${field.name}'] }))`, index.settings.fields);
  }
  const n = column.length;
  // The index holds finite numbers: the plain reader keeps them all (the column is shared, never written).
  const identity = field.read === finiteNumber;
  const values = identity ? column : new Float64Array(n);
  let bad: Uint8Array | null = null;
  const rejected: RejectedRecord[] = [...index.rejected];
  for (let c = 0; c < n && !identity; c++) {
    const x = field.read(column[c]);
    if (Number.isNaN(x)) {
      bad ??= new Uint8Array(n);
      bad[c] = 1;
      rejected.push({ index: index.rowIndex[c] as number, field: field.name, reason: field.rule, value: column[c] });
    } else values[c] = x;
  }
  let ids = index.customerIds;
  let kept = values;
  let byValue = ranking;
  if (bad !== null) ({ ids, kept, byValue } = dropRejected(bad, ids, values, ranking));
  rejected.sort((a, b) => a.index - b.index);
  if (ids.length === 0) throw new EmptyInputError(fn, argument, `must hold at least one valid row (${rejected.length} rejected)`);
  // The index keeps each field's values in rank order: shared (never written) when nothing was changed.
  const presorted = (index.sortedValues as CustomerValueIndex['sortedValues'] | undefined)?.[field.name];
  let sorted: Float64Array;
  if (identity && presorted !== undefined && presorted.length === byValue.length) sorted = presorted;
  else {
    sorted = new Float64Array(byValue.length);
    for (let r = 0; r < byValue.length; r++) sorted[r] = kept[byValue[r] as number] as number;
  }
  return { ids, values: kept, byValue, sorted, rejected };
}

/** The customers not marked, renumbered, with the ranking filtered (it stays sorted). @internal */
function dropRejected(bad: Uint8Array, ids: readonly string[], values: Float64Array, ranking: Int32Array): { ids: readonly string[]; kept: Float64Array; byValue: Int32Array } {
  const n = ids.length;
  const newPosition = new Int32Array(n);
  const keptIds: string[] = [];
  for (let c = 0; c < n; c++) {
    newPosition[c] = keptIds.length;
    if (bad[c] !== 1) keptIds.push(ids[c] as string);
  }
  const kept = new Float64Array(keptIds.length);
  for (let c = 0; c < n; c++) if (bad[c] !== 1) kept[newPosition[c] as number] = values[c] as number;
  const byValue = new Int32Array(keptIds.length);
  let r = 0;
  for (const c of ranking) if (bad[c] !== 1) byValue[r++] = newPosition[c] as number;
  return { ids: keptIds, kept, byValue };
}
