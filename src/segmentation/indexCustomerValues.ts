import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { finiteNumber, type NumericField } from './internal/value/readCustomerColumns';
import { readCustomersById } from './internal/value/readCustomersById';
import { rankValuesDesc } from './internal/value/rankValuesDesc';
import { isCustomerValueIndex } from './internal/value/isCustomerValueIndex';
import { readOptionsObject } from './internal/value/readOptions';
import { withScratchArrays } from './internal/value/scratchArrays';
import type { CustomerValueIndex } from './valueTypes';

/** Options of {@link indexCustomerValues}. */
export interface IndexCustomerValuesOptions {
  /** The numeric fields to index (default `['value']`; `['value', 'profit']` serves every value function). */
  readonly fields?: readonly string[];
}

/** The field names: a non-empty array of distinct non-blank strings other than `customerId`. @internal */
function readFields(fn: string, value: unknown): string[] {
  if (value === undefined) return ['value'];
  if (!Array.isArray(value) || value.length === 0) throw new InvalidArgumentError(fn, 'options.fields', 'must be a non-empty array of field names', value);
  const seen = new Set<string>();
  value.forEach((f: unknown, i: number) => {
    if (typeof f !== 'string' || f.trim() === '' || f === 'customerId' || seen.has(f)) {
      throw new InvalidArgumentError(fn, `options.fields[${i}]`, 'must be a non-blank field name other than customerId, not repeated', f);
    }
    seen.add(f);
  });
  return [...seen];
}

/**
 * Reads `{ customerId, <fields> }` rows once and ranks the customers once per field, for several value
 * analyses of one customer list.
 *
 * @remarks
 * `whaleCurve` (field `profit`), `abcAnalysis`, `customerPyramid` and `valueConcentration` (field `value`)
 * each read their rows, reject bad ones, sort the ids (JS string order) and rank the customers by value
 * descending with equal values in id order. The index does this once: customers sorted by id, one
 * Float64Array column per field and, per field, the permutation `byValue` with
 * `v[byValue[0]] ≥ v[byValue[1]] ≥ …` (ties by customer id) and the values in that order (`sortedValues`,
 * which the value functions read instead of gathering them again). Passed in place of rows, each function gives
 * the same result as on the rows themselves, as long as the rows are valid in every indexed field: a row
 * whose id is bad, repeated (every row of that id), or whose indexed field is not a finite number is
 * rejected here, for all the fields. A function's own rule (a negative value for `valueConcentration` or
 * `abcAnalysis` with `negative: 'reject'`, an inexact amount for `whaleCurve` with `amounts: 'exact'`)
 * is applied to the indexed numbers and rejects those customers in its result, keeping the others' ranks
 * (a subsequence of a ranking is a ranking); on an index such a row has already counted in the check for
 * repeated ids (on rows it is rejected first). Numbers only: decimal-string amounts need the rows. The
 * reason given for a row that is not an object names every indexed field.
 *
 * Cost: one pass over the rows (ids already in order are found so on the way; other ids get an exact
 * numeric key, made as the row is read, that is radix sorted), one gather per field into id order and
 * one radix ranking per field of the float64 bits (two passes of at most 12 bits on the bits that vary):
 * O(N · fields); memory O(N · fields). Passing an index returns it unchanged.
 *
 * @param rows - `{ customerId, <fields> }` rows (ids: non-blank strings, trimmed, or safe integers), or an index.
 * @param options - `fields` (default `['value']`).
 * @returns The index: ids, columns, rankings, row indices, rejected rows and the fields indexed.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array or `options.fields` is malformed.
 * @example
 * ```ts
 * const rows = [
 *   { customerId: 'b', value: 20, profit: -5 }, { customerId: 'a', value: 70, profit: 30 },
 *   { customerId: 'c', value: 20, profit: 10 }, { customerId: 'd', value: 'n/a', profit: 1 },
 * ];
 * const index = indexCustomerValues(rows, { fields: ['value', 'profit'] });
 * index.customerIds; // ['a', 'b', 'c']
 * Array.from(index.byValue.value); // [0, 1, 2]  (a 70, then b and c tied at 20, by id)
 * Array.from(index.byValue.profit); // [0, 2, 1]
 * Array.from(index.sortedValues.profit); // [30, 10, -5]
 * index.rejected; // [{ index: 3, field: 'value', reason: 'must be a finite number', value: 'n/a' }]
 * abcAnalysis(index).customers.map((c) => c.class); // ['A', 'B', 'C']
 * whaleCurve(index).totalProfit; // 35
 * ```
 */
export function indexCustomerValues(rows: readonly object[] | CustomerValueIndex, options?: IndexCustomerValuesOptions): CustomerValueIndex {
  const fn = 'indexCustomerValues';
  if (isCustomerValueIndex(rows)) return rows;
  const o = readOptionsObject(fn, options);
  const fields = readFields(fn, o.fields);
  const readers: NumericField[] = fields.map((name) => ({ name, read: finiteNumber, rule: 'must be a finite number' }));
  // The reading and ranking buffers are lent (see scratchArrays); what the index keeps is copied out of them.
  return withScratchArrays(() => {
    const read = readCustomersById(fn, 'rows', rows, readers, true);
    const columns: Record<string, Float64Array> = {};
    const byValue: Record<string, Int32Array> = {};
    const sortedValues: Record<string, Float64Array> = {};
    fields.forEach((name, f) => {
      const column = read.columns[f] as Float64Array;
      columns[name] = column.slice();
      const ranking = rankValuesDesc(column);
      byValue[name] = ranking.byValue.slice();
      sortedValues[name] = ranking.sorted.slice();
    });
    const rowIndex = (read.rowIndex as Int32Array).slice();
    return { kind: 'customerValueIndex', customerIds: read.ids, rowIndex, columns, byValue, sortedValues, rowCount: (rows as readonly unknown[]).length, rejected: read.rejected, settings: { fields } };
  });
}
