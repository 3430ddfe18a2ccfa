import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../../money/resolveMinorDigits';
import { currencyMinorDigits } from '../../money/currencyMinorDigits';
import { groupRawTransactions } from './groupRawTransactions';
import { readTransactionColumnInput } from './readTransactionColumnInput';
import { readTransactionRows } from './readTransactionRows';
import { resolveDateObjects } from './resolveDateObjects';
import { resolveFields } from './resolveFields';
import type {
  DateObjectReading,
  IndexTransactionsOptions,
  TransactionColumns,
  TransactionFields,
  TransactionIndex,
  TransactionInputRow,
} from '../types';

/** Whether `input` is an index built by `indexTransactions`. @internal */
function isIndex(input: unknown): input is TransactionIndex {
  return typeof input === 'object' && input !== null && (input as { kind?: unknown }).kind === 'transactionIndex';
}

/** The checked options: minor digits, currency, field names and the reading of `Date`s. @internal */
function resolveOptions(
  fn: string,
  options: IndexTransactionsOptions | undefined,
): { digits: number; currency: string | null; fields: Required<TransactionFields>; dateObjects: DateObjectReading } {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const currency = options?.currency;
  if (currency !== undefined && typeof currency !== 'string') {
    throw new InvalidArgumentError(fn, 'options.currency', 'must be an ISO 4217 code', currency);
  }
  const code = currency === undefined ? null : currency.trim().toUpperCase();
  if (code !== null) currencyMinorDigits(code, fn);
  const money = { ...(code === null ? {} : { currency: code }), ...(options?.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }) };
  const fields = resolveFields(fn, options?.fields);
  const dateObjects = resolveDateObjects(fn, options?.dateObjects);
  return { digits: resolveMinorDigits(fn, money), currency: code, fields, dateObjects };
}

/**
 * `indexTransactions` on behalf of the public function `fn`, which its errors name (e.g. `rfmScores`
 * reading its `transactions`), so that a user sees the function they called. @internal
 */
export function indexTransactionsAs(
  fn: string,
  input: readonly TransactionInputRow[] | readonly object[] | TransactionColumns | TransactionIndex,
  options?: IndexTransactionsOptions,
): TransactionIndex {
  if (isIndex(input)) return input;
  const { digits, currency, fields, dateObjects } = resolveOptions(fn, options);
  if (Array.isArray(input)) {
    const raw = readTransactionRows(fn, input as readonly TransactionInputRow[], digits, currency, fields, dateObjects);
    return groupRawTransactions(raw, digits, input.length);
  }
  if (typeof input === 'object' && input !== null && 'customer' in input) {
    const columns = input as TransactionColumns;
    if (columns.minorDigits !== undefined && columns.minorDigits !== digits) {
      throw new InvalidArgumentError(fn, 'transactions.minorDigits', `must agree with the options (${digits})`, columns.minorDigits);
    }
    const raw = readTransactionColumnInput(fn, columns);
    raw.currency = currency;
    return groupRawTransactions(raw, digits, columns.customer.length);
  }
  throw new InvalidArgumentError(fn, 'transactions', 'must be an array of rows, transaction columns or a transaction index', input);
}
