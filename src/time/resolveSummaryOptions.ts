import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import { dateObjectDay, describeShiftedDate, SHIFTED_DAY } from './internal/dateObjectDay';
import { parseEpochDay } from './parseEpochDay';
import { resolveDateObjects } from './internal/resolveDateObjects';
import { resolveFields } from './internal/resolveFields';
import { resolveTimeUnit } from './internal/resolveTimeUnit';
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
  /** The currency of the log (`options.currency`, trimmed and upper-cased), or `null`. */
  readonly currency: string | null;
  /** Property names of the row fields, defaults filled in. */
  readonly fields: Required<TransactionFields>;
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
  const { unit, unitDays, monthLength } = resolveTimeUnit(fn, options?.unit, options?.monthLength);
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
    monthLength,
    mergeBy,
    calibrationEnd,
    observationEnd,
    minorDigits,
    returns,
    dateObjects,
    currency: typeof options?.currency === 'string' ? options.currency.trim().toUpperCase() : null,
    fields,
  };
}
