import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import { readCustomerId } from '../../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../../time/types';

/** Where a rejected record comes from. @internal */
export type AlertInputSource = 'transactions' | 'segments.before' | 'segments.after' | 'pAlive' | 'incidents';

/** A rejected record with its source. @internal */
export interface SourcedRejection extends RejectedRecord {
  readonly source: AlertInputSource;
}

/** One accepted incident. @internal */
export interface ReadIncident {
  readonly index: number;
  readonly customerId: string;
  readonly day: number;
  readonly incidentId: string | null;
}

/** The array `value` or a throw naming `argument`. @internal */
function asArray(fn: string, argument: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidArgumentError(fn, argument, 'must be an array of rows', value);
  return value;
}

/**
 * Reads `{ customerId, <field> }` rows into one value per customer. A customer named twice with equal
 * values is kept once; with different values all its rows are rejected (no row wins by its position). @internal
 */
function readKeyed<T>(
  rows: readonly unknown[],
  source: AlertInputSource,
  field: string,
  read: (v: unknown) => T | null,
  rule: string,
  same: (a: T, b: T) => boolean,
  rejected: SourcedRejection[],
): Map<string, T> {
  const out = new Map<string, T>();
  const where = new Map<string, number[]>();
  const conflicted = new Set<string>();
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return void rejected.push({ source, index, field: 'row', reason: `must be an object with customerId and ${field}`, value: row });
    const r = row as Record<string, unknown>;
    const id = readCustomerId(r['customerId']);
    if (id === null) return void rejected.push({ source, index, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: r['customerId'] });
    const v = read(r[field]);
    if (v === null) return void rejected.push({ source, index, field, reason: rule, value: r[field] });
    const prior = out.get(id);
    if (prior !== undefined && !same(prior, v)) conflicted.add(id);
    if (prior === undefined) out.set(id, v);
    where.set(id, [...(where.get(id) ?? []), index]);
  });
  for (const id of conflicted) {
    out.delete(id);
    for (const index of where.get(id) ?? []) {
      const value = (rows[index] as Record<string, unknown>)[field];
      rejected.push({ source, index, field, reason: `conflicts with another row of customer ${JSON.stringify(id)}`, value });
    }
  }
  return out;
}

/** A segment label: a non-blank string (trimmed) or a finite number, as a string. @internal */
function readSegment(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s.length === 0 ? null : s;
}

/** Reads a segment snapshot. @internal */
export function readSnapshot(fn: string, argument: string, rows: unknown, source: AlertInputSource, rejected: SourcedRejection[]): Map<string, string> {
  return readKeyed(asArray(fn, argument, rows), source, 'segment', readSegment, 'must be a non-blank string or a finite number', (a, b) => a.toLowerCase() === b.toLowerCase(), rejected);
}

/** Reads `{ customerId, pAlive }` rows. @internal */
export function readPAlive(fn: string, rows: unknown, rejected: SourcedRejection[]): Map<string, number> {
  const read = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : null);
  return readKeyed(asArray(fn, 'options.pAlive', rows), 'pAlive', 'pAlive', read, 'must be a probability from 0 to 1', (a, b) => a === b, rejected);
}

/** Reads `{ customerId, date, incidentId? }` rows. @internal */
export function readIncidents(fn: string, rows: unknown, rejected: SourcedRejection[]): ReadIncident[] {
  const out: ReadIncident[] = [];
  asArray(fn, 'options.incidents', rows).forEach((row, index) => {
    const source = 'incidents' as const;
    if (typeof row !== 'object' || row === null) return void rejected.push({ source, index, field: 'row', reason: 'must be an object with customerId and date', value: row });
    const r = row as Record<string, unknown>;
    const customerId = readCustomerId(r['customerId']);
    if (customerId === null) return void rejected.push({ source, index, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: r['customerId'] });
    const day = parseCalendarDay(r['date']);
    if (Number.isNaN(day)) return void rejected.push({ source, index, field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: r['date'] });
    const incidentId = readCustomerId(r['incidentId']);
    out.push({ index, customerId, day, incidentId });
  });
  return out;
}
