import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from '../../money/describeMinorUnitsProblem';
import { parseMinorUnits } from '../../money/parseMinorUnits';
import { createStringIndex } from '../createStringIndex';
import { parseEpochDay } from '../parseEpochDay';
import type { ResolvedSummaryOptions } from '../resolveSummaryOptions';
import type { RejectedTransaction } from '../types';
import { dateObjectDay, describeShiftedDate, SHIFTED_DAY } from './dateObjectDay';

/** Row objects read into integer columns for `summarizeCore`. @internal */
export interface SummaryRows<Id> {
  /** Dense customer index of each row (0 on rejected rows). */
  readonly customer: number[];
  /** Epoch day of each row. */
  readonly epochDay: number[];
  /** Signed amount of each row in minor units (a return is negative). */
  readonly amountMinor: number[];
  /** Identifier of each customer index, in order of first appearance. */
  readonly ids: Id[];
  /** 1 on rejected rows; `null` when none is. */
  readonly bad: Uint8Array | null;
  /** The rejected rows, in input order. */
  readonly rejected: RejectedTransaction[];
}

/** Below this many rows a `Map` finds customer indices faster than the code-unit table. @internal */
const MAP_ROWS = 1_000_000;

/** Why a field's value was refused: missing (by property name) when undefined, else the rule it breaks. Cold path. @internal */
function problem(row: object, key: string, value: unknown, rule: string): string {
  if (value === undefined) return key in row ? `is undefined (property \`${key}\`)` : `is missing (no property \`${key}\`)`;
  return rule;
}

/**
 * Reads transaction row objects (fields under `settings.fields`) into integer columns: dates as epoch
 * days (the previous row's date is reused when it is the same value), amounts as signed minor units
 * (`returned: true` makes an amount negative), customer identifiers as dense indices in order of first
 * appearance. Every unreadable row is rejected with the field, the rule and the value; returns are
 * dropped or refused here under those policies. Plain arrays, which stay in the JS heap (see
 * `summarizeCore`). @internal
 */
export function readSummaryRows<Id extends string | number>(
  fn: string,
  transactions: readonly object[],
  settings: ResolvedSummaryOptions,
): SummaryRows<Id> {
  const n = transactions.length;
  const { minorDigits, dateObjects, returns } = settings;
  const { customerId: idKey, date: dateKey, amount: amountKey, returned: returnedKey } = settings.fields;
  const customer = new Array<number>(n).fill(0);
  const epochDay = new Array<number>(n).fill(0);
  const amountMinor = new Array<number>(n).fill(0);
  const stringIndex = n < MAP_ROWS ? null : createStringIndex();
  const stringMap = new Map<string, number>();
  const numberIndex = new Map<number, number>();
  const ids: Id[] = [];
  const rejected: RejectedTransaction[] = [];
  let bad: Uint8Array | null = null;
  let lastId: unknown;
  let lastIndex = -1;
  let lastDate: unknown;
  let lastDay = Number.NaN;
  for (let i = 0; i < n; i++) {
    const row = transactions[i] as Record<string, unknown> | null | undefined;
    let field: RejectedTransaction['field'];
    let reason: string;
    let value: unknown;
    if (row === null || typeof row !== 'object') {
      field = 'row';
      reason = `must be an object { ${idKey}, ${dateKey}, ${amountKey} }`;
      value = row;
    } else {
      const id = row[idKey];
      const date = row[dateKey];
      let day = lastDay;
      if (date !== lastDate) {
        day = typeof date === 'string' ? parseEpochDay(date) : date instanceof Date ? dateObjectDay(date, dateObjects) : Number.NaN;
        lastDate = date;
        lastDay = day;
      }
      const amount = row[amountKey];
      let minor = typeof amount === 'number' || typeof amount === 'string' ? parseMinorUnits(amount, minorDigits) : Number.NaN;
      const flag = row[returnedKey];
      if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
        field = 'customerId';
        reason = problem(row, idKey, id, 'must be a string or a finite number');
        value = id;
      } else if (Number.isNaN(day) || day === SHIFTED_DAY) {
        field = 'date';
        reason =
          day === SHIFTED_DAY
            ? describeShiftedDate(date as Date)
            : problem(row, dateKey, date, 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)');
        value = date;
      } else if (Number.isNaN(minor)) {
        field = 'amount';
        reason = problem(row, amountKey, amount, describeMinorUnitsProblem(amount, minorDigits));
        value = amount;
      } else if (flag !== undefined && flag !== null && typeof flag !== 'boolean') {
        field = 'returned';
        reason = `must be a boolean (property \`${returnedKey}\`)`;
        value = flag;
      } else if (flag === true && minor === 0) {
        field = 'amount';
        reason = `is 0 on a return (\`${returnedKey}\`: true): a return of nothing is neither a purchase nor a refund`;
        value = amount;
      } else {
        if (flag === true && minor > 0) minor = -minor;
        if (minor < 0 && returns !== 'net') {
          if (returns === 'refuse') {
            throw new InvalidArgumentError(
              fn,
              `transactions[${i}].${amountKey}`,
              "must not be a return (a negative amount or `returned: true`) with `options.returns` 'refuse'; " +
                "use 'net' to net returns against the purchases or 'drop' to leave them out with a report",
              amount,
            );
          }
          field = 'amount';
          reason = "is a return (a negative amount or `returned: true`), left out by `options.returns` 'drop'";
          value = amount;
        } else {
          // Logs are often grouped by customer: reuse the previous row's index before asking the index.
          let k = lastIndex;
          if (id !== lastId) {
            const next = ids.length;
            if (typeof id === 'string') {
              if (stringIndex !== null) k = stringIndex(id, next);
              else {
                k = stringMap.get(id) ?? next;
                if (k === next) stringMap.set(id, k);
              }
            } else {
              k = numberIndex.get(id) ?? next;
              if (k === next) numberIndex.set(id, k);
            }
            if (k === next) ids.push(id as Id);
            lastId = id;
            lastIndex = k;
          }
          customer[i] = k;
          epochDay[i] = day;
          amountMinor[i] = minor;
          continue;
        }
      }
    }
    bad ??= new Uint8Array(n);
    bad[i] = 1;
    rejected.push({ index: i, field, reason, value });
  }
  return { customer, epochDay, amountMinor, ids, bad, rejected };
}
