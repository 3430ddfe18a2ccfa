import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from '../../money/describeMinorUnitsProblem';
import { parseMinorUnits } from '../../money/parseMinorUnits';
import { createStringIndex } from '../createStringIndex';
import { parseCalendarDay } from '../parseCalendarDay';
import type { DateObjectReading, TransactionFields, TransactionInputRow } from '../types';
import { dateObjectDay, describeShiftedDate, SHIFTED_DAY } from './dateObjectDay';
import { createRawTransactions, type RawTransactions } from './rawTransactions';
import { readCustomerId } from './readCustomerId';

const DATE_RULE = 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)';

/** `is missing (no property \`key\`)` when the row has no such property, `null` otherwise. @internal */
function missing(row: object, key: string, value: unknown): string | null {
  return value === undefined && !(key in row) ? `is missing (no property \`${key}\`)` : null;
}

/** The optional text of a row (`null` when absent or blank), or `undefined` when it is not text. @internal */
function optionalText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s.length === 0 ? null : s;
}

/** Reads an optional non-negative money field into minor units: NaN when absent, -1 when invalid. @internal */
function optionalMinor(value: unknown, digits: number): number {
  if (value === undefined || value === null || value === '') return Number.NaN;
  const minor = parseMinorUnits(value as number | string, digits);
  return Number.isNaN(minor) || minor < 0 ? -1 : minor;
}

/** Puts the optional columns of one accepted row (`k`) into `raw`, allocating a column on first use. @internal */
function storeOptional(raw: RawTransactions, k: number, capacity: number, fields: OptionalFields): void {
  if (fields.discount > 0) (raw.discountMinor ??= new Float64Array(capacity))[k] = fields.discount;
  if (!Number.isNaN(fields.cost)) (raw.costMinor ??= new Float64Array(capacity).fill(Number.NaN))[k] = fields.cost;
  if (!Number.isNaN(fields.quantity)) (raw.quantity ??= new Float64Array(capacity).fill(Number.NaN))[k] = fields.quantity;
  if (fields.product !== null) (raw.product ??= new Array<string | null>(capacity).fill(null))[k] = fields.product;
  if (fields.orderId !== null) (raw.orderId ??= new Array<string | null>(capacity).fill(null))[k] = fields.orderId;
  if (fields.channel !== null) (raw.channel ??= new Array<string | null>(capacity).fill(null))[k] = fields.channel;
}

interface OptionalFields {
  discount: number;
  cost: number;
  quantity: number;
  product: string | null;
  orderId: string | null;
  channel: string | null;
}

/** A rejection `[field, reason, value]`, or the parsed optional fields. @internal */
function readOptional(row: TransactionInputRow, digits: number, returned: boolean): OptionalFields | [string, string, unknown] {
  const discount = optionalMinor(row.discount, digits);
  if (discount === -1) return ['discount', `must be a non-negative amount with at most ${digits} decimals`, row.discount];
  const cost = optionalMinor(row.cost, digits);
  if (cost === -1) return ['cost', `must be a non-negative amount with at most ${digits} decimals`, row.cost];
  let quantity = Number.NaN;
  if (row.quantity !== undefined && row.quantity !== null && row.quantity !== '') {
    quantity = typeof row.quantity === 'string' ? Number(row.quantity) : row.quantity;
    if (typeof quantity !== 'number' || !Number.isFinite(quantity)) return ['quantity', 'must be a finite number', row.quantity];
    if (quantity < 0 && !returned) return ['quantity', 'must not be negative unless `returned` is true', row.quantity];
  }
  const product = optionalText(row.product);
  if (product === undefined) return ['product', 'must be a string', row.product];
  const orderId = optionalText(row.orderId);
  if (orderId === undefined) return ['orderId', 'must be a string or a number', row.orderId];
  const channel = optionalText(row.channel);
  if (channel === undefined) return ['channel', 'must be a string', row.channel];
  return { discount: Number.isNaN(discount) ? 0 : discount, cost, quantity, product, orderId, channel };
}

/**
 * Reads transaction row objects into {@link RawTransactions}: every row is either accepted or listed in
 * `rejected` with its first broken rule. @internal
 */
export function readTransactionRows(
  fn: string,
  rows: readonly TransactionInputRow[],
  digits: number,
  currency: string | null,
  fields: Required<TransactionFields> = { customerId: 'customerId', date: 'date', amount: 'amount', returned: 'returned' },
  dateObjects: DateObjectReading = 'strict',
): RawTransactions {
  const { customerId: idKey, date: dateKey, amount: amountKey, returned: returnedKey } = fields;
  const n = rows.length;
  const raw = createRawTransactions(n);
  const lookup = createStringIndex();
  const seenCurrencies = new Set<string>();
  const reject = (index: number, field: string, reason: string, value: unknown): void => {
    raw.rejected.push({ index, field, reason, value });
  };
  for (let i = 0; i < n; i++) {
    const row = rows[i] as TransactionInputRow | null | undefined;
    if (typeof row !== 'object' || row === null) {
      reject(i, 'row', `must be an object with ${idKey}, ${dateKey} and ${amountKey}`, row);
      continue;
    }
    const record = row as unknown as Record<string, unknown>;
    const rawId = record[idKey];
    const id = readCustomerId(rawId);
    if (id === null) {
      reject(i, 'customerId', missing(row, idKey, rawId) ?? 'must be a non-blank string or a safe integer', rawId);
      continue;
    }
    const date = record[dateKey];
    const day = date instanceof Date ? dateObjectDay(date, dateObjects) : parseCalendarDay(date);
    if (day === SHIFTED_DAY) {
      reject(i, 'date', describeShiftedDate(date as Date), date);
      continue;
    }
    if (Number.isNaN(day)) {
      reject(i, 'date', missing(row, dateKey, date) ?? DATE_RULE, date);
      continue;
    }
    const rawAmount = record[amountKey] as number | string;
    const amount = parseMinorUnits(rawAmount, digits);
    if (Number.isNaN(amount)) {
      reject(i, 'amount', missing(row, amountKey, rawAmount) ?? describeMinorUnitsProblem(rawAmount, digits), rawAmount);
      continue;
    }
    const returned = record[returnedKey];
    if (returned !== undefined && returned !== null && typeof returned !== 'boolean') {
      reject(i, 'returned', 'must be a boolean', returned);
      continue;
    }
    if (amount < 0 && returned !== true) {
      reject(i, 'amount', 'must not be negative unless `returned` is true (a refund)', rawAmount);
      continue;
    }
    const rowCurrency = row.currency;
    if (rowCurrency !== undefined && rowCurrency !== null && rowCurrency !== '') {
      if (typeof rowCurrency !== 'string') {
        reject(i, 'currency', 'must be an ISO 4217 code', rowCurrency);
        continue;
      }
      const code = rowCurrency.trim().toUpperCase();
      if (currency !== null && code !== currency) {
        reject(i, 'currency', `must be ${currency}, the currency of the log (convert first)`, rowCurrency);
        continue;
      }
      seenCurrencies.add(code);
    }
    const optional = readOptional(row, digits, returned === true);
    if (Array.isArray(optional)) {
      reject(i, optional[0], optional[1], optional[2]);
      continue;
    }
    const k = raw.count++;
    const key = lookup(id, raw.ids.length);
    if (key === raw.ids.length) raw.ids.push(id);
    raw.customer[k] = key;
    raw.day[k] = day;
    raw.amountMinor[k] = returned === true ? -Math.abs(amount) : amount;
    raw.returned[k] = returned === true ? 1 : 0;
    raw.rowIndex[k] = i;
    storeOptional(raw, k, n, optional);
  }
  if (currency === null && seenCurrencies.size > 1) {
    throw new InvalidArgumentError(
      fn,
      'transactions[].currency',
      'must be one currency per log (convert the amounts first, or pass `options.currency` to keep one and reject the rest)',
      [...seenCurrencies].sort(),
    );
  }
  raw.currency = currency ?? (seenCurrencies.size === 1 ? ([...seenCurrencies][0] as string) : null);
  return raw;
}
