import type { ModelTimeUnit } from '../../clv/types';

/**
 * Label of a model time unit for an axis title: `'week'` → `'weeks'`, `14` → `'14-day periods'`; singular
 * when `count` is 1 (`'1 week'`). @internal
 */
export function timeUnitLabel(unit: ModelTimeUnit | string | null | undefined, count?: number): string {
  const one = count === 1;
  if (typeof unit === 'number') return one ? `${unit}-day period` : `${unit}-day periods`;
  if (unit === undefined || unit === null || unit === '') return one ? 'time unit' : 'time units';
  if (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'quarter' || unit === 'year' || unit === 'period') {
    return one ? unit : `${unit}s`;
  }
  return unit;
}

/** `'12 weeks'`, `'1 week'`: a duration with its unit, the number as given. @internal */
export function durationLabel(value: number, unit: ModelTimeUnit | string | null | undefined): string {
  return `${value} ${timeUnitLabel(unit, value)}`;
}

/** Axis title of an amount of money: `Value (EUR)`, or `Value (money units)` when no currency is known. @internal */
export function moneyLabel(label: string, currency: string | null | undefined): string {
  return currency ? `${label} (${currency})` : `${label} (money units)`;
}
