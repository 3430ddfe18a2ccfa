import { formatEpochDay } from '../formatEpochDay';
import { parseEpochDay } from '../parseEpochDay';
import type { ResolvedSummaryOptions } from '../resolveSummaryOptions';
import { period, unitKindOf, type Clock } from '../summarizeCore';
import type { CustomerSummaryState, SummaryState, SummaryStateSettings } from '../summaryStateTypes';
import type { RejectedTransaction } from '../types';
import { readCustomerId } from './readCustomerId';
import { mixedCurrencies, readSummaryRows } from './readSummaryRows';
import { resolveTimeUnit } from './resolveTimeUnit';
import { addPurchase, addReturn, createPart, mergePart, partFromState, partToState, type PartAccumulator } from './summaryPart';

/** One customer's reduced rows. @internal */
export interface CustomerAccumulator {
  id: string | number;
  firstIndex: number;
  readonly calibration: PartAccumulator;
  holdout: PartAccumulator | null;
}

/**
 * The running, mergeable summary of the rows read so far: memory grows with the customers (and their
 * purchase-period bitmaps, bounded by the span of the log), the rejected rows and the returns not yet
 * settled, never with the rows. @internal
 */
export interface SummaryAccumulator {
  readonly settings: ResolvedSummaryOptions;
  readonly clock: Clock;
  /** Calibration end, or +Infinity without one (then every row is in calibration). */
  readonly calibrationEnd: number;
  readonly customers: Map<string, CustomerAccumulator>;
  readonly rejected: RejectedTransaction[];
  readonly currencies: Set<string>;
  rowCount: number;
  lastDay: number;
  firstRow: { readonly index: number; readonly properties: readonly string[] } | null;
}

/** An empty accumulator. @internal */
export function createAccumulator(settings: ResolvedSummaryOptions): SummaryAccumulator {
  return {
    settings,
    clock: { perUnit: settings.mergeBy === 'unit', unitKind: unitKindOf(settings), unitDays: settings.unitDays ?? 0 },
    calibrationEnd: settings.calibrationEnd ?? Number.POSITIVE_INFINITY,
    customers: new Map(),
    rejected: [],
    currencies: new Set(),
    rowCount: 0,
    lastDay: Number.NEGATIVE_INFINITY,
    firstRow: null,
  };
}

/** The merge period of day `d` (the day itself with `mergeBy: 'day'`). @internal */
export function periodOfDay(acc: SummaryAccumulator, d: number): number {
  return acc.clock.perUnit ? period(acc.clock, d) : d;
}

/** The customer entry of key `key`, created with identifier `id` at `index` when new. @internal */
function customerOf(acc: SummaryAccumulator, key: string, id: string | number, index: number): CustomerAccumulator {
  let c = acc.customers.get(key);
  if (c === undefined) {
    c = { id, firstIndex: index, calibration: createPart(), holdout: null };
    acc.customers.set(key, c);
  } else if (index < c.firstIndex) {
    c.firstIndex = index;
    c.id = id;
  }
  return c;
}

/** The identifier of a readable row in the form the summary reports (a number stays a number). @internal */
function idForm(value: unknown): string | number {
  return typeof value === 'number' ? value : (readCustomerId(value) as string);
}

/**
 * Reads `rows` (a part of the log; row `i` is row `indexOf(i)` of the whole log) into `acc`: the rows
 * go through the reader of `summarizeTransactions` (same rules and rejections), then each readable row
 * is added to its customer's calibration or holdout part. Rows after a given observation end are
 * rejected here, as the core does. @internal
 */
export function addRows(fn: string, acc: SummaryAccumulator, rows: readonly object[], indexOf: (i: number) => number): void {
  const n = rows.length;
  const { settings } = acc;
  if (acc.firstRow === null) {
    const at = rows.findIndex((r) => r !== null && typeof r === 'object');
    if (at !== -1) acc.firstRow = { index: indexOf(at), properties: Object.keys(rows[at] as object) };
  }
  acc.rowCount += n;
  if (n === 0) return;
  const read = readSummaryRows<string | number>(fn, rows, settings, indexOf);
  for (const r of read.rejected) acc.rejected.push(r);
  if (settings.currency === null && read.currencies.size > 0) {
    for (const code of read.currencies) acc.currencies.add(code);
    if (acc.currencies.size > 1) throw mixedCurrencies(fn, acc.currencies);
  }
  const { customer, epochDay, amountMinor, ids, bad } = read;
  const slots = new Array<CustomerAccumulator | undefined>(ids.length);
  const observationEnd = settings.observationEnd ?? Number.POSITIVE_INFINITY;
  const calibrationEnd = acc.calibrationEnd;
  const { customerId: idKey, amount: amountKey } = settings.fields;
  let lastDay = acc.lastDay;
  for (let i = 0; i < n; i++) {
    if (bad !== null && bad[i] === 1) continue;
    const k = customer[i] as number;
    const index = indexOf(i);
    let c = slots[k];
    if (c === undefined || index < c.firstIndex) {
      const row = rows[i] as Record<string, unknown>;
      c = customerOf(acc, String(ids[k]), idForm(row[idKey]), index);
      slots[k] = c;
    }
    const d = epochDay[i] as number;
    if (d > lastDay) lastDay = d;
    if (d > observationEnd) {
      acc.rejected.push({ index, field: 'date', reason: `is after the observation end ${formatEpochDay(observationEnd)}`, value: formatEpochDay(d) });
      continue;
    }
    const part = d <= calibrationEnd ? c.calibration : (c.holdout ??= createPart());
    const a = amountMinor[i] as number;
    if (a >= 0) addPurchase(part, d, periodOfDay(acc, d), a);
    else addReturn(part, d, a, index, (rows[i] as Record<string, unknown>)[amountKey]);
  }
  acc.lastDay = lastDay;
}

/** The settings as plain data. @internal */
export function settingsToState(settings: ResolvedSummaryOptions): SummaryStateSettings {
  return {
    unit: settings.unit,
    monthLength: settings.monthLength,
    mergeBy: settings.mergeBy,
    calibrationEnd: settings.calibrationEnd === null ? null : formatEpochDay(settings.calibrationEnd),
    observationEnd: settings.observationEnd === null ? null : formatEpochDay(settings.observationEnd),
    minorDigits: settings.minorDigits,
    currency: settings.currency,
    returns: settings.returns,
    dateObjects: settings.dateObjects,
    fields: settings.fields,
  };
}

/** The resolved settings of a state's plain settings (already checked when the state was made). @internal */
export function settingsFromState(fn: string, s: SummaryStateSettings): ResolvedSummaryOptions {
  const { unitDays } = resolveTimeUnit(fn, s.unit, s.monthLength ?? undefined);
  return {
    unit: s.unit,
    unitDays,
    monthLength: s.monthLength,
    mergeBy: s.mergeBy,
    calibrationEnd: s.calibrationEnd === null ? null : parseEpochDay(s.calibrationEnd),
    observationEnd: s.observationEnd === null ? null : parseEpochDay(s.observationEnd),
    minorDigits: s.minorDigits,
    returns: s.returns,
    dateObjects: s.dateObjects,
    currency: s.currency,
    fields: s.fields,
  };
}

/** The accumulator as a plain, JSON-serialisable state (customers by key, rejections by index). @internal */
export function accumulatorToState<Id extends string | number>(acc: SummaryAccumulator): SummaryState<Id> {
  const keys = [...acc.customers.keys()].sort();
  const customers: CustomerSummaryState<Id>[] = keys.map((key) => {
    const c = acc.customers.get(key) as CustomerAccumulator;
    return {
      customerId: c.id as Id,
      firstIndex: c.firstIndex,
      calibration: partToState(c.calibration),
      holdout: c.holdout === null ? null : partToState(c.holdout),
    };
  });
  return {
    kind: 'summaryState',
    version: 1,
    options: settingsToState(acc.settings),
    rowCount: acc.rowCount,
    lastDay: Number.isFinite(acc.lastDay) ? acc.lastDay : null,
    currencies: [...acc.currencies].sort(),
    firstRow: acc.firstRow,
    customers,
    rejected: [...acc.rejected].sort((a, b) => a.index - b.index),
  };
}

/** Merges a state (of rows disjoint from those already in `acc`, same settings) into `acc`. @internal */
export function addState(fn: string, acc: SummaryAccumulator, state: SummaryState): void {
  acc.rowCount += state.rowCount;
  if (state.lastDay !== null && state.lastDay > acc.lastDay) acc.lastDay = state.lastDay;
  for (const code of state.currencies) acc.currencies.add(code);
  if (acc.settings.currency === null && acc.currencies.size > 1) throw mixedCurrencies(fn, acc.currencies);
  if (state.firstRow !== null && (acc.firstRow === null || state.firstRow.index < acc.firstRow.index)) acc.firstRow = state.firstRow;
  for (const r of state.rejected) acc.rejected.push(r);
  const periodOf = (d: number): number => periodOfDay(acc, d);
  for (const s of state.customers) {
    const c = customerOf(acc, String(s.customerId), s.customerId, s.firstIndex);
    mergePart(c.calibration, partFromState(s.calibration, periodOf));
    if (s.holdout !== null) mergePart((c.holdout ??= createPart()), partFromState(s.holdout, periodOf));
  }
}
