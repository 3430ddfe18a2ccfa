import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';
import { MINOR_LIMIT } from '../money/parseMinorUnits';
import { allRowsRejected } from './internal/allRowsRejected';
import { readCustomerId } from './internal/readCustomerId';
import { resolveSummaryOptions } from './resolveSummaryOptions';
import { summarizeCore } from './summarizeCore';
import type { RejectedTransaction, SummaryOptions, TransactionColumns, TransactionSummary } from './types';

/** Epoch days of 0000-01-01 and 9999-12-31. @internal */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;

/** FNV-1a hash of the UTF-16 code units of `key`, finished by the murmur3 mixer. @internal */
function hashKey(key: string): number {
  let h = 0x811c_9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x0100_0193);
  h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b);
  return h ^ (h >>> 13);
}

/**
 * The identifiers of `customerIds` read as `indexTransactions` reads them: `null` when every entry is a
 * distinct usable identifier as written (the common case); else `merged[k]`, the first index with the
 * identifier of `k` (-1 when it is unusable: not a non-blank string or a safe integer), and `ids`, the
 * identifiers (strings trimmed). Duplicates are found with an open-addressing table of the keys' hashes
 * (a `Map` of the keys costs several times more on a log's worth of identifiers). @internal
 */
function mergeCustomerIds<Id extends string | number>(
  customerIds: readonly Id[],
): { readonly merged: Int32Array; readonly ids: Id[] } | null {
  const m = customerIds.length;
  const merged = new Int32Array(m);
  const mask = (1 << (32 - Math.clz32(Math.max(1, 2 * m - 1)))) - 1; // at least twice the entries
  const slots = new Int32Array(mask + 1); // index + 1 of the first entry with a key; 0 = empty
  let changed = false;
  for (let k = 0; k < m; k++) {
    const id = customerIds[k];
    const key = readCustomerId(id);
    merged[k] = k;
    if (key === null) {
      merged[k] = -1;
      changed = true;
      continue;
    }
    if (key !== id && typeof id === 'string') changed = true;
    let at = hashKey(key) & mask;
    for (;;) {
      const stored = slots[at] as number;
      if (stored === 0) {
        slots[at] = k + 1;
        break;
      }
      if (readCustomerId(customerIds[stored - 1]) === key) {
        merged[k] = stored - 1;
        changed = true;
        break;
      }
      at = (at + 1) & mask;
    }
  }
  if (!changed) return null;
  const ids = customerIds.map((id) => (typeof id === 'string' ? (readCustomerId(id) ?? id) : id) as Id);
  return { merged, ids };
}

/**
 * Summarises a transaction log given as columns (customer index, epoch day, amount in minor units) into
 * one recency–frequency–monetary row per customer: the fast path of {@link summarizeTransactions}.
 *
 * @remarks
 * Same definitions, options and result as {@link summarizeTransactions}, without the conversion of
 * dates and amounts: `epochDay` holds whole days since 1970-01-01 ({@link toEpochDay}) and `amountMinor`
 * integer minor units. The rows are copied into typed arrays, grouped by customer with an LSD radix
 * sort on the customer index (one or two passes of at most 2,048 buckets; skipped when the rows are already
 * sorted by customer and day), each customer's rows are sorted by day in place, and each customer is
 * reduced in one pass: O(n) time and about 32 bytes of scratch memory per row; the input is not modified.
 * Entries that are not integers in range (days in the years 0000-9999) are returned in `rejected` with
 * their index; so are days after the observation end. `customerIds` are read as by
 * {@link indexTransactions}: strings trimmed, `1` and `'1'` one customer (reported under its first
 * index's identifier), and entries that index a blank or unusable identifier are rejected. A negative `amountMinor` is a return, handled by `options.returns` as in
 * {@link summarizeTransactions} (netted by default). A call in which every entry is rejected throws
 * `ALL_ROWS_REJECTED`.
 *
 * @param columns - `customer` (integer index ≥ 0), `epochDay` (integer), `amountMinor` (integer minor
 *   units below 2^52 in magnitude), all of one length; optional `customerIds` (the identifier of each
 *   index, which then must be below its length) and `minorDigits` (default 2).
 * @param options - Observation and calibration end, time unit, month length, merge rule, minor digits:
 *   see {@link SummaryOptions}.
 * @returns `{ customers, notInCalibration, rejected, options }` (see {@link TransactionSummary}); a
 *   customer's `customerId` is `customerIds[index]`, or the index when no `customerIds` are given.
 * @throws `EMPTY_INPUT` when the columns have no entry.
 * @throws `INVALID_ARGUMENT` when a column is missing or the lengths differ.
 * @throws `INVALID_ARGUMENT` when, without `customerIds`, the largest customer index exceeds 10 times the
 *   number of rows plus a million (use dense indices).
 * @throws `INVALID_ARGUMENT` for an invalid option (see {@link summarizeTransactions}); with
 *   `returns: 'refuse'`, at the first negative amount.
 * @throws `ALL_ROWS_REJECTED` when every entry is rejected.
 * @example
 * ```ts
 * const summary = summarizeTransactionColumns(
 *   {
 *     customer: Int32Array.from([0, 0, 0, 1]),
 *     epochDay: Int32Array.from([9862, 9862, 9876, 9870]), // 1997-01-01, 1997-01-01, 1997-01-15, 1997-01-09
 *     amountMinor: Int32Array.from([1000, 550, 2000, 999]),
 *     customerIds: ['a', 'b'],
 *   },
 *   { observationEnd: '1997-01-29', unit: 'week' },
 * );
 * summary.customers[0]; // { customerId: 'a', frequency: 1, recency: 2, T: 4, monetaryValue: 20,
 * //   firstPurchaseValue: 15.5, totalSpend: 35.5, totalSpendMinor: 3550, transactionCount: 3,
 * //   firstPurchaseDate: '1997-01-01', lastPurchaseDate: '1997-01-15' }
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science, 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function summarizeTransactionColumns<Id extends string | number = number>(
  columns: TransactionColumns<Id>,
  options?: SummaryOptions,
): TransactionSummary<Id> {
  const fn = 'summarizeTransactionColumns';
  if (columns === null || typeof columns !== 'object') throw new InvalidArgumentError(fn, 'columns', 'must be an object', columns);
  const { customer, epochDay, amountMinor, customerIds } = columns;
  for (const [name, column] of [
    ['customer', customer],
    ['epochDay', epochDay],
    ['amountMinor', amountMinor],
  ] as const) {
    if (column === null || typeof column !== 'object' || typeof column.length !== 'number') {
      throw new InvalidArgumentError(fn, `columns.${name}`, 'must be an array or typed array', column);
    }
  }
  const n = customer.length;
  if (epochDay.length !== n || amountMinor.length !== n) {
    throw new InvalidArgumentError(
      fn,
      'columns',
      'must have columns of one length',
      `customer ${n}, epochDay ${epochDay.length}, amountMinor ${amountMinor.length}`,
    );
  }
  if (n === 0) throw new EmptyInputError(fn, 'columns');
  if (customerIds !== undefined && !Array.isArray(customerIds)) {
    throw new InvalidArgumentError(fn, 'columns.customerIds', 'must be an array', customerIds);
  }
  if (columns.minorDigits !== undefined) assertInteger(fn, 'columns.minorDigits', columns.minorDigits, 0, 15);
  const settings = resolveSummaryOptions(fn, options, columns.minorDigits);
  const limit = customerIds === undefined ? 2_147_483_646 : customerIds.length;
  // `1` and `'1'` (or `'a'` and `' a'`) in `customerIds` are one customer, as in `indexTransactions`.
  const merge = customerIds === undefined ? null : mergeCustomerIds(customerIds);
  const merged = merge === null ? null : merge.merged;
  const customerIndex = merged === null ? customer : new Int32Array(n);
  const rejected: RejectedTransaction[] = [];
  let bad: Uint8Array | null = null;
  let maxCustomer = -1;
  for (let i = 0; i < n; i++) {
    const c = customer[i] as number;
    const d = epochDay[i] as number;
    const a = amountMinor[i] as number;
    let field: RejectedTransaction['field'] | null = null;
    let reason = '';
    let value: unknown;
    if (!Number.isInteger(c) || c < 0 || c >= limit) {
      field = 'customer';
      reason = customerIds === undefined ? 'must be an integer index ≥ 0' : `must be an integer index 0-${limit - 1}`;
      value = c;
    } else if (merged !== null && merged[c] === -1) {
      field = 'customer';
      reason = `must index a usable identifier of customerIds (a non-blank string or a safe integer; customerIds[${c}] is not)`;
      value = c;
    } else if (!Number.isInteger(d) || d < MIN_DAY || d > MAX_DAY) {
      field = 'epochDay';
      reason = 'must be an integer day (0000-01-01 to 9999-12-31)';
      value = d;
    } else if (!Number.isInteger(a) || a >= MINOR_LIMIT || a <= -MINOR_LIMIT) {
      field = 'amountMinor';
      reason = 'must be an integer number of minor units below 2^52 in magnitude';
      value = a;
    } else if (a < 0 && settings.returns !== 'net') {
      if (settings.returns === 'refuse') {
        throw new InvalidArgumentError(
          fn,
          `columns.amountMinor[${i}]`,
          "must not be a return (a negative amount) with `options.returns` 'refuse'; use 'net' to net returns against " +
            "the purchases or 'drop' to leave them out with a report",
          a,
        );
      }
      field = 'amountMinor';
      reason = "is a return (a negative amount), left out by `options.returns` 'drop'";
      value = a;
    }
    if (field !== null) {
      bad ??= new Uint8Array(n);
      bad[i] = 1;
      rejected.push({ index: i, field, reason, value });
    } else {
      if (merged !== null) (customerIndex as Int32Array)[i] = merged[c] as number;
      if (c > maxCustomer) maxCustomer = c;
    }
  }
  const customerCount = customerIds === undefined ? maxCustomer + 1 : customerIds.length;
  if (customerIds === undefined && customerCount > 10 * n + 1_000_000) {
    throw new InvalidArgumentError(fn, 'columns.customer', 'must hold dense indices (at most 10·rows + 10^6)', maxCustomer);
  }
  const source = { dayField: 'epochDay', amountField: 'amountMinor', amountOf: (i: number) => amountMinor[i] } as const;
  const ids = merge === null ? (customerIds ?? null) : merge.ids;
  const summary = summarizeCore<Id>(n, customerIndex, epochDay, amountMinor, bad, ids, customerCount, settings, rejected, source);
  if (summary.rejected.length === n) throw allRowsRejected(fn, null, summary.rejected, null);
  return summary;
}
