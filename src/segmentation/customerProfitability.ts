import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { readOptionsObject } from './internal/readOptionsObject';
import {
  accumulateInteractions,
  accumulateTransactions,
  type AccumulateSettings,
  type ProfitAccumulator,
  type UncostedEntry,
} from './internal/profitability/accumulateProfit';
import { amountViews } from './internal/profitability/buildProfitRows';
import { readInteractions } from './internal/profitability/readInteractions';
import { readActivityCosts, resolveProfitabilityOptions } from './internal/profitability/resolveProfitabilityOptions';
import { formatMinor } from '../money/formatMinor';

/**
 * One contact with, or service to, a customer, as `customerProfitability` reads it: the `Interaction`
 * record of `clientele/schemas` fits.
 */
export interface InteractionInputRow {
  /** Customer identifier: a non-blank string or a safe integer; `1` and `'1'` are the same customer. */
  readonly customerId: string | number;
  /** Calendar date: `'yyyy-mm-dd'` (a time after it is ignored), `'yyyymmdd'`, or a `Date` read at UTC. */
  readonly date: string | Date;
  /** Activity, e.g. `'visit'`, `'call'`, `'delivery'`: looked up in `activityCosts` when `cost` is absent. */
  readonly kind?: string | undefined;
  /** Cost of the contact to the company, major units, ≥ 0, exact to the minor digits. */
  readonly cost?: number | string | undefined;
  /** Discount or benefit given (voucher, free service), major units, ≥ 0: counted as a discount by default. */
  readonly benefit?: number | string | undefined;
  /** ISO 4217 code of `cost` and `benefit`: must be the transactions' currency. */
  readonly currency?: string | undefined;
}

/** Options of {@link customerProfitability}. */
export interface CustomerProfitabilityOptions {
  /** The period of account, both days inclusive (required): rows and interactions outside it are not counted. */
  readonly window: { readonly from: string | Date; readonly to: string | Date };
  /**
   * Cost of goods as a share of a transaction's revenue, for rows without a `cost` (e.g. `0.6`; 0 to 10,
   * at most 12 decimals, read as its shortest decimal). Each row's share is rounded half to even to a whole
   * minor unit. Without it, rows without a `cost` are listed in `uncosted` and add no cost of goods.
   */
  readonly costOfGoodsRate?: number;
  /**
   * Cost to serve of an interaction kind (major units, exact), for interactions without a `cost`, e.g.
   * `{ visit: 45, call: '3.50' }`. Interactions with neither are listed in `uncosted` and add no cost.
   */
  readonly activityCosts?: Readonly<Record<string, number | string>>;
  /**
   * What a transaction's `amount` is: `'after-discount'` (default; what the customer paid, so revenue is
   * `amount + discount`, and profit is built on `amount`) or `'before-discount'` (the list value: revenue
   * is `amount`, and profit is built on `amount − discount`). Choose the one your log uses.
   */
  readonly amounts?: 'after-discount' | 'before-discount';
  /** Interaction `benefit`: `'discount'` (default; added to discounts given) or `'ignore'`. */
  readonly benefits?: 'discount' | 'ignore';
  /** Minor digits of the amounts (default 2, or the currency's); must agree with an index passed in. */
  readonly minorDigits?: number;
  /** Currency of the transactions; rows and interactions naming another are rejected. */
  readonly currency?: string;
}

/** Revenue, cost of goods, discounts given, cost to serve and profit, in one unit (`T`: number or string). */
export interface ProfitAmounts<T> {
  /** Revenue net of returns. */
  readonly revenue: T;
  /** Cost of goods net of returns. */
  readonly costOfGoods: T;
  /** Discounts given (net of returns) and interaction benefits. */
  readonly discounts: T;
  /** Activity-based cost to serve. */
  readonly costToServe: T;
  /** `revenue − costOfGoods − discounts − costToServe`. */
  readonly profit: T;
}

/** One customer's profit and its parts: major-unit numbers at the top level, exact views beside. */
export interface CustomerProfit extends ProfitAmounts<number> {
  /** The customer. */
  readonly customerId: string;
  /** The same amounts in integer minor units (exact). */
  readonly minor: ProfitAmounts<number>;
  /** The same amounts as exact decimal strings, e.g. `'-12.30'`. */
  readonly exact: ProfitAmounts<string>;
  /** Transaction rows in the window, returns included. */
  readonly transactions: number;
  /** Return rows in the window. */
  readonly returns: number;
  /** Interactions in the window. */
  readonly interactions: number;
  /** Transaction rows whose cost of goods is unknown (counted as 0). */
  readonly uncostedTransactions: number;
  /** Interactions whose cost to serve is unknown (counted as 0). */
  readonly uncostedInteractions: number;
}

/** Population totals of {@link customerProfitability}. */
export interface ProfitabilityTotals extends ProfitAmounts<number> {
  /** The totals in integer minor units (exact sums of the customers'). */
  readonly minor: ProfitAmounts<number>;
  /** The totals as exact decimal strings. */
  readonly exact: ProfitAmounts<string>;
  /** Customers with a transaction or an interaction in the window. */
  readonly customers: number;
  /** Customers with profit > 0. */
  readonly profitable: number;
  /** Customers with profit < 0. */
  readonly unprofitable: number;
  /** Customers with profit exactly 0. */
  readonly breakEven: number;
}

/** A record whose cost is unknown: it is counted, with a cost of 0, and listed here. */
export interface UncostedRecord {
  /** Which input the record comes from. */
  readonly source: 'transactions' | 'interactions';
  /** Index of the record in its input. */
  readonly index: number;
  /** The customer. */
  readonly customerId: string;
  /** Why the cost is unknown. */
  readonly reason: string;
}

/** A transaction or interaction left out, with the input it comes from. */
export interface ProfitabilityRejectedRecord extends RejectedRecord {
  /** Which input the record comes from. */
  readonly source: 'transactions' | 'interactions';
}

/** The conventions {@link customerProfitability} used, defaults filled in. */
export interface ProfitabilitySettings {
  /** First day of the window, `'yyyy-mm-dd'`. */
  readonly from: string;
  /** Last day of the window, `'yyyy-mm-dd'`. */
  readonly to: string;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** Currency of the amounts, when known. */
  readonly currency: string | null;
  /** What a transaction amount is. */
  readonly amounts: 'after-discount' | 'before-discount';
  /** The cost-of-goods rate for rows without a cost, or `null`. */
  readonly costOfGoodsRate: number | null;
  /** How a row's rate share is rounded. */
  readonly costOfGoodsRounding: 'half-even per row, to the minor unit';
  /** Activity cost per interaction kind, exact decimal strings. */
  readonly activityCosts: Readonly<Record<string, string>>;
  /** What an interaction benefit is. */
  readonly benefits: 'discount' | 'ignore';
  /** How returns are counted. */
  readonly returns: 'netted: a return reverses revenue, discount and cost of goods';
}

/** The result of {@link customerProfitability}. */
export interface CustomerProfitabilityResult {
  /**
   * One row per customer with a transaction or an interaction in the window, sorted by `customerId`.
   * Each row has `customerId` and `profit` (major units), so the list is directly a
   * `{ customerId, profit }[]` input of `whaleCurve`.
   */
  readonly customers: CustomerProfit[];
  /** Population totals: exactly the sums of the customer rows. */
  readonly totals: ProfitabilityTotals;
  /** Records counted with an unknown cost, by source then index. */
  readonly uncosted: UncostedRecord[];
  /** Records left out (bad rows), by source then index, each with its reason. */
  readonly rejected: ProfitabilityRejectedRecord[];
  /** Accepted records outside the window (not counted). */
  readonly outsideWindow: { readonly transactions: number; readonly interactions: number };
  /** The conventions used. */
  readonly settings: ProfitabilitySettings;
}

/** The index of the transactions, with the options' digits checked against an index passed in. @internal */
function indexInput(
  fn: string,
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  minorDigits: number | undefined,
  currency: string | undefined,
): TransactionIndex {
  const index = indexTransactionsAs(fn, transactions, {
    ...(minorDigits === undefined ? {} : { minorDigits }),
    ...(currency === undefined ? {} : { currency }),
  });
  if (minorDigits !== undefined && minorDigits !== index.minorDigits) {
    throw new InvalidArgumentError(fn, 'options.minorDigits', `must agree with the transaction index (${index.minorDigits})`, minorDigits);
  }
  return index;
}

/** The customer rows and totals from the accumulators. @internal */
function buildRows(fn: string, map: Map<string, ProfitAccumulator>, digits: number): { customers: CustomerProfit[]; totals: ProfitabilityTotals } {
  const ids = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const customers: CustomerProfit[] = [];
  const sum = { revenue: 0, costOfGoods: 0, discounts: 0, costToServe: 0 };
  let profitable = 0;
  let unprofitable = 0;
  for (const id of ids) {
    const acc = map.get(id) as ProfitAccumulator;
    const v = amountViews(fn, acc, digits, `customer ${JSON.stringify(id)}`);
    customers.push({
      customerId: id, ...v.major, minor: v.minor, exact: v.exact,
      transactions: acc.transactions, returns: acc.returns, interactions: acc.interactions,
      uncostedTransactions: acc.uncostedTransactions, uncostedInteractions: acc.uncostedInteractions,
    });
    sum.revenue += acc.revenue;
    sum.costOfGoods += acc.costOfGoods;
    sum.discounts += acc.discounts;
    sum.costToServe += acc.costToServe;
    if (v.minor.profit > 0) profitable++;
    else if (v.minor.profit < 0) unprofitable++;
  }
  const t = amountViews(fn, sum, digits, 'the population');
  const totals = { ...t.major, minor: t.minor, exact: t.exact, customers: ids.length, profitable, unprofitable, breakEven: ids.length - profitable - unprofitable };
  return { customers, totals };
}

/**
 * Profit of each customer over a window: revenue less cost of goods, discounts given and activity-based
 * cost to serve, exact to the minor unit, with population totals.
 *
 * @remarks
 * `profit_i = revenue_i − costOfGoods_i − discounts_i − costToServe_i` (Kaplan & Cooper 1998, ch. 10;
 * Kaplan & Narayanan 2001), summed over the transactions and interactions dated inside
 * `window` (both days inclusive):
 * - **revenue**: `amount + discount` per row with `amounts: 'after-discount'` (the default: the amount is
 *   what was paid), `amount` with `'before-discount'`. A return (`returned: true`) is netted: it reverses
 *   its revenue, its discount and its cost of goods.
 * - **cost of goods**: the row's `cost`; for a row without one, `costOfGoodsRate × revenue` rounded half to
 *   even to a whole minor unit per row (exact decimal arithmetic, no float drift); with neither the row is
 *   counted at cost 0 and listed in `uncosted`.
 * - **discounts given**: the rows' `discount`, plus interaction `benefit`s (unless `benefits: 'ignore'`).
 * - **cost to serve**: activity-based: each interaction's `cost`, else `activityCosts[kind]`, else 0 and
 *   listed in `uncosted`.
 *
 * All sums are integer minor units, so 1,000 rows of 0.10 total exactly 100.00; each amount is reported as
 * a major-unit number, in `minor` units and as an `exact` decimal string, and
 * `totals.profit = totals.revenue − totals.costOfGoods − totals.discounts − totals.costToServe` holds
 * exactly in minor units. Customers with interactions but no transactions in the window are included
 * (their profit is negative: they cost to serve and bring nothing). `customers` rows carry `customerId`
 * and `profit`, the input of `whaleCurve`. Bad rows are listed in `rejected` with their index and reason
 * and change no other customer's result; the result does not depend on row order.
 *
 * Cost: O(n + m + c log c) for n transaction rows, m interactions and c customers.
 *
 * @param transactions - Transaction rows ({@link TransactionInputRow}: `customerId`, `date`, `amount`,
 *   optional `discount`, `cost`, `returned`, `currency`) or a {@link TransactionIndex}.
 * @param interactions - Contacts with their cost ({@link InteractionInputRow}); `[]` when there are none.
 * @param options - `window` (required), `costOfGoodsRate`, `activityCosts`, `amounts`, `benefits`,
 *   `minorDigits`, `currency`.
 * @returns The per-customer profit rows sorted by `customerId`, totals, uncosted and rejected records, and
 *   the settings used.
 * @throws `INVALID_ARGUMENT` when `options` or `options.window` is missing or invalid (`to` before `from`),
 *   `costOfGoodsRate` is not a number from 0 to 10 with at most 12 decimals, an activity cost is not an
 *   exact amount ≥ 0, `amounts` or `benefits` is not one of its values, `minorDigits` disagrees with an
 *   index passed in, `interactions` is not an array, or the records name two currencies.
 * @throws `EMPTY_INPUT` when there is no transaction row and no interaction at all.
 * @throws `UNDEFINED_RESULT` when a total passes 2^53 minor units (it could not be held exactly).
 * @example
 * ```ts
 * const r = customerProfitability(
 *   [
 *     { customerId: 'a', date: '2024-01-05', amount: '100.00', cost: '55.00' },
 *     { customerId: 'a', date: '2024-02-01', amount: '20.00', returned: true, cost: '11.00' },
 *     { customerId: 'b', date: '2024-01-09', amount: '40.00', discount: '5.00' },
 *   ],
 *   [{ customerId: 'b', date: '2024-01-10', kind: 'call' }, { customerId: 'c', date: '2024-01-11', cost: '7.50' }],
 *   { window: { from: '2024-01-01', to: '2024-03-31' }, costOfGoodsRate: 0.6, activityCosts: { call: '4.00' } },
 * );
 * r.customers.map((c) => [c.customerId, c.exact.profit]); // [['a', '36.00'], ['b', '9.00'], ['c', '-7.50']]
 * r.totals.exact.profit; // '37.50'
 * ```
 * @see Kaplan, R. S. & Cooper, R. (1998). Cost & Effect: Using Integrated Cost Systems to Drive
 * Profitability and Performance, ch. 10 "Customer profitability". Harvard Business School Press.
 * @see Kaplan, R. S. & Narayanan, V. G. (2001). Measuring and managing customer profitability. Journal of
 * Cost Management 15(5), 5–15.
 */
export function customerProfitability(
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  interactions: readonly InteractionInputRow[],
  options: CustomerProfitabilityOptions,
): CustomerProfitabilityResult {
  const fn = 'customerProfitability';
  const o = resolveProfitabilityOptions(fn, readOptionsObject(fn, options, true));
  const index = indexInput(fn, transactions, o.minorDigits, o.currency);
  const digits = index.minorDigits;
  const currency = index.currency ?? (o.currency === undefined ? null : o.currency.trim().toUpperCase());
  const read = readInteractions(fn, interactions, digits, currency);
  if (index.rowCount === 0 && interactions.length === 0) throw new EmptyInputError(fn, 'transactions and interactions', 'must not both be empty');
  const activityCosts = readActivityCosts(fn, o.activityCosts, digits);
  const settings: AccumulateSettings = { ...o, activityCosts };
  const map = new Map<string, ProfitAccumulator>();
  const uncosted: UncostedEntry[] = [];
  const outsideTransactions = accumulateTransactions(index, settings, map, uncosted);
  const outsideInteractions = accumulateInteractions(read.accepted, settings, map, uncosted);
  uncosted.sort((a, b) => (a.source === b.source ? a.index - b.index : a.source < b.source ? 1 : -1));
  const { customers, totals } = buildRows(fn, map, digits);
  const rejected: ProfitabilityRejectedRecord[] = [
    ...index.rejected.map((r) => ({ source: 'transactions' as const, ...r })),
    ...read.rejected.map((r) => ({ source: 'interactions' as const, ...r })),
  ];
  return {
    customers,
    totals,
    uncosted,
    rejected,
    outsideWindow: { transactions: outsideTransactions, interactions: outsideInteractions },
    settings: {
      from: formatEpochDay(o.from),
      to: formatEpochDay(o.to),
      minorDigits: digits,
      currency,
      amounts: o.amountsAfterDiscount ? 'after-discount' : 'before-discount',
      costOfGoodsRate: o.rate === null ? null : o.rate.value,
      costOfGoodsRounding: 'half-even per row, to the minor unit',
      activityCosts: Object.fromEntries([...activityCosts].map(([k, v]) => [k, formatMinor(v, digits)])),
      benefits: o.countBenefits ? 'discount' : 'ignore',
      returns: 'netted: a return reverses revenue, discount and cost of goods',
    },
  };
}
