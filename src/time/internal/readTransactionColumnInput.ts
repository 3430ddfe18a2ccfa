import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { MINOR_LIMIT } from '../../money/parseMinorUnits';
import type { TransactionColumns } from '../types';
import { createRawTransactions, type RawTransactions } from './rawTransactions';
import { readCustomerId } from './readCustomerId';

/** Epoch days of 0000-01-01 and 9999-12-31. @internal */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;

/** Checks the columns' presence and lengths; returns the row count. @internal */
function checkColumns(fn: string, columns: TransactionColumns): number {
  for (const name of ['customer', 'epochDay', 'amountMinor'] as const) {
    const col = columns[name] as ArrayLike<number> | undefined;
    if (col === undefined || col === null || typeof col.length !== 'number') {
      throw new InvalidArgumentError(fn, `transactions.${name}`, 'must be an array of numbers', col);
    }
  }
  const n = columns.customer.length;
  if (columns.epochDay.length !== n || columns.amountMinor.length !== n) {
    throw new InvalidArgumentError(
      fn,
      'transactions',
      'must have columns of one length (customer, epochDay, amountMinor)',
      { customer: n, epochDay: columns.epochDay.length, amountMinor: columns.amountMinor.length },
    );
  }
  return n;
}

/** Identifier strings of the column input's customer indices (`null` where an id is unusable). @internal */
function customerNames(fn: string, columns: TransactionColumns): (string | null)[] | null {
  if (columns.customerIds === undefined) return null;
  if (!Array.isArray(columns.customerIds)) {
    throw new InvalidArgumentError(fn, 'transactions.customerIds', 'must be an array of identifiers', columns.customerIds);
  }
  return columns.customerIds.map(readCustomerId);
}

/**
 * Reads the column form (customer index, epoch day, amount in minor units) into {@link RawTransactions}.
 * A negative amount is a return. Entries out of range are rejected with their index. @internal
 */
export function readTransactionColumnInput(fn: string, columns: TransactionColumns): RawTransactions {
  const n = checkColumns(fn, columns);
  const names = customerNames(fn, columns);
  const raw = createRawTransactions(n);
  const keyOf = new Map<string, number>();
  const denseOf = new Map<number, number>();
  const { customer, epochDay, amountMinor } = columns;
  for (let i = 0; i < n; i++) {
    const c = customer[i] as number;
    if (!Number.isInteger(c) || c < 0 || (names !== null && (c >= names.length || names[c] === null))) {
      const reason = names === null ? 'must be an integer ≥ 0' : 'must index a valid entry of customerIds';
      raw.rejected.push({ index: i, field: 'customer', reason, value: c });
      continue;
    }
    const day = epochDay[i] as number;
    if (!Number.isInteger(day) || day < MIN_DAY || day > MAX_DAY) {
      raw.rejected.push({ index: i, field: 'epochDay', reason: 'must be an integer day of the years 0000-9999', value: day });
      continue;
    }
    const amount = amountMinor[i] as number;
    if (!Number.isInteger(amount) || amount >= MINOR_LIMIT || amount <= -MINOR_LIMIT) {
      raw.rejected.push({ index: i, field: 'amountMinor', reason: 'must be an integer below 2^52 in magnitude', value: amount });
      continue;
    }
    let key = denseOf.get(c);
    if (key === undefined) {
      const id = names === null ? String(c) : (names[c] as string);
      key = keyOf.get(id);
      if (key === undefined) {
        key = raw.ids.length;
        keyOf.set(id, key);
        raw.ids.push(id);
      }
      denseOf.set(c, key);
    }
    const k = raw.count++;
    raw.customer[k] = key;
    raw.day[k] = day;
    raw.amountMinor[k] = amount === 0 ? 0 : amount;
    raw.returned[k] = amount < 0 ? 1 : 0;
    raw.rowIndex[k] = i;
  }
  return raw;
}
