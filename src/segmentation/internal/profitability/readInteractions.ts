import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { describeMinorUnitsProblem } from '../../../money/describeMinorUnitsProblem';
import { parseMinorUnits } from '../../../money/parseMinorUnits';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import { readCustomerId } from '../../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../../time/types';

/** One accepted interaction. @internal */
export interface ReadInteraction {
  readonly index: number;
  readonly customerId: string;
  readonly day: number;
  readonly kind: string | null;
  /** Cost in minor units, `NaN` when the row has none. */
  readonly costMinor: number;
  /** Benefit in minor units, 0 when the row has none. */
  readonly benefitMinor: number;
}

/** An optional non-negative amount in minor units: NaN when absent, -1 when invalid. @internal */
function optionalAmount(value: unknown, digits: number): number {
  if (value === undefined || value === null || value === '') return Number.NaN;
  const minor = parseMinorUnits(value as number | string, digits);
  return Number.isNaN(minor) || minor < 0 ? -1 : minor;
}

/** The optional kind: `null` when absent or blank, `undefined` when not a string. @internal */
function optionalKind(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s.length === 0 ? null : s;
}

/** The row read, or the rejection `[field, reason, value]`. @internal */
function readRow(row: Record<string, unknown>, index: number, digits: number, currency: string | null): ReadInteraction | [string, string, unknown] {
  const customerId = readCustomerId(row['customerId']);
  if (customerId === null) return ['customerId', 'must be a non-blank string or a safe integer', row['customerId']];
  const day = parseCalendarDay(row['date']);
  if (Number.isNaN(day)) return ['date', 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', row['date']];
  const kind = optionalKind(row['kind']);
  if (kind === undefined) return ['kind', 'must be a string', row['kind']];
  const costMinor = optionalAmount(row['cost'], digits);
  if (costMinor === -1) return ['cost', describeNonNegative(row['cost'], digits), row['cost']];
  const benefit = optionalAmount(row['benefit'], digits);
  if (benefit === -1) return ['benefit', describeNonNegative(row['benefit'], digits), row['benefit']];
  const rowCurrency = row['currency'];
  if (rowCurrency !== undefined && rowCurrency !== null && rowCurrency !== '') {
    if (typeof rowCurrency !== 'string') return ['currency', 'must be an ISO 4217 code', rowCurrency];
    if (currency !== null && rowCurrency.trim().toUpperCase() !== currency) {
      return ['currency', `must be ${currency}, the currency of the transactions (convert first)`, rowCurrency];
    }
  }
  return { index, customerId, day, kind, costMinor, benefitMinor: Number.isNaN(benefit) ? 0 : benefit };
}

/** Why an optional amount is not accepted. @internal */
function describeNonNegative(value: unknown, digits: number): string {
  const minor = typeof value === 'number' || typeof value === 'string' ? parseMinorUnits(value, digits) : Number.NaN;
  if (minor < 0) return 'must not be negative';
  return describeMinorUnitsProblem(value, digits);
}

/**
 * Reads interaction rows (`{ customerId, date, kind?, cost?, benefit?, currency? }`): each row is accepted
 * or rejected with its first broken rule. Rows naming another currency than `currency` are rejected; when
 * `currency` is `null`, rows naming two different currencies are refused (throws). @internal
 */
export function readInteractions(
  fn: string,
  rows: readonly unknown[],
  digits: number,
  currency: string | null,
): { accepted: ReadInteraction[]; rejected: RejectedRecord[] } {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, 'interactions', 'must be an array of interaction rows', rows);
  const accepted: ReadInteraction[] = [];
  const rejected: RejectedRecord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as unknown;
    if (typeof row !== 'object' || row === null) {
      rejected.push({ index: i, field: 'row', reason: 'must be an object with customerId and date', value: row });
      continue;
    }
    const read = readRow(row as Record<string, unknown>, i, digits, currency);
    if (Array.isArray(read)) rejected.push({ index: i, field: read[0], reason: read[1], value: read[2] });
    else {
      accepted.push(read);
      const c = (row as Record<string, unknown>)['currency'];
      if (typeof c === 'string' && c.trim() !== '') seen.add(c.trim().toUpperCase());
    }
  }
  if (currency === null && seen.size > 1) {
    throw new InvalidArgumentError(fn, 'interactions[].currency', 'must be one currency (convert the costs first, or pass `options.currency`)', [...seen].sort());
  }
  return { accepted, rejected };
}
