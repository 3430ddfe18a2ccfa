import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { readCustomerId } from '../../time/internal/readCustomerId';
import type { RejectedRecord } from '../../time/types';
import type { BrandAttentionInteractionOptions } from '../brandAttention';
import { keyCount, keyOf, type CustomerKeys } from './customerKeys';
import { readPositive, readWindow, type DayWindow } from './measureArgs';
import { RECORD_ID_RULE, readIdAndDay } from './measureRecords';
import type { InteractionEvents } from './readInteractionEvents';

/** The checked interaction options of brand attention. @internal */
export interface AttentionSettings {
  readonly window: DayWindow;
  readonly periodDays: number;
  readonly kinds: Set<string>;
  readonly weights: Map<string, number> | null;
  readonly defaultWeight: number | null;
  readonly customers: Set<string> | null;
}

/** Checks the interaction options of brand attention. @internal */
export function resolveAttentionOptions(fn: string, o: BrandAttentionInteractionOptions): AttentionSettings {
  const window = readWindow(fn, 'options.window', o.window);
  const periodDays = readPositive(fn, 'options.periodDays', o.periodDays, false, 30);
  const kindList: unknown = o.customerInitiatedKinds;
  if (!Array.isArray(kindList) || kindList.some((k) => typeof k !== 'string')) {
    throw new InvalidArgumentError(fn, 'options.customerInitiatedKinds', 'must be an array of strings (possibly empty)', kindList);
  }
  let weights: Map<string, number> | null = null;
  if (o.weights !== undefined) {
    if (typeof o.weights !== 'object' || o.weights === null) throw new InvalidArgumentError(fn, 'options.weights', 'must be an object of kind → weight', o.weights);
    weights = new Map();
    for (const [k, w] of Object.entries(o.weights)) weights.set(k.trim(), readPositive(fn, `options.weights.${k}`, w, true));
  }
  const defaultWeight = o.defaultWeight === undefined ? null : readPositive(fn, 'options.defaultWeight', o.defaultWeight, true);
  let customers: Set<string> | null = null;
  if (o.customers !== undefined) {
    if (!Array.isArray(o.customers)) throw new InvalidArgumentError(fn, 'options.customers', 'must be an array of customer ids', o.customers);
    customers = new Set(
      o.customers.map((c, i) => {
        const id = readCustomerId(c);
        if (id === null) throw new InvalidArgumentError(fn, `options.customers[${i}]`, RECORD_ID_RULE, c);
        return id;
      }),
    );
  }
  return { window, periodDays, kinds: new Set((kindList as string[]).map((k) => k.trim())), weights, defaultWeight, customers };
}

/** Brand attention tallied per customer key. @internal */
export interface AttentionTally {
  /** Customer-initiated interactions counted, by key. */
  readonly interactions: Float64Array;
  /** Their summed weights, by key. */
  readonly weighted: Float64Array;
  /** 1 for the keys reported: a counted interaction, or listed in `options.customers`. */
  readonly reported: Uint8Array;
  /** Periods of `periodDays` in the window (the divisor of the attention). */
  readonly periods: number;
  readonly outsideWindow: number;
  readonly notCustomerInitiated: number;
  /** Rows left out, in input order. */
  readonly rejected: RejectedRecord[];
}

/** What each distinct raw `kind` means: rejected (not a string), customer-initiated, its weight (NaN: none). @internal */
function kindTable(values: readonly unknown[], s: AttentionSettings) {
  const initiated = new Uint8Array(values.length);
  const weight = new Float64Array(values.length);
  values.forEach((v, c) => {
    const kind = ((v ?? '') as string).trim();
    initiated[c] = s.kinds.has(kind) ? 1 : 0;
    weight[c] = s.weights === null ? 1 : (s.weights.get(kind) ?? s.defaultWeight ?? Number.NaN);
  });
  return { initiated, weight };
}

/** What each distinct raw `initiatedBy` means: 1 the customer, 0 someone else, −1 decided by the kind. @internal */
function byTable(values: readonly unknown[]): Int8Array {
  const out = new Int8Array(values.length);
  values.forEach((v, c) => {
    out[c] = typeof v === 'string' && v.trim() !== '' ? (v.trim() === 'customer' ? 1 : 0) : -1;
  });
  return out;
}

/**
 * Brand attention from interaction events: a row counts when the customer started it (`initiatedBy:
 * 'customer'`, or without it a customer-initiated kind) inside the window, with its kind's weight; rows of
 * other kinds, outside the window or not started by the customer are counted, bad rows rejected in input
 * order with the reasons of `brandAttention`. @internal
 */
export function tallyAttention(ev: InteractionEvents, s: AttentionSettings, keys: CustomerKeys): AttentionTally {
  const listed = s.customers === null ? null : [...s.customers].map((id) => keyOf(keys, id));
  const size = keyCount(keys);
  const interactions = new Float64Array(size);
  const weighted = new Float64Array(size);
  const reported = new Uint8Array(size);
  const isListed = listed === null ? null : new Uint8Array(size);
  if (listed !== null) for (const k of listed) (isListed as Uint8Array)[k] = reported[k] = 1;
  const kinds = kindTable(ev.kindValues, s);
  const bys = byTable(ev.byValues);
  const rejected: RejectedRecord[] = [];
  const { from, to } = s.window;
  let outsideWindow = 0;
  let notCustomerInitiated = 0;
  for (let i = 0; i < ev.status.length; i++) {
    if (ev.status[i] !== 0) {
      rejected.push(readIdAndDay(ev.rows[i], i) as RejectedRecord);
      continue;
    }
    const row = ev.rows[i] as Record<string, unknown>;
    const b = ev.by[i] as number;
    if (b < 0) {
      rejected.push({ index: i, field: 'initiatedBy', reason: 'must be a string', value: row['initiatedBy'] });
      continue;
    }
    const kc = ev.kind[i] as number;
    if (kc < 0) {
      rejected.push({ index: i, field: 'kind', reason: 'must be a string', value: row['kind'] });
      continue;
    }
    const k = ev.key[i] as number;
    if (isListed !== null && isListed[k] !== 1) {
      rejected.push({ index: i, field: 'customerId', reason: 'is not in options.customers', value: row['customerId'] });
      continue;
    }
    const d = ev.day[i] as number;
    if (d < from || d > to) {
      outsideWindow++;
      continue;
    }
    const by = bys[b] as number;
    if (!(by === -1 ? kinds.initiated[kc] === 1 : by === 1)) {
      notCustomerInitiated++;
      continue;
    }
    const w = kinds.weight[kc] as number;
    if (Number.isNaN(w)) {
      rejected.push({ index: i, field: 'kind', reason: 'has no weight (give it in options.weights, or options.defaultWeight)', value: row['kind'] ?? '' });
      continue;
    }
    interactions[k] = (interactions[k] as number) + 1;
    weighted[k] = (weighted[k] as number) + w;
    reported[k] = 1;
  }
  const periods = (to - from + 1) / s.periodDays;
  return { interactions, weighted, reported, periods, outsideWindow, notCustomerInitiated, rejected };
}
