import { createStringIndex } from '../createStringIndex';
import { formatEpochDay } from '../formatEpochDay';
import { parseEpochDay } from '../parseEpochDay';
import type { ResolvedSummaryOptions } from '../resolveSummaryOptions';
import { period, unitKindOf, type Clock } from '../summarizeCore';
import type { CustomerSummaryState, SummaryState, SummaryStateSettings } from '../summaryStateTypes';
import type { RejectedTransaction } from '../types';
import { readCustomerId } from './readCustomerId';
import { mixedCurrencies, readSummaryRows, type CustomerRegistry } from './readSummaryRows';
import { resolveTimeUnit } from './resolveTimeUnit';
import { addPurchase, addReturn, createParts, hasPart, mergePart, partToState, reserveParts, type PartColumns } from './summaryPart';

/**
 * The running, mergeable summary of the rows read so far, by customer index (dense, in order of first
 * appearance): memory grows with the customers (columns, and a purchase-period bitmap each, bounded by
 * the span of the log), the rejected rows and the returns not yet settled, never with the rows. @internal
 */
export interface SummaryAccumulator {
  readonly settings: ResolvedSummaryOptions;
  readonly clock: Clock;
  /** Calibration end, or +Infinity without one (then every row is in calibration). */
  readonly calibrationEnd: number;
  /** Customer index of each identifier, and the identifier (form of its first row) of each index. */
  readonly registry: CustomerRegistry<string | number>;
  /** Index in the whole log of each customer's first readable row. */
  firstIndex: Float64Array;
  readonly calibration: PartColumns;
  readonly holdout: PartColumns;
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
    registry: { stringIndex: createStringIndex(), numberIndex: new Map(), ids: [] },
    firstIndex: new Float64Array(1024).fill(Number.POSITIVE_INFINITY),
    calibration: createParts(),
    holdout: createParts(),
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

/** Makes room for customer `k` in every column. @internal */
function reserve(acc: SummaryAccumulator, k: number): void {
  if (k >= acc.firstIndex.length) {
    let capacity = acc.firstIndex.length;
    while (capacity <= k) capacity *= 2;
    const grown = new Float64Array(capacity).fill(Number.POSITIVE_INFINITY);
    grown.set(acc.firstIndex);
    acc.firstIndex = grown;
  }
  reserveParts(acc.calibration, k);
  reserveParts(acc.holdout, k);
}

/** The identifier of a readable row in the form the summary reports (a number stays a number). @internal */
function idForm(value: unknown): string | number {
  return typeof value === 'number' ? value : (readCustomerId(value) as string);
}

/**
 * Reads `rows` (a part of the log; row `i` is row `indexOf(i)` of the whole log) into `acc`: the rows
 * go through the reader of `summarizeTransactions` (same rules and rejections, customers indexed across
 * parts), then each readable row is added to its customer's calibration or holdout part. Rows after a
 * given observation end are rejected here, as the core does. @internal
 */
export function addRows(fn: string, acc: SummaryAccumulator, rows: readonly object[], indexOf: (i: number) => number): void {
  const n = rows.length;
  const { settings, registry, calibration, holdout } = acc;
  if (acc.firstRow === null) {
    const at = rows.findIndex((r) => r !== null && typeof r === 'object');
    if (at !== -1) acc.firstRow = { index: indexOf(at), properties: Object.keys(rows[at] as object) };
  }
  acc.rowCount += n;
  if (n === 0) return;
  const read = readSummaryRows<string | number>(fn, rows, settings, indexOf, registry);
  for (const r of read.rejected) acc.rejected.push(r);
  if (settings.currency === null && read.currencies.size > 0) {
    for (const code of read.currencies) acc.currencies.add(code);
    if (acc.currencies.size > 1) throw mixedCurrencies(fn, acc.currencies);
  }
  const { customer, epochDay, amountMinor, bad } = read;
  if (registry.ids.length > 0) reserve(acc, registry.ids.length - 1);
  const observationEnd = settings.observationEnd ?? Number.POSITIVE_INFINITY;
  const calibrationEnd = acc.calibrationEnd;
  const perUnit = acc.clock.perUnit;
  const { customerId: idKey, amount: amountKey } = settings.fields;
  const firstIndex = acc.firstIndex;
  let lastDay = acc.lastDay;
  for (let i = 0; i < n; i++) {
    if (bad !== null && bad[i] === 1) continue;
    const k = customer[i] as number;
    const index = indexOf(i);
    if (index < (firstIndex[k] as number)) {
      // The identifier as written in the customer's first row (`ids` holds the part's first row's form).
      if (firstIndex[k] !== Number.POSITIVE_INFINITY) registry.ids[k] = idForm((rows[i] as Record<string, unknown>)[idKey]);
      firstIndex[k] = index;
    }
    const d = epochDay[i] as number;
    if (d > lastDay) lastDay = d;
    if (d > observationEnd) {
      acc.rejected.push({ index, field: 'date', reason: `is after the observation end ${formatEpochDay(observationEnd)}`, value: formatEpochDay(d) });
      continue;
    }
    const parts = d <= calibrationEnd ? calibration : holdout;
    const a = amountMinor[i] as number;
    if (a >= 0) addPurchase(parts, k, d, perUnit ? period(acc.clock, d) : d, a);
    else addReturn(parts, k, d, a, index, (rows[i] as Record<string, unknown>)[amountKey]);
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
  const { ids } = acc.registry;
  const order = ids.map((id, k) => [String(id), k] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const customers: CustomerSummaryState<Id>[] = order.map(([, k]) => ({
    customerId: ids[k] as Id,
    firstIndex: acc.firstIndex[k] as number,
    calibration: partToState(acc.calibration, k),
    holdout: hasPart(acc.holdout, k) ? partToState(acc.holdout, k) : null,
  }));
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

/** The index of a customer of a state, registered (with its first index) when new or earlier. @internal */
function customerOf(acc: SummaryAccumulator, id: string | number, index: number): number {
  const { registry } = acc;
  const next = registry.ids.length;
  const k = registry.stringIndex(String(id), next);
  if (k === next) {
    registry.ids.push(id);
    reserve(acc, k);
  }
  if (index < (acc.firstIndex[k] as number)) {
    acc.firstIndex[k] = index;
    registry.ids[k] = id;
  }
  return k;
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
    const k = customerOf(acc, s.customerId, s.firstIndex);
    mergePart(acc.calibration, k, s.calibration, periodOf);
    if (s.holdout !== null) mergePart(acc.holdout, k, s.holdout, periodOf);
  }
}
