import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../core/validate/assertInteger';
import { parseCalendarDay } from '../../time/parseCalendarDay';

/** Throws unless `options` is a (non-null) object. @internal */
export function assertOptionsObject(fn: string, options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
}

/** A date option as an epoch day, or a throw naming `argument`. @internal */
export function readDateOption(fn: string, argument: string, value: unknown): number {
  const day = parseCalendarDay(value);
  if (Number.isNaN(day)) {
    throw new InvalidArgumentError(fn, argument, 'must be a calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value);
  }
  return day;
}

/**
 * The period option `{ from, to }` (both inclusive) as epoch days; `from` may be left out when
 * `fromOptional` (then `null`). @internal
 */
export function readPeriod(fn: string, value: unknown, fromOptional = false): { from: number | null; to: number } {
  if (typeof value !== 'object' || value === null || value instanceof Date) {
    throw new InvalidArgumentError(fn, 'options.period', 'must be an object { from, to } of calendar dates', value);
  }
  const p = value as { from?: unknown; to?: unknown };
  const to = readDateOption(fn, 'options.period.to', p.to);
  if (p.from === undefined && fromOptional) return { from: null, to };
  const from = readDateOption(fn, 'options.period.from', p.from);
  if (from > to) throw new InvalidArgumentError(fn, 'options.period.from', `must not be after \`period.to\` (${String(p.to)})`, p.from);
  return { from, to };
}

/** An optional positive number option (default `fallback`). @internal */
export function readPositive(fn: string, argument: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) {
    throw new InvalidArgumentError(fn, argument, 'must be a finite number > 0', value);
  }
  return value;
}

/** A required whole number of days ≥ `min`. @internal */
export function readDays(fn: string, argument: string, value: unknown, min: number): number {
  assertInteger(fn, argument, value, min, 1_000_000);
  return value;
}
