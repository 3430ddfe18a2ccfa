import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from '../../money/describeMinorUnitsProblem';
import { parseMinorUnits } from '../../money/parseMinorUnits';
import { createStringIndex } from '../createStringIndex';
import { parseCalendarDay } from '../parseCalendarDay';
import { parseEpochDay } from '../parseEpochDay';
import type { ResolvedSummaryOptions } from '../resolveSummaryOptions';
import type { RejectedTransaction } from '../types';
import { dateObjectDay, describeShiftedDate, SHIFTED_DAY } from './dateObjectDay';
import { readCustomerId } from './readCustomerId';

/** A column of integers: typed for small logs, plain (heap) for large ones. @internal */
type Column = Int32Array | Float64Array | number[];

/** Row objects read into integer columns for `summarizeCore`. @internal */
export interface SummaryRows<Id> {
  /** Dense customer index of each row (0 on rejected rows). */
  readonly customer: Column;
  /** Epoch day of each row. */
  readonly epochDay: Column;
  /** Signed amount of each row in minor units (a return is negative). */
  readonly amountMinor: Column;
  /** Identifier of each customer index, in order of first appearance (the registry's, when given). */
  readonly ids: Id[];
  /** 1 on rejected rows; `null` when none is. */
  readonly bad: Uint8Array | null;
  /** The rejected rows, in input order. */
  readonly rejected: RejectedTransaction[];
  /** The currency codes named by the accepted rows (trimmed, upper-cased). */
  readonly currencies: ReadonlySet<string>;
}

/**
 * The `INVALID_ARGUMENT` error of a log whose rows name more than one currency without
 * `options.currency`. @internal
 */
export function mixedCurrencies(fn: string, currencies: ReadonlySet<string>): InvalidArgumentError {
  return new InvalidArgumentError(
    fn,
    'transactions[].currency',
    'must be one currency per log (convert the amounts first, or pass `options.currency` to keep one and reject the rest)',
    [...currencies].sort(),
  );
}

/**
 * The customers met so far when a log is read in parts (`summarizeTransactions` on a stream): the index
 * of each identifier (under its string, and under a number id), and the identifiers by index. @internal
 */
export interface CustomerRegistry<Id> {
  /** Index of an identifier's string (see `createStringIndex`: faster than a `Map` for millions of keys). */
  readonly stringIndex: (key: string, next: number) => number;
  readonly numberIndex: Map<number, number>;
  readonly ids: Id[];
}

/** Most distinct date strings remembered at once (a log of timestamps has one per row). @internal */
const DATE_CACHE_LIMIT = 65_536;

/** The rule a date must meet (the supported range is that of `indexTransactions`). @internal */
export const SUMMARY_DATE_RULE = 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date) in the years 0000-9999';

/** Why a valid `Date` outside the supported years was refused. @internal */
export const SUMMARY_DATE_RANGE = 'is outside the supported years 0000-9999 (0000-01-01 to 9999-12-31)';

/** `lastId` before the first accepted row: equal to no identifier. @internal */
const NO_ID = Symbol('no identifier');

/** Below this many rows a `Map` finds customer indices faster than the code-unit table. @internal */
const MAP_ROWS = 1_000_000;

/** Why a field's value was refused: missing (by property name) when undefined, else the rule it breaks. Cold path. @internal */
function problem(row: object, key: string, value: unknown, rule: string): string {
  if (value === undefined) return key in row ? `is undefined (property \`${key}\`)` : `is missing (no property \`${key}\`)`;
  return rule;
}

/** What the slow path needs besides the row. @internal */
interface RowContext {
  readonly fn: string;
  readonly settings: ResolvedSummaryOptions;
  readonly rejected: RejectedTransaction[];
  /** The currency codes of the accepted rows. */
  readonly currencies: Set<string>;
  /** The last `currency` value accepted as written, which the fast path lets through. */
  lastCurrency: unknown;
  /** The index reported for row `i` (its index in the whole log when the rows are a part of it). */
  readonly indexOf: (i: number) => number;
}

/**
 * The currency rule of `indexTransactions`: `null` when the row's `currency` (absent, blank or a code)
 * is accepted (recorded in `context`), else the reason to reject it. @internal
 */
function currencyProblem(value: unknown, context: RowContext): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return 'must be an ISO 4217 code (property `currency`)';
  const code = value.trim().toUpperCase();
  const log = context.settings.currency;
  if (log !== null && code !== log) return `must be ${log}, the currency of the log (\`options.currency\`; convert first)`;
  context.currencies.add(code);
  context.lastCurrency = value;
  return null;
}

/** A date in any accepted form as an epoch day (`NaN` when invalid, `SHIFTED_DAY` when refused). @internal */
function readDate(date: unknown, settings: ResolvedSummaryOptions): number {
  if (typeof date === 'string') return parseEpochDay(date);
  if (date instanceof Date) return dateObjectDay(date, settings.dateObjects);
  return Number.NaN;
}

/**
 * The slow path of a row the fast path did not accept: a rejection (pushed to `rejected`, returns `NaN`),
 * a return to refuse (throws) or to drop (rejected), or a row to accept with its signed amount in minor
 * units (returned: a `returned: true` row's amount made negative). @internal
 */
function slowRow(i: number, row: unknown, context: RowContext): number {
  const { fn, settings, rejected } = context;
  const { customerId: idKey, date: dateKey, amount: amountKey, returned: returnedKey } = settings.fields;
  const reject = (field: RejectedTransaction['field'], reason: string, value: unknown): number => {
    rejected.push({ index: context.indexOf(i), field, reason, value });
    return Number.NaN;
  };
  if (row === null || typeof row !== 'object') return reject('row', `must be an object { ${idKey}, ${dateKey}, ${amountKey} }`, row);
  const record = row as Record<string, unknown>;
  const id = record[idKey];
  if (readCustomerId(id) === null) {
    return reject('customerId', problem(row, idKey, id, 'must be a non-blank string or a safe integer'), id);
  }
  const date = record[dateKey];
  const day = readDate(date, settings);
  if (day === SHIFTED_DAY) return reject('date', describeShiftedDate(date as Date), date);
  if (Number.isNaN(day)) {
    const outside = date instanceof Date && Number.isFinite(date.getTime());
    return reject('date', problem(row, dateKey, date, outside ? SUMMARY_DATE_RANGE : SUMMARY_DATE_RULE), date);
  }
  const amount = record[amountKey];
  let minor = typeof amount === 'number' || typeof amount === 'string' ? parseMinorUnits(amount, settings.minorDigits) : Number.NaN;
  if (Number.isNaN(minor)) return reject('amount', problem(row, amountKey, amount, describeMinorUnitsProblem(amount, settings.minorDigits)), amount);
  const flag = record[returnedKey];
  if (flag !== undefined && flag !== null && typeof flag !== 'boolean') return reject('returned', `must be a boolean (property \`${returnedKey}\`)`, flag);
  const currency = record.currency;
  const currencyRule = currencyProblem(currency, context);
  if (currencyRule !== null) return reject('currency', currencyRule, currency);
  if (flag === true) {
    if (minor === 0) return reject('amount', `is 0 on a return (\`${returnedKey}\`: true): a return of nothing is neither a purchase nor a refund`, amount);
    minor = -Math.abs(minor);
  }
  if (minor < 0 && settings.returns === 'refuse') {
    throw new InvalidArgumentError(
      fn,
      `transactions[${context.indexOf(i)}].${amountKey}`,
      "must not be a return (a negative amount or `returned: true`) with `options.returns` 'refuse'; " +
        "use 'net' to net returns against the purchases or 'drop' to leave them out with a report",
      amount,
    );
  }
  if (minor < 0 && settings.returns === 'drop') {
    return reject('amount', "is a return (a negative amount or `returned: true`), left out by `options.returns` 'drop'", amount);
  }
  return minor;
}

/**
 * Reads transaction row objects (fields under `settings.fields`) into integer columns: dates as epoch
 * days (each distinct date string parsed once), amounts as signed minor units
 * (`returned: true` makes an amount negative), customer identifiers as dense indices in order of first
 * appearance. Every unreadable row is rejected with the field, the rule and the value; returns are
 * dropped or refused here under those policies. The loop handles the common case (a readable purchase,
 * or a return netted) and hands every other row to `slowRow`, so that the hot code stays small.
 *
 * Columns are typed arrays below a million rows; above, plain arrays, which stay in the JS heap (see
 * `summarizeCore`): typed arrays are external memory, which forces major garbage collections of the
 * caller's (then huge) heap. @internal
 */
export function readSummaryRows<Id extends string | number>(
  fn: string,
  transactions: readonly object[],
  settings: ResolvedSummaryOptions,
  indexOf: (i: number) => number = (i) => i,
  registry?: CustomerRegistry<Id>,
): SummaryRows<Id> {
  const n = transactions.length;
  const { minorDigits } = settings;
  const netReturns = settings.returns === 'net';
  const { customerId: idKey, date: dateKey, amount: amountKey, returned: returnedKey } = settings.fields;
  const small = n < MAP_ROWS;
  // A part of a stream: its columns are short-lived, and plain arrays are cheap young-generation garbage
  // where typed arrays would count as external memory and force major collections.
  const typed = small && registry === undefined;
  const customer: Column = typed ? new Int32Array(n) : new Array<number>(n).fill(0);
  const epochDay: Column = typed ? new Int32Array(n) : new Array<number>(n).fill(0);
  const amountMinor: Column = typed ? new Float64Array(n) : new Array<number>(n).fill(0);
  const stringIndex = registry?.stringIndex ?? (small ? null : createStringIndex());
  const stringMap = new Map<string, number>();
  const numberIndex = registry?.numberIndex ?? new Map<number, number>();
  const dateCache = new Map<string, number>();
  const ids: Id[] = registry?.ids ?? [];
  const context: RowContext = { fn, settings, rejected: [], currencies: new Set<string>(), lastCurrency: undefined, indexOf };
  let bad: Uint8Array | null = null;
  // The identifier of the last accepted row as written (a sentinel before the first) and its index.
  let lastId: unknown = NO_ID;
  let lastIndex = -1;
  let lastDate: unknown;
  let lastDay = Number.NaN;
  for (let i = 0; i < n; i++) {
    const row = transactions[i] as Record<string, unknown> | null | undefined;
    let id: unknown;
    // The identifier read as `indexTransactions` reads it (`null` when unusable), when it is not `lastId`.
    let key: string | number | null = null;
    let day = Number.NaN;
    let minor = Number.NaN;
    if (row !== null && typeof row === 'object') {
      id = row[idKey];
      if (id !== lastId) key = typeof id === 'number' ? (Number.isSafeInteger(id) ? id : null) : readCustomerId(id);
      const date = row[dateKey];
      day = lastDay;
      if (date !== lastDate) {
        // One parse per distinct date string (a map lookup is native code, fast even before the loop
        // is optimised); the cache is bounded for logs of distinct timestamps.
        const cached = typeof date === 'string' ? dateCache.get(date) : undefined;
        if (cached !== undefined) day = cached;
        else {
          day = typeof date === 'string' ? parseCalendarDay(date) : Number.NaN;
          if (Number.isNaN(day)) day = readDate(date, settings);
          if (typeof date === 'string') {
            if (dateCache.size === DATE_CACHE_LIMIT) dateCache.clear();
            dateCache.set(date, day);
          }
        }
        lastDate = date;
        lastDay = day;
      }
      const amount = row[amountKey];
      if (typeof amount === 'number' || typeof amount === 'string') minor = parseMinorUnits(amount, minorDigits);
      const flag = row[returnedKey];
      const currency = row.currency;
      const fast =
        (id === lastId || key !== null) &&
        day - day === 0 &&
        (minor > 0 || minor === 0 || (minor < 0 && netReturns)) &&
        (flag === undefined || flag === false || flag === null) &&
        (currency === undefined || currency === null || currency === context.lastCurrency);
      if (!fast) minor = slowRow(i, row, context);
    } else minor = slowRow(i, row, context);
    if (Number.isNaN(minor)) {
      bad ??= new Uint8Array(n);
      bad[i] = 1;
      continue;
    }
    // Logs are often grouped by customer: reuse the previous row's index before asking the index. A
    // number is looked up under its string (`1` and `'1'` are one customer), once per distinct number.
    let k = lastIndex;
    if (id !== lastId) {
      const next = ids.length;
      if (typeof key === 'number') {
        k = numberIndex.get(key) ?? -1;
        if (k === -1) {
          k = stringIndex !== null ? stringIndex(String(key), next) : (stringMap.get(String(key)) ?? next);
          if (k === next && stringIndex === null) stringMap.set(String(key), k);
          numberIndex.set(key, k);
        }
      } else if (stringIndex !== null) k = stringIndex(key as string, next);
      else {
        k = stringMap.get(key as string) ?? next;
        if (k === next) stringMap.set(key as string, k);
      }
      if (k === next) ids.push(key as Id);
      lastId = id;
      lastIndex = k;
    }
    customer[i] = k;
    epochDay[i] = day;
    amountMinor[i] = minor;
  }
  if (settings.currency === null && context.currencies.size > 1) {
    throw mixedCurrencies(fn, context.currencies);
  }
  return { customer, epochDay, amountMinor, ids, bad, rejected: context.rejected, currencies: context.currencies };
}
