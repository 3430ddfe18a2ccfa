import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import { dateObjectDay, describeShiftedDate, SHIFTED_DAY } from './internal/dateObjectDay';
import { parseEpochDay } from './parseEpochDay';
import type { DateObjectReading, MergeBy, MonthLength, ReturnPolicy, SummaryOptions, TimeUnit, TransactionFields } from './types';

/** Summary options checked and with defaults filled in; dates as epoch days. @internal */
export interface ResolvedSummaryOptions {
  readonly unit: TimeUnit;
  readonly unitDays: number | null;
  readonly monthLength: MonthLength | null;
  readonly mergeBy: MergeBy;
  readonly calibrationEnd: number | null;
  readonly observationEnd: number | null;
  readonly minorDigits: number;
  readonly returns: ReturnPolicy;
  readonly dateObjects: DateObjectReading;
  /** Property names of the row fields, defaults filled in. */
  readonly fields: Required<TransactionFields>;
}

const FIELD_NAMES = ['customerId', 'date', 'amount', 'returned'] as const;

/** Checks `options.fields` and fills in the library's names; throws `INVALID_ARGUMENT`. @internal */
export function resolveFields(fn: string, fields: unknown): Required<TransactionFields> {
  if (fields === undefined) return { customerId: 'customerId', date: 'date', amount: 'amount', returned: 'returned' };
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
    throw new InvalidArgumentError(fn, 'options.fields', "must be an object such as { customerId: 'customer_id', date: 'order_date', amount: 'total' }", fields);
  }
  for (const key of Object.keys(fields)) {
    if (!(FIELD_NAMES as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(fn, `options.fields.${key}`, `is not a field (the fields are ${FIELD_NAMES.join(', ')})`, key);
    }
  }
  const nameOf = (name: (typeof FIELD_NAMES)[number]): string => {
    const value = (fields as Record<string, unknown>)[name];
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
      throw new InvalidArgumentError(fn, `options.fields.${name}`, 'must be a non-empty property name', value);
    }
    return (value as string | undefined) ?? name;
  };
  // One literal (one stable object shape, which optimised readers may rely on).
  return { customerId: nameOf('customerId'), date: nameOf('date'), amount: nameOf('amount'), returned: nameOf('returned') };
}

/** Checks `options.dateObjects` (default `'strict'`); throws `INVALID_ARGUMENT`. @internal */
export function resolveDateObjects(fn: string, value: unknown): DateObjectReading {
  if (value === undefined) return 'strict';
  if (value !== 'strict' && value !== 'utc' && value !== 'local') {
    throw new InvalidArgumentError(fn, 'options.dateObjects', "must be 'strict', 'utc' or 'local'", value);
  }
  return value;
}

/** Checks the summary options and fills in the defaults; throws `INVALID_ARGUMENT`. @internal */
export function resolveSummaryOptions(
  fn: string,
  options: SummaryOptions | undefined,
  columnMinorDigits?: number,
): ResolvedSummaryOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  const unit = options?.unit ?? 'day';
  let unitDays: number | null;
  if (unit === 'day') unitDays = 1;
  else if (unit === 'week') unitDays = 7;
  else if (unit === 'month') {
    const length = options?.monthLength;
    if (length !== 30 && length !== 30.4375 && length !== 'calendar') {
      throw new InvalidArgumentError(
        fn,
        'options.monthLength',
        "must be 30, 30.4375 or 'calendar' when unit is 'month' (months only by explicit choice)",
        length,
      );
    }
    unitDays = length === 'calendar' ? null : length;
  } else if (typeof unit === 'number' && Number.isFinite(unit) && unit > 0) unitDays = unit;
  else {
    throw new InvalidArgumentError(fn, 'options.unit', "must be 'day', 'week', 'month' or a positive number of days", unit);
  }
  if (unit !== 'month' && options?.monthLength !== undefined) {
    throw new InvalidArgumentError(fn, 'options.monthLength', "is only allowed with unit 'month'", options.monthLength);
  }
  const mergeBy = options?.mergeBy ?? 'day';
  if (mergeBy !== 'day' && mergeBy !== 'unit') {
    throw new InvalidArgumentError(fn, 'options.mergeBy', "must be 'day' or 'unit'", mergeBy);
  }
  const returns = options?.returns ?? 'net';
  if (returns !== 'net' && returns !== 'drop' && returns !== 'refuse') {
    throw new InvalidArgumentError(fn, 'options.returns', "must be 'net', 'drop' or 'refuse'", returns);
  }
  const dateObjects = resolveDateObjects(fn, options?.dateObjects);
  const fields = resolveFields(fn, options?.fields);
  const day = (name: 'calibrationEnd' | 'observationEnd'): number | null => {
    const value = options?.[name];
    if (value === undefined) return null;
    const parsed = value instanceof Date ? dateObjectDay(value, dateObjects) : parseEpochDay(value);
    if (parsed === SHIFTED_DAY) throw new InvalidArgumentError(fn, `options.${name}`, describeShiftedDate(value as Date), value);
    if (Number.isNaN(parsed)) {
      throw new InvalidArgumentError(fn, `options.${name}`, 'must be a valid calendar date (yyyy-mm-dd or a Date)', value);
    }
    return parsed;
  };
  const calibrationEnd = day('calibrationEnd');
  const observationEnd = day('observationEnd');
  if (calibrationEnd !== null && observationEnd !== null && calibrationEnd > observationEnd) {
    throw new InvalidArgumentError(fn, 'options.calibrationEnd', 'must not be after options.observationEnd', options?.calibrationEnd);
  }
  let minorDigits = resolveMinorDigits(fn, options);
  if (columnMinorDigits !== undefined) {
    if (options?.minorDigits === undefined && options?.currency === undefined) minorDigits = columnMinorDigits;
    else if (columnMinorDigits !== minorDigits) {
      throw new InvalidArgumentError(fn, 'columns.minorDigits', `must agree with the options (${minorDigits})`, columnMinorDigits);
    }
  }
  return {
    unit,
    unitDays,
    monthLength: unit === 'month' ? (options?.monthLength as MonthLength) : null,
    mergeBy,
    calibrationEnd,
    observationEnd,
    minorDigits,
    returns,
    dateObjects,
    fields,
  };
}
