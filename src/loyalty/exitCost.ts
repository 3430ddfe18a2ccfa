import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import { parseMinorUnits } from '../money/parseMinorUnits';
import { formatEpochDay } from '../time/formatEpochDay';
import { readCustomerId } from '../time/internal/readCustomerId';
import { parseCalendarDay } from '../time/parseCalendarDay';
import type { RejectedRecord, TransactionIndex } from '../time/types';
import { customerLookup, type IdLookup } from './internal/customerLookup';
import { minorToDecimal } from './internal/minorToDecimal';
import { assertOptionsObject, readDays, readPeriod } from './internal/readOptionsObject';

/** One interaction row as {@link exitCost} reads it: the `Interaction` record of `clientele/schemas` fits. */
export interface InteractionInputRow {
  /** The customer: a non-blank string or a safe integer (`1` and `'1'` are one customer). */
  readonly customerId: string | number;
  /** Day of the contact: `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC. */
  readonly date: string | Date;
  /** Discount or benefit given, major units, ≥ 0, exact (a decimal string or a number); absent = none. */
  readonly benefit?: number | string | undefined;
  /** ISO 4217 code of `benefit`. */
  readonly currency?: string | undefined;
}

/** Options of {@link exitCost}. */
export interface ExitCostOptions {
  /**
   * Benefits dated in `[from, to]` count; without `from`, every benefit up to `to` (cumulative). `to` is
   * the day the customer would leave.
   */
  readonly period: { readonly from?: string | Date; readonly to: string | Date };
  /** A benefit more than this many days older than `period.to` has expired and no longer counts; integer ≥ 0 (default: never). */
  readonly expiresAfterDays?: number;
  /**
   * The customers: identifiers, or a `TransactionIndex` (its customers). Given, every one of them gets a
   * row (0 when nothing was given) and rows of other customers are rejected; left out, the customers are
   * those of the accepted rows.
   */
  readonly customers?: readonly (string | number)[] | TransactionIndex;
  /** Minor digits of the benefits (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** The currency: rows naming another are rejected. Without it, rows naming two currencies are refused. */
  readonly currency?: string;
}

/** What one customer would forfeit by leaving. */
export interface CustomerExitCost {
  /** The customer. */
  readonly customerId: string;
  /** Accumulated unexpired benefits, integer minor units (exact). */
  readonly exitCostMinor: number;
  /** The same as an exact decimal string in major units (`'12.50'`). */
  readonly exitCost: string;
  /** Interactions with a benefit > 0 that count. */
  readonly benefits: number;
  /** Benefits in the period that have expired, minor units. */
  readonly expiredMinor: number;
  /** Accepted interactions of the customer (with or without a benefit). */
  readonly interactions: number;
}

/** The result of {@link exitCost}. */
export interface ExitCostResult {
  /** One row per customer, sorted by `customerId`. */
  readonly customers: CustomerExitCost[];
  /** Totals over the customers. */
  readonly total: {
    readonly exitCostMinor: number;
    readonly exitCost: string;
    readonly expiredMinor: number;
    readonly customersWithBenefit: number;
  };
  /** Interaction rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
  /** The settings used. */
  readonly settings: {
    readonly period: { readonly from: string | null; readonly to: string };
    readonly expiresAfterDays: number | null;
    readonly minorDigits: number;
    readonly currency: string | null;
  };
}

/** The customer slots: from the option, or to be collected from the rows. @internal */
function customerSlots(fn: string, customers: ExitCostOptions['customers']): { ids: string[]; lookup: IdLookup; fixed: boolean } {
  if (customers === undefined) return { ids: [], lookup: new Map(), fixed: false };
  if (typeof customers === 'object' && customers !== null && (customers as { kind?: unknown }).kind === 'transactionIndex') {
    const ids = (customers as TransactionIndex).customerIds;
    return { ids: ids as string[], lookup: customerLookup(ids), fixed: true };
  }
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'options.customers', 'must be an array of identifiers or a transaction index', customers);
  const set = new Set<string>();
  customers.forEach((v, i) => {
    const id = readCustomerId(v);
    if (id === null) throw new InvalidArgumentError(fn, `options.customers[${i}]`, 'must be a non-blank string or a safe integer', v);
    set.add(id);
  });
  const ids = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ids, lookup: new Map(ids.map((id, i) => [id, i])), fixed: true };
}

/** Why row `r` is refused (`null`: accepted, its customer slot, day and benefit written to `out`). @internal */
function readInteraction(
  r: Record<string, unknown>,
  slots: { ids: string[]; lookup: IdLookup; fixed: boolean },
  period: { from: number | null; to: number },
  digits: number,
  out: { id: string; slot: number; day: number; minor: number; code: string | null },
): Omit<RejectedRecord, 'index'> | null {
  const id = readCustomerId(r['customerId']);
  if (id === null) return { field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: r['customerId'] };
  const known = slots.lookup.get(id);
  if (known === undefined && slots.fixed) return { field: 'customerId', reason: 'is not one of `options.customers`', value: r['customerId'] };
  const d = parseCalendarDay(r['date']);
  if (Number.isNaN(d)) return { field: 'date', reason: 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value: r['date'] };
  if (d > period.to || (period.from !== null && d < period.from)) return { field: 'date', reason: 'is outside the period', value: r['date'] };
  const b = r['benefit'];
  const minor = b === undefined || b === null || b === '' ? 0 : typeof b === 'number' || typeof b === 'string' ? parseMinorUnits(b, digits) : Number.NaN;
  if (Number.isNaN(minor)) return { field: 'benefit', reason: `must be an exact amount with at most ${digits} decimals`, value: b };
  if (minor < 0) return { field: 'benefit', reason: 'must not be negative', value: b };
  const cur = r['currency'];
  const code = typeof cur === 'string' && cur.trim() !== '' ? cur.trim().toUpperCase() : null;
  if (cur !== undefined && cur !== null && cur !== '' && code === null) return { field: 'currency', reason: 'must be an ISO 4217 code', value: cur };
  out.id = id;
  out.slot = known ?? -1;
  out.day = d;
  out.minor = minor;
  out.code = code;
  return null;
}

/** The accepted rows as columns, and the rejected ones. @internal */
function readRows(fn: string, rows: readonly unknown[], options: ExitCostOptions, digits: number, period: { from: number | null; to: number }) {
  const slots = customerSlots(fn, options.customers);
  const n = rows.length;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const benefit = new Float64Array(n);
  const rejected: RejectedRecord[] = [];
  let currency: string | null = options.currency === undefined ? null : options.currency.trim().toUpperCase();
  let count = 0;
  const out = { id: '', slot: 0, day: 0, minor: 0, code: null as string | null };
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const refused = typeof row !== 'object' || row === null ? { field: 'row', reason: 'must be an object', value: row } : readInteraction(row as Record<string, unknown>, slots, period, digits, out);
    if (refused !== null) {
      rejected.push({ index: i, ...refused });
      continue;
    }
    if (out.code !== null && currency !== null && out.code !== currency) {
      const value = (row as Record<string, unknown>)['currency'];
      if (options.currency === undefined) throw new InvalidArgumentError(fn, `interactions[${i}].currency`, `must be the log's one currency ${currency} (give options.currency to keep one)`, value);
      rejected.push({ index: i, field: 'currency', reason: `is not ${currency}`, value });
      continue;
    }
    if (out.code !== null) currency = out.code;
    if (out.slot < 0) {
      out.slot = slots.ids.length;
      slots.ids.push(out.id);
      (slots.lookup as Map<string, number>).set(out.id, out.slot); // not fixed: the Map of the ids met
    }
    customer[count] = out.slot;
    day[count] = out.day;
    benefit[count] = out.minor;
    count++;
  }
  return { slots, customer, day, benefit, count, rejected, currency };
}

/**
 * Exit cost: the accumulated discounts and benefits each customer would forfeit by leaving, from the
 * interaction records, exact to the minor unit.
 *
 * @remarks
 * `exitCost_i = Σ benefit` over customer `i`'s interactions dated in `period` (cumulative when `from` is
 * left out) and, with `expiresAfterDays = E`, no older than `E` days on `period.to`
 * (`period.to − date ≤ E`); older ones are reported as `expiredMinor`. This is the "lost benefits" part of
 * the financial switching costs of Burnham, Frels & Mahajan (2003), a source of spurious (calculative)
 * loyalty; procedural and relational switching costs are not in the records.
 *
 * Money is exact: benefits are read as integer minor units (`minorDigits`, default 2 or the currency's;
 * an amount with more decimals is rejected, never rounded), totals are integer minor units (exact below
 * 2^53) and exact decimal strings. A row that is not an object, names an unknown customer (with
 * `customers`), has an invalid date or one outside the period, a negative or inexact benefit, or another
 * currency is listed in `rejected` and changes no other customer's result. O(rows + customers) (plus a
 * sort of the identifiers unless `customers` is a transaction index).
 *
 * @param interactions - Interaction rows ({@link InteractionInputRow}).
 * @param options - `period`, `expiresAfterDays`, `customers`, `minorDigits`, `currency`.
 * @returns An {@link ExitCostResult}.
 * @throws `INVALID_ARGUMENT` for an invalid option, when `interactions` is not an array, or when rows
 *   name two currencies and `options.currency` is not given.
 * @example
 * ```ts
 * const r = exitCost(
 *   [
 *     { customerId: 'a', date: '2024-01-10', benefit: '5.00' },
 *     { customerId: 'a', date: '2024-06-01', benefit: '2.50' },
 *     { customerId: 'b', date: '2024-06-02' },
 *   ],
 *   { period: { to: '2024-06-30' }, expiresAfterDays: 90 },
 * );
 * r.customers.map((c) => c.exitCost); // ['2.50', '0.00']
 * r.customers[0]!.expiredMinor; // 500
 * ```
 * @see Burnham, T. A., Frels, J. K. & Mahajan, V. (2003). Consumer switching costs: a typology,
 * antecedents, and consequences. Journal of the Academy of Marketing Science, 31(2), 109–126.
 * https://doi.org/10.1177/0092070302250897
 */
export function exitCost(interactions: readonly InteractionInputRow[], options: ExitCostOptions): ExitCostResult {
  const fn = 'exitCost';
  assertOptionsObject(fn, options);
  const period = readPeriod(fn, options.period, true);
  const expires = options.expiresAfterDays === undefined ? null : readDays(fn, 'options.expiresAfterDays', options.expiresAfterDays, 0);
  if (options.currency !== undefined && typeof options.currency !== 'string') throw new InvalidArgumentError(fn, 'options.currency', 'must be an ISO 4217 code', options.currency);
  const digits = resolveMinorDigits(fn, { ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }), ...(options.currency === undefined ? {} : { currency: options.currency.trim().toUpperCase() }) });
  if (!Array.isArray(interactions)) throw new InvalidArgumentError(fn, 'interactions', 'must be an array of interaction rows', interactions);
  const rows = readRows(fn, interactions, options, digits, period);
  const m = rows.slots.ids.length;
  const kept = new Float64Array(m);
  const expired = new Float64Array(m);
  const benefits = new Float64Array(m);
  const seen = new Float64Array(m);
  for (let k = 0; k < rows.count; k++) {
    const c = rows.customer[k] as number;
    const b = rows.benefit[k] as number;
    seen[c] = (seen[c] as number) + 1;
    if (expires !== null && period.to - (rows.day[k] as number) > expires) expired[c] = (expired[c] as number) + b;
    else {
      kept[c] = (kept[c] as number) + b;
      if (b > 0) benefits[c] = (benefits[c] as number) + 1;
    }
  }
  const order = rows.slots.fixed ? null : Array.from({ length: m }, (_, i) => i).sort((a, b) => ((rows.slots.ids[a] as string) < (rows.slots.ids[b] as string) ? -1 : 1));
  const customers: CustomerExitCost[] = new Array(m);
  let total = 0;
  let totalExpired = 0;
  let withBenefit = 0;
  for (let i = 0; i < m; i++) {
    const c = order === null ? i : (order[i] as number);
    const minor = kept[c] as number;
    total += minor;
    totalExpired += expired[c] as number;
    if (minor > 0) withBenefit++;
    customers[i] = { customerId: rows.slots.ids[c] as string, exitCostMinor: minor, exitCost: minorToDecimal(minor, digits), benefits: benefits[c] as number, expiredMinor: expired[c] as number, interactions: seen[c] as number };
  }
  return {
    customers,
    total: { exitCostMinor: total, exitCost: minorToDecimal(total, digits), expiredMinor: totalExpired, customersWithBenefit: withBenefit },
    rejected: rows.rejected,
    settings: {
      period: { from: period.from === null ? null : formatEpochDay(period.from), to: formatEpochDay(period.to) },
      expiresAfterDays: expires,
      minorDigits: digits,
      currency: rows.currency,
    },
  };
}
