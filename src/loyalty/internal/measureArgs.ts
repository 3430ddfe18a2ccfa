import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { normalQuantile } from '../../core/special/normalQuantile';
import { formatEpochDay } from '../../time/formatEpochDay';
import { parseCalendarDay } from '../../time/parseCalendarDay';

/** A window as epoch days. @internal */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

const DATE_RULE = 'must be a calendar date (yyyy-mm-dd, yyyymmdd or a Date)';

/** Throws unless `options` is a (non-null) object, and returns it. @internal */
export function requireOptions<T>(fn: string, options: T): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  return options;
}

/** Throws unless `options` is undefined or an object; returns it or `{}`. @internal */
export function optionalOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  return requireOptions(fn, options);
}

/** A required calendar date option as an epoch day. @internal */
export function readDay(fn: string, argument: string, value: unknown): number {
  const day = parseCalendarDay(value);
  if (Number.isNaN(day)) throw new InvalidArgumentError(fn, argument, DATE_RULE, value);
  return day;
}

/** A required `{ from, to }` window option as epoch days (`from ≤ to`). @internal */
export function readWindow(fn: string, argument: string, value: unknown): DayWindow {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError(fn, argument, 'must be a window { from, to } of calendar dates', value);
  }
  const w = value as { from?: unknown; to?: unknown };
  const from = readDay(fn, `${argument}.from`, w.from);
  const to = readDay(fn, `${argument}.to`, w.to);
  if (to < from) throw new InvalidArgumentError(fn, `${argument}.to`, `must not be before ${argument}.from (${formatEpochDay(from)})`, w.to);
  return { from, to };
}

/** A window as `'yyyy-mm-dd'` strings, for the echoed settings. @internal */
export function formatWindow(w: DayWindow): { from: string; to: string } {
  return { from: formatEpochDay(w.from), to: formatEpochDay(w.to) };
}

/** An integer option in `[min, ∞)`; `fallback` when undefined (no fallback: required). @internal */
export function readInteger(fn: string, argument: string, value: unknown, min: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(fn, argument, `must be an integer at least ${min}`, value);
  }
  return value;
}

/** A finite number option `> 0` (or `≥ 0` with `allowZero`); `fallback` when undefined. @internal */
export function readPositive(fn: string, argument: string, value: unknown, allowZero: boolean, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new InvalidArgumentError(fn, argument, allowZero ? 'must be a finite number at least 0' : 'must be a finite number greater than 0', value);
  }
  return value;
}

/** The confidence level (default 0.95) and its two-sided normal quantile. @internal */
export function readConfidence(fn: string, value: unknown): { level: number; z: number } {
  if (value === undefined) return { level: 0.95, z: normalQuantile(0.975) };
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    throw new InvalidArgumentError(fn, 'options.confidenceLevel', 'must be a number strictly between 0 and 1', value);
  }
  return { level: value, z: normalQuantile(1 - (1 - value) / 2) };
}

/** A non-empty list of non-blank strings (trimmed), as a sorted, de-duplicated array. @internal */
export function readStringList(fn: string, argument: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidArgumentError(fn, argument, 'must be a non-empty array of strings', value);
  }
  const out = new Set<string>();
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'string' || v.trim().length === 0) throw new InvalidArgumentError(fn, `${argument}[${i}]`, 'must be a non-blank string', v);
    out.add(v.trim());
  });
  return [...out].sort(compareIds);
}

/** JavaScript string order (`a < b`), the order of every customer-keyed result. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Wilson (1927) score interval of `k` successes in `n` trials, clamped to [0, 1]; `null` when `n = 0`. @internal */
export function wilson(k: number, n: number, z: number): { lower: number; upper: number } | null {
  if (n === 0) return null;
  const p = k / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** The `indexTransactions` options carried by a measure's options. @internal */
export function indexOptionsOf(options: { readonly minorDigits?: number; readonly currency?: string }): { minorDigits?: number; currency?: string } {
  return {
    ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }),
    ...(options.currency === undefined ? {} : { currency: options.currency }),
  };
}
