import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { indexTransactionsAs } from '../../time/internal/indexTransactionsAs';
import { parseCalendarDay } from '../../time/parseCalendarDay';
import type { TransactionIndex, TransactionInputRow } from '../../time/types';

/** The options object of a retention function, checked to be an object. @internal */
export function requireOptions<T>(fn: string, options: T): T {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  return options;
}

/** A required date option as an epoch day. @internal */
export function requireDay(fn: string, name: string, value: unknown): number {
  const day = parseCalendarDay(value);
  if (Number.isNaN(day)) throw new InvalidArgumentError(fn, `options.${name}`, 'must be a calendar date (yyyy-mm-dd or a Date)', value);
  return day;
}

/** A required whole number of days ≥ 1. @internal */
export function requireDays(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError(fn, `options.${name}`, 'must be a whole number of days at least 1', value);
  }
  return value;
}

/**
 * The transaction index of rows (or an index passed through), refusing a log without any accepted row.
 * @internal
 */
export function readRetentionLog(
  fn: string,
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  options: { readonly minorDigits?: number; readonly currency?: string },
): TransactionIndex {
  const money = {
    ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }),
    ...(options.currency === undefined ? {} : { currency: options.currency }),
  };
  const index = indexTransactionsAs(fn, transactions, money);
  if (index.epochDay.length === 0) {
    throw new EmptyInputError(fn, 'transactions', index.rowCount === 0 ? 'must not be empty' : 'has no valid row (every row was rejected)');
  }
  return index;
}
