import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { orderScoredIds } from '../../clv/internal/orderScoredIds';
import { readScoredCustomers } from '../../clv/internal/readScoredCustomers';
import type { ScoreRejection } from '../../clv/internal/readScoredCustomers';
import { scoredIdOf } from '../../clv/internal/scoredIdOf';
import type { ScoreInputCustomer } from '../../clv/scoreCustomers';
import type { ScoreCustomerColumns } from '../scoreCustomersInParallel';

/** The valid customers of columnar input, in output order (see `readCustomerColumns`). @internal */
export interface ColumnCustomers {
  /** Their ids as strings. */
  readonly ids: string[];
  /** Their input indices (the entry of each column). */
  readonly index: Int32Array;
  /** The entries left out, sorted by input index, as `scoreCustomers` reports the same rows. */
  readonly rejected: ScoreRejection[];
}

const COLUMNS = ['frequency', 'recency', 'T'] as const;
const OPTIONAL = ['monetaryValue', 'frequencyHoldout', 'monetaryValueHoldout'] as const;

/** Whether `value` is an array or a typed array (what a column may be). */
function isColumn(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

/**
 * Throws `INVALID_ARGUMENT` (naming `scoreCustomersInParallel` and the column) unless `customerIds`,
 * `frequency`, `recency` and `T` are arrays or typed arrays of one length, and each optional column given
 * has that length too. @internal
 */
export function checkCustomerColumns(columns: ScoreCustomerColumns): number {
  const fn = 'scoreCustomersInParallel';
  const ids: unknown = columns.customerIds;
  if (!isColumn(ids)) throw new InvalidArgumentError(fn, 'customers.customerIds', 'must be an array (or typed array) of customer ids', ids);
  const n = ids.length;
  for (const name of [...COLUMNS, ...OPTIONAL]) {
    const column: unknown = columns[name];
    if (column === undefined && OPTIONAL.includes(name as (typeof OPTIONAL)[number])) continue;
    if (!isColumn(column) || column.length !== n) {
      throw new InvalidArgumentError(fn, `customers.${name}`, `must be an array or typed array as long as \`customers.customerIds\` (${n})`, column);
    }
  }
  return n;
}

/** Customer `i` of the columns as the row object `scoreCustomers` would read (only the columns given). @internal */
export function customerRow(columns: ScoreCustomerColumns, i: number): ScoreInputCustomer {
  const row: Record<string, unknown> = { customerId: columns.customerIds[i], frequency: columns.frequency[i], recency: columns.recency[i], T: columns.T[i] };
  for (const name of OPTIONAL) {
    const column = columns[name];
    if (column !== undefined) row[name] = column[i];
  }
  return row as unknown as ScoreInputCustomer;
}

/**
 * Reads customers given as columns exactly as `readScoredCustomers` reads the equivalent row objects
 * (`customerRow`): the same valid customers in the same order (by id, or input order), the same
 * rejected records. A valid entry is recognised by the same tests on the numbers (or stricter ones),
 * without building an object; only an entry that fails them is built as a row and read by
 * `readScoredCustomers` itself, which decides: so a rejection (field, rule, value) is always the one
 * `scoreCustomers` reports. O(n) for ids in order,
 * else O(n log n). @internal
 */
export function readCustomerColumns(columns: ScoreCustomerColumns, needsSpend: boolean, order: 'customerId' | 'input'): ColumnCustomers {
  const { customerIds, frequency: fx, recency: fr, T: fT, monetaryValue: fm } = columns;
  const n = customerIds.length;
  const rejected: ScoreRejection[] = [];
  let ids: string[] = new Array<string>(n);
  let index = new Int32Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const x: unknown = fx[i];
    const tx: unknown = fr[i];
    const T: unknown = fT[i];
    const m: unknown = fm === undefined ? undefined : fm[i];
    const id = scoredIdOf(customerIds[i]);
    const valid =
      typeof x === 'number' &&
      Number.isSafeInteger(x) &&
      x >= 0 &&
      typeof T === 'number' &&
      Number.isFinite(T) &&
      T >= 0 &&
      typeof tx === 'number' &&
      Number.isFinite(tx) &&
      tx >= 0 &&
      tx <= T &&
      (x !== 0 || tx === 0) &&
      (!needsSpend || (typeof m === 'number' && Number.isFinite(m) && m >= 0)) &&
      id !== undefined;
    if (valid) {
      ids[kept] = id;
      index[kept++] = i;
      continue;
    }
    const alone = readScoredCustomers('scoreCustomers', [customerRow(columns, i)], needsSpend, 'input');
    const reason = alone.rejected[0];
    if (reason === undefined) {
      ids[kept] = alone.ids[0] as string; // not reached while the tests above mirror readScoredCustomers'
      index[kept++] = i;
    } else rejected.push({ ...reason, index: i });
  }
  ids.length = kept;
  index = index.subarray(0, kept);
  const ordered = orderScoredIds(ids, index, order);
  if (ordered !== null) {
    for (const k of ordered.duplicated) {
      const i = index[k] as number;
      rejected.push({ index: i, field: 'customerId', reason: 'must be unique (another customer has the same id)', value: customerIds[i] });
    }
    ids = ordered.chosen.map((k) => ids[k] as string);
    index = Int32Array.from(ordered.chosen, (k) => index[k] as number);
    rejected.sort((a, b) => a.index - b.index);
  }
  return { ids, index, rejected };
}
