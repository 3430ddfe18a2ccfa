import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { quantileOfSorted } from '../core/stats/quantile';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { choiceTimeColumns } from './internal/choiceTimeColumns';
import { createCustomerKeys } from './internal/customerKeys';
import { formatWindow, indexOptionsOf, readInteger, readStringList, readWindow, requireOptions } from './internal/measureArgs';
import { sortRejected } from './internal/measureRecords';
import { readInteractionEvents } from './internal/readInteractionEvents';
import type { AttentionInteraction } from './brandAttention';
import type { DateWindow, MeasureQuartiles } from './measureTypes';

/** Options of {@link choiceTime}. */
export interface ChoiceTimeOptions {
  /** Orders (purchase days) whose choice time is measured: those in this window (both ends inclusive). */
  readonly window: DateWindow;
  /** Interaction kinds that start a choice (first enquiry, visit, view of the item or category). */
  readonly enquiryKinds: readonly string[];
  /** How far before an order an enquiry may lie and still belong to it, days (integer ≥ 0). */
  readonly lookbackDays: number;
  /**
   * Whether only enquiries after the customer's previous order count (default `true`: an enquiry that
   * came before an earlier order belongs to that order's choice, not this one's).
   */
  readonly sincePreviousOrder?: boolean;
  /** Minor digits of the amounts when transaction rows are given. */
  readonly minorDigits?: number;
  /** ISO 4217 currency of the log when transaction rows are given. */
  readonly currency?: string;
}

/** One customer's choice times. */
export interface ChoiceTimeCustomer {
  /** The customer. */
  readonly customerId: string;
  /** Orders (purchase days) in the window. */
  readonly orders: number;
  /** Orders preceded by an enquiry within the look-back. */
  readonly ordersWithEnquiry: number;
  /** Orders without one (counted, not dropped). */
  readonly ordersWithoutEnquiry: number;
  /** Median days from first enquiry to order over the orders with one; `null` when there are none. */
  readonly medianDays: number | null;
}

/** The result of {@link choiceTime}. */
export interface ChoiceTimeResult {
  /** Customers with an order in the window, sorted by `customerId`. */
  readonly customers: ChoiceTimeCustomer[];
  /** The population: order counts and quartiles of the days over all orders with an enquiry. */
  readonly population: {
    /** Orders in the window. */
    readonly orders: number;
    /** Orders with an enquiry in the look-back. */
    readonly ordersWithEnquiry: number;
    /** Orders without one. */
    readonly ordersWithoutEnquiry: number;
    /** Quartiles (type 7) of the days from first enquiry to order. */
    readonly days: MeasureQuartiles;
  };
  /** Interactions read but not used: other kinds, or customers without an order in the window. */
  readonly excluded: { readonly otherKinds: number; readonly noOrderInWindow: number };
  /** The conventions used. */
  readonly settings: {
    /** The order window. */
    readonly window: { readonly from: string; readonly to: string };
    /** Enquiry kinds. */
    readonly enquiryKinds: readonly string[];
    /** Look-back, days. */
    readonly lookbackDays: number;
    /** Whether enquiries before the previous order are ignored. */
    readonly sincePreviousOrder: boolean;
    /** What an order is. */
    readonly orders: 'distinct purchase days; returns are not orders';
  };
  /** Rows left out: `interactions` and `transactions` (from the index). */
  readonly rejected: { readonly interactions: RejectedRecord[]; readonly transactions: readonly RejectedRecord[] };
}

/**
 * Time spent choosing, the fourth loyalty measure: days from the first enquiry or visit to the order,
 * per order, per customer (median) and for the population (median and quartiles).
 *
 * @remarks
 * An order is a purchase day (same-day purchases are one order; returns are not orders). For an order
 * on day `d`, the choice starts at the first interaction of an enquiry kind on a day in
 * `[d − lookbackDays, d]` (and, with `sincePreviousOrder`, after the customer's previous order day);
 * choice time = `d −` that day, in whole days (0 = enquired and bought the same day). Orders without such
 * an enquiry are counted in `ordersWithoutEnquiry`, never dropped: a loyal customer who rebuys without
 * searching is exactly what the measure is meant to show (shorter deliberation = more loyal; Newman &
 * Staelin 1972 measure search before purchase). Quartiles by Hyndman–Fan type 7. Interactions of other
 * kinds, or of customers with no order in the window, are counted in `excluded`. O(n log n).
 *
 * @param interactions - {@link AttentionInteraction}s (`customerId`, `date`, `kind`).
 * @param transactions - Transaction rows or a {@link TransactionIndex}.
 * @param options - `window`, `enquiryKinds`, `lookbackDays` (required), `sincePreviousOrder`.
 * @returns Per-customer counts and medians sorted by id, the population quartiles, settings, rejected rows.
 * @throws `INVALID_ARGUMENT` when `interactions` is not an array, or for a missing or invalid option.
 * @throws `EMPTY_INPUT` when the transaction log has no rows.
 * @example
 * ```ts
 * const r = choiceTime(
 *   [{ customerId: 'a', date: '2024-03-01', kind: 'enquiry' }, { customerId: 'a', date: '2024-03-04', kind: 'visit' }],
 *   [{ customerId: 'a', date: '2024-03-08', amount: 120 }, { customerId: 'a', date: '2024-03-20', amount: 40 }],
 *   { window: { from: '2024-03-01', to: '2024-03-31' }, enquiryKinds: ['enquiry', 'visit'], lookbackDays: 30 },
 * );
 * r.customers[0]; // { customerId: 'a', orders: 2, ordersWithEnquiry: 1, ordersWithoutEnquiry: 1, medianDays: 7 }
 * ```
 * @see Newman, J. W. & Staelin, R. (1972). Prepurchase information seeking for new cars and major
 * household appliances. Journal of Marketing Research, 9(3), 249–257. doi:10.1177/002224377200900302
 */
export function choiceTime(
  interactions: readonly AttentionInteraction[],
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  options: ChoiceTimeOptions,
): ChoiceTimeResult {
  const fn = 'choiceTime';
  requireOptions(fn, options);
  const w = readWindow(fn, 'options.window', options.window);
  const enquiryKinds = readStringList(fn, 'options.enquiryKinds', options.enquiryKinds);
  const lookback = readInteger(fn, 'options.lookbackDays', options.lookbackDays, 0);
  const sincePrevious = options.sincePreviousOrder ?? true;
  if (typeof sincePrevious !== 'boolean') throw new InvalidArgumentError(fn, 'options.sincePreviousOrder', 'must be a boolean', sincePrevious);
  if (!Array.isArray(interactions)) throw new InvalidArgumentError(fn, 'interactions', 'must be an array', interactions);
  const index = indexTransactionsAs(fn, transactions, indexOptionsOf(options));
  if (index.rowCount === 0) throw new EmptyInputError(fn, 'transactions');
  const t = choiceTimeColumns(readInteractionEvents(interactions, createCustomerKeys(index.customerIds)), index, { window: w, enquiryKinds, lookback, sincePrevious });
  const customers: ChoiceTimeCustomer[] = [];
  for (let c = 0; c < index.customerIds.length; c++) {
    const orders = t.orders[c] as number;
    if (orders === 0) continue;
    const n = t.withEnquiry[c] as number;
    const median = t.medianDays[c] as number;
    customers.push({ customerId: index.customerIds[c] as string, orders, ordersWithEnquiry: n, ordersWithoutEnquiry: orders - n, medianDays: Number.isNaN(median) ? null : median });
  }
  const withEnquiry = t.allDays.length;
  return {
    customers,
    population: { orders: t.totalOrders, ordersWithEnquiry: withEnquiry, ordersWithoutEnquiry: t.totalOrders - withEnquiry, days: quartiles(t.allDays) },
    excluded: { otherKinds: t.otherKinds, noOrderInWindow: t.noOrderInWindow },
    settings: { window: formatWindow(w), enquiryKinds, lookbackDays: lookback, sincePreviousOrder: sincePrevious, orders: 'distinct purchase days; returns are not orders' },
    rejected: { interactions: sortRejected(t.rejected), transactions: index.rejected },
  };
}

/** Type-7 quartiles, or nulls with a reason. @internal */
function quartiles(values: Float64Array): MeasureQuartiles {
  if (values.length === 0) return { n: 0, q1: null, median: null, q3: null, reason: 'no order with an enquiry in the look-back' };
  return { n: values.length, q1: quantileOfSorted(values, 0.25, 7), median: quantileOfSorted(values, 0.5, 7), q3: quantileOfSorted(values, 0.75, 7), reason: null };
}
