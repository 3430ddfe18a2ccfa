import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { UnitMismatchError } from '../../core/errors/UnitMismatchError';
import type { DurationUnit } from '../customerLifetimeValue';
import type { FitDataSettings, ModelTimeUnit, SummarizedData, SummarySettingsLike } from '../types';

/**
 * The time unit of a model's data, with its length in days when it has a fixed one (`'day'` 1, `'week'`
 * 7, a numeric unit `n`, a 30- or 30.4375-day `'month'` of a summary). @internal
 */
export interface ModelClock {
  /** The unit. */
  readonly unit: ModelTimeUnit;
  /** Days per unit, or `null` (calendar or declared months, quarters, years, `'period'`). */
  readonly unitDays: number | null;
}

/** A source of a time unit, named for error messages (e.g. `the fit`, `options.timeUnit`). @internal */
export interface ClockSource {
  /** The clock, or `undefined` when this source does not know it. */
  readonly clock: ModelClock | undefined;
  /** The argument path (e.g. `options.timeUnit`) used in a mismatch message. */
  readonly argument: string;
  /** How the source is named in the message of another mismatching source (e.g. `the fit's time unit`). */
  readonly label: string;
}

const UNITS: readonly string[] = ['day', 'week', 'month', 'quarter', 'year', 'period'];
const DAYS: Partial<Record<string, number>> = { day: 1, week: 7 };
const YEARS: Partial<Record<string, number>> = { month: 1 / 12, quarter: 1 / 4, year: 1 };

/** Whether `value` is a `SummarizedData` (an object with a `customers` array and an `options` object). @internal */
export function isSummarizedData(value: unknown): value is SummarizedData<unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as { customers?: unknown; options?: unknown };
  return Array.isArray(v.customers) && v.options !== null && typeof v.options === 'object';
}

/** Throws `INVALID_ARGUMENT` unless `unit` is a duration unit or a finite number of days > 0. @internal */
export function checkModelTimeUnit(fn: string, argument: string, unit: unknown): asserts unit is ModelTimeUnit {
  if (typeof unit === 'number' ? Number.isFinite(unit) && unit > 0 : typeof unit === 'string' && UNITS.includes(unit)) return;
  throw new InvalidArgumentError(fn, argument, `must be one of ${UNITS.join(', ')} or a number of days greater than 0`, unit);
}

/** The clock of a declared unit: fixed days for day, week and a number; none for the others. @internal */
export function clockOf(unit: ModelTimeUnit, unitDays: number | null = null): ModelClock {
  if (typeof unit === 'number') return { unit, unitDays: unit };
  const days = DAYS[unit];
  return { unit, unitDays: days ?? unitDays };
}

/** The clock of a summary's settings (its `unit`, with the month length of a `'month'` unit). @internal */
export function clockOfSummary(fn: string, argument: string, settings: SummarySettingsLike): ModelClock {
  const unit = settings.unit;
  if (!(typeof unit === 'number' ? Number.isFinite(unit) && unit > 0 : unit === 'day' || unit === 'week' || unit === 'month')) {
    throw new InvalidArgumentError(fn, `${argument}.unit`, "must be 'day', 'week', 'month' or a number of days (a summary's settings)", unit);
  }
  const days = settings.unitDays;
  return clockOf(unit, typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : null);
}

/** The clock a fit recorded, or `undefined` when it has none (fitted on a bare array without a unit). @internal */
export function clockOfFit(fit: { readonly timeUnit?: ModelTimeUnit | null; readonly data?: FitDataSettings | null }): ModelClock | undefined {
  const unit = fit.timeUnit;
  if (unit === undefined || unit === null) return undefined;
  return clockOf(unit, fit.data?.unitDays ?? null);
}

/** A unit as a message shows it: `"week"`, `14 days`, `"month" (30.4375 days)`. @internal */
export function describeClock(clock: ModelClock): string {
  if (typeof clock.unit === 'number') return `${clock.unit} days`;
  if (clock.unit === 'month' && clock.unitDays !== null) return `"month" (${clock.unitDays} days)`;
  return `"${clock.unit}"`;
}

/** Whether two clocks measure time in the same unit (equal day lengths, or the same name). @internal */
export function sameClock(a: ModelClock, b: ModelClock): boolean {
  if (a.unitDays !== null && b.unitDays !== null) return Math.abs(a.unitDays - b.unitDays) <= 1e-12 * a.unitDays;
  return a.unit === b.unit;
}

/**
 * The one time unit that every source agrees on. Throws `UNIT_MISMATCH` naming both units when two
 * sources disagree, and `INVALID_ARGUMENT` (with `missing` as the rule) when no source knows the unit.
 * @internal
 */
export function resolveClock(fn: string, sources: readonly ClockSource[], missing: string): ModelClock {
  let found: ClockSource | undefined;
  for (const source of sources) {
    if (source.clock === undefined) continue;
    if (found === undefined) {
      found = source;
      continue;
    }
    const known = found.clock as ModelClock;
    if (!sameClock(known, source.clock)) {
      throw new UnitMismatchError(
        fn,
        source.argument,
        `is in ${describeClock(source.clock)} but ${found.label} is ${describeClock(known)}: they must agree (convert the data, refit, or drop the disagreeing unit)`,
        source.clock.unit,
      );
    }
    if (known.unitDays === null && source.clock.unitDays !== null) found = source; // keep the more precise
  }
  if (found === undefined) throw new InvalidArgumentError(fn, 'options.timeUnit', missing, undefined);
  return found.clock as ModelClock;
}

/**
 * Converts `value` units of `from` into model time units. Exact within a family (day–week, and any unit
 * with a fixed length in days; month–quarter–year: 12 months a year); across the two families only with
 * `daysPerYear`; `'period'` only to itself. Anything else is a `UNIT_MISMATCH` naming `argument`.
 * @internal
 */
export function toModelUnits(
  fn: string,
  argument: string,
  value: number,
  from: DurationUnit,
  clock: ModelClock,
  daysPerYear: number | undefined,
): number {
  if (from === clock.unit) return value;
  const fromDays = DAYS[from];
  const fromYears = YEARS[from];
  const toYears = typeof clock.unit === 'string' ? YEARS[clock.unit] : undefined;
  if (fromDays !== undefined && clock.unitDays !== null) return (value * fromDays) / clock.unitDays;
  if (fromYears !== undefined && toYears !== undefined) return (value * fromYears) / toYears;
  if (daysPerYear !== undefined) {
    if (fromDays !== undefined && toYears !== undefined) return (value * fromDays) / daysPerYear / toYears;
    if (fromYears !== undefined && clock.unitDays !== null) return (value * fromYears * daysPerYear) / clock.unitDays;
  }
  const crossFamily = (fromDays !== undefined && toYears !== undefined) || (fromYears !== undefined && clock.unitDays !== null);
  const rule = crossFamily
    ? `must be convertible to the model time unit ${describeClock(clock)}: set \`daysPerYear\` (e.g. 365.25) to convert between days/weeks and months/quarters/years`
    : `must be in the model time unit ${describeClock(clock)} (a "period" converts to nothing else)`;
  throw new UnitMismatchError(fn, argument, rule, from);
}
