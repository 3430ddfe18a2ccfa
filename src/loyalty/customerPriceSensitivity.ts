import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { fitLogitSlope } from './internal/fitLogitSlope';
import { countOrdersById } from './internal/promoOrders';
import { formatWindow, indexOptionsOf, readInteger, readPositive, readWindow, requireOptions, type DayWindow } from './internal/measureArgs';
import type { DateWindow } from './measureTypes';

/** Options of the purchase-probability response to price in {@link customerPriceSensitivity}. */
export interface PriceResponseOptions {
  /** Length of a period, days (integer ≥ 1); the window is cut into periods from its first day (the last may be shorter). */
  readonly periodDays: number;
  /** Shrinkage constant `k` (≥ 0): a customer's own slope gets weight `n_i / (n_i + k)`, `n_i` their periods. */
  readonly shrinkage: number;
  /** Fewest observed periods for an own slope (integer ≥ 2); below it the population slope is used. */
  readonly minPeriods: number;
}

/** Options of {@link customerPriceSensitivity}. */
export interface CustomerPriceSensitivityOptions {
  /** The window of purchases measured (both ends inclusive). */
  readonly window: DateWindow;
  /** With it, the response of purchase probability to the period's price index (a shrunk logit slope). */
  readonly response?: PriceResponseOptions;
  /** Minor digits of the amounts when rows are given. */
  readonly minorDigits?: number;
  /** ISO 4217 currency of the log when rows are given. */
  readonly currency?: string;
}

/** A customer's response of purchase probability to price. */
export interface CustomerPriceResponse {
  /** The slope used: `w · own + (1 − w) · population`, log-odds of buying per unit of the price index. */
  readonly slope: number;
  /** The customer's own maximum-likelihood slope, or `null` when it does not exist or the history is short. */
  readonly ownSlope: number | null;
  /** Weight `w` of the own slope (0 when the population value was used). */
  readonly weight: number;
  /** Periods observed for this customer (`n_i`). */
  readonly periods: number;
  /** `'customer'` when the own slope entered, `'population'` when the population slope was used as is. */
  readonly source: 'customer' | 'population';
  /** Why the population value was used; `null` otherwise. */
  readonly reason: string | null;
}

/** One customer's price sensitivity. */
export interface CustomerPriceSensitivity {
  /** The customer. */
  readonly customerId: string;
  /** Orders in the window (order ids, else purchase days). */
  readonly orders: number;
  /** Orders with a discount on any row. */
  readonly promoOrders: number;
  /** `promoOrders / orders`; `null` without an order. */
  readonly promoShare: number | null;
  /** `Σ discount / Σ (amount + discount)`; `null` without an order. */
  readonly discountDepth: number | null;
  /** `Σ paid / Σ (quantity × category mean unit price)` over rows with a quantity; `null` without one. */
  readonly priceIndex: number | null;
  /** Purchase rows without a positive quantity (left out of the price index only). */
  readonly rowsWithoutQuantity: number;
  /** The response to price, or `null` without `options.response` or without any observed period. */
  readonly response: CustomerPriceResponse | null;
}

/** One period of the response model. */
export interface PricePeriod {
  /** First day, `'yyyy-mm-dd'`. */
  readonly from: string;
  /** Last day, `'yyyy-mm-dd'`. */
  readonly to: string;
  /** Price index of the period (all customers' priced rows); `null` when no row has a quantity (period left out). */
  readonly priceIndex: number | null;
  /** Customers observed in the period. */
  readonly customers: number;
  /** Of them, customers who bought. */
  readonly buyers: number;
}

/** The result of {@link customerPriceSensitivity}. */
export interface CustomerPriceSensitivityResult {
  /** One row per customer of the log, sorted by `customerId`. */
  readonly customers: CustomerPriceSensitivity[];
  /** Pooled figures and the population response. */
  readonly population: {
    /** Orders in the window. */
    readonly orders: number;
    /** Pooled promo share, or `null` without orders. */
    readonly promoShare: number | null;
    /** Pooled discount depth, or `null` without orders. */
    readonly discountDepth: number | null;
    /** Purchase rows without a quantity. */
    readonly rowsWithoutQuantity: number;
    /** Population logit slope and intercept, the periods, and why the slope is `null` when it is. */
    readonly response: {
      readonly slope: number | null;
      readonly intercept: number | null;
      readonly periods: PricePeriod[];
      readonly reason: string | null;
    } | null;
  };
  /** The conventions used. */
  readonly settings: {
    /** The window. */
    readonly window: { readonly from: string; readonly to: string };
    /** What an order is. */
    readonly orders: 'rows sharing an orderId; rows without one: the purchase day';
    /** What a category and its mean unit price are. */
    readonly categoryPrice: 'category = product (rows without one form one unnamed category); mean unit price = Σ amount / Σ quantity of its purchase rows in the window';
    /** The response settings, or `null`. */
    readonly response: (PriceResponseOptions & { readonly weight: 'n_i / (n_i + k)' }) | null;
  };
  /** Transaction rows left out, with their reasons (from the index). */
  readonly rejected: readonly RejectedRecord[];
}

interface Resolved {
  window: DayWindow;
  response: PriceResponseOptions | null;
}

/** Checks the options. @internal */
function resolve(fn: string, options: CustomerPriceSensitivityOptions): Resolved {
  requireOptions(fn, options);
  const window = readWindow(fn, 'options.window', options.window);
  const r = options.response;
  if (r === undefined) return { window, response: null };
  if (typeof r !== 'object' || r === null) throw new InvalidArgumentError(fn, 'options.response', 'must be { periodDays, shrinkage, minPeriods }', r);
  const periodDays = readInteger(fn, 'options.response.periodDays', r.periodDays, 1);
  const shrinkage = readPositive(fn, 'options.response.shrinkage', r.shrinkage, true);
  const minPeriods = readInteger(fn, 'options.response.minPeriods', r.minPeriods, 2);
  const periods = Math.ceil((window.to - window.from + 1) / periodDays);
  if (periods > 1000) throw new InvalidArgumentError(fn, 'options.response.periodDays', 'must cut the window into at most 1000 periods', periodDays);
  return { window, response: { periodDays, shrinkage, minPeriods } };
}

/** Category code of each row and mean unit price of each category, over the window's priced purchases. @internal */
function categoryPrices(index: TransactionIndex, w: DayWindow): { code: Int32Array; unitPrice: Float64Array } | null {
  const q = index.quantity;
  if (q === null) return null;
  const { epochDay, amountMinor, returned, product } = index;
  const n = epochDay.length;
  const code = new Int32Array(n);
  const codes = new Map<string, number>();
  const paid: number[] = [];
  const units: number[] = [];
  for (let j = 0; j < n; j++) {
    const key = product === null ? '' : (product[j] ?? '');
    let c = codes.get(key);
    if (c === undefined) {
      codes.set(key, (c = paid.length));
      paid.push(0);
      units.push(0);
    }
    code[j] = c;
    const d = epochDay[j] as number;
    const qj = q[j] as number;
    if (returned[j] === 0 && qj > 0 && d >= w.from && d <= w.to) {
      paid[c] = (paid[c] as number) + (amountMinor[j] as number);
      units[c] = (units[c] as number) + qj;
    }
  }
  const unitPrice = new Float64Array(paid.length);
  for (let c = 0; c < paid.length; c++) unitPrice[c] = (units[c] as number) > 0 ? (paid[c] as number) / (units[c] as number) : Number.NaN;
  return { code, unitPrice };
}

interface Totals {
  orders: number;
  promoOrders: number;
  discount: number;
  listValue: number;
  withoutQuantity: number;
  periodPaid: Float64Array;
  periodExpected: Float64Array;
}


/**
 * Price sensitivity of each customer, the fifth loyalty measure: promotion share, discount depth, price
 * index paid and, with enough history, the response of purchase probability to price, shrunk toward the
 * population.
 *
 * @remarks
 * Over the purchase rows of the window (returns left out; `amount` is what was paid, `discount` what was
 * taken off, so the list value is `amount + discount`):
 * - promo share = `#orders with a discount > 0 / #orders` (an order: rows sharing an `orderId`, or the
 *   purchase day for rows without one);
 * - discount depth = `Σ discount / Σ (amount + discount)`;
 * - price index = `Σ paid / Σ (quantity × p̄_category)`, `p̄` the category's mean unit price
 *   `Σ amount / Σ quantity` over all customers (category = product); rows without a positive quantity
 *   are left out of it and counted (`rowsWithoutQuantity`). Below 1: the customer pays less than the
 *   average for the same goods (buys on deal, in cheaper outlets).
 * - response (with `options.response`): the window is cut into periods of `periodDays`; each period's
 *   price index `x_p` is the one above over all customers' rows in it. A customer is observed in the
 *   periods that start after their first purchase; `y_ip` = bought in period `p`. The population slope
 *   `β` is the maximum-likelihood slope of `logit P(y = 1) = α + β x_p` over all customer-periods; a
 *   customer's own slope `β_i` is the same fit on their periods, and the reported slope is
 *   `w_i β_i + (1 − w_i) β` with `w_i = n_i / (n_i + k)`, the empirical-Bayes form of shrinking toward
 *   the population (Rossi, McCulloch & Allenby 1996 shrink household price coefficients likewise). When
 *   `n_i < minPeriods`, or the own slope does not exist (the customer bought in every period, in none,
 *   or only at prices all above or all below those where they did not), the population slope is used
 *   and the reason stated. A negative slope means fewer purchases when prices are high.
 *
 * Money sums are exact (integer minor units). One pass over the index, plus O(customers × periods) and
 * a few Newton steps per customer for the response.
 *
 * @param transactions - Transaction rows (with `discount`, `quantity`, `product`, `orderId` as known) or a
 *   {@link TransactionIndex}.
 * @param options - `window` (required), `response` ({@link PriceResponseOptions}), `minorDigits` / `currency`.
 * @returns Per-customer measures sorted by id, pooled figures and the population response, the settings,
 *   and the rejected rows.
 * @throws `INVALID_ARGUMENT` for a missing or invalid option.
 * @throws `EMPTY_INPUT` when the log has no rows.
 * @example
 * ```ts
 * const r = customerPriceSensitivity(
 *   [
 *     { customerId: 'a', date: '2024-01-02', amount: 8, discount: 2, product: 'tea', quantity: 2 },
 *     { customerId: 'a', date: '2024-01-09', amount: 10, product: 'tea', quantity: 2 },
 *     { customerId: 'b', date: '2024-01-03', amount: 12, product: 'tea', quantity: 2 },
 *   ],
 *   { window: { from: '2024-01-01', to: '2024-01-31' } },
 * );
 * r.customers[0]?.promoShare; // 0.5
 * r.customers[0]?.discountDepth; // 0.1 (2 / 20)
 * r.customers[0]?.priceIndex; // 0.9 (18 / (4 × 5))
 * ```
 * @see Rossi, P. E., McCulloch, R. E. & Allenby, G. M. (1996). The value of purchase history data in
 * target marketing. Marketing Science, 15(4), 321–340. doi:10.1287/mksc.15.4.321
 * @see Albert, A. & Anderson, J. A. (1984). On the existence of maximum likelihood estimates in logistic
 * regression models. Biometrika, 71(1), 1–10. doi:10.1093/biomet/71.1.1
 */
export function customerPriceSensitivity(
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  options: CustomerPriceSensitivityOptions,
): CustomerPriceSensitivityResult {
  const fn = 'customerPriceSensitivity';
  const r = resolve(fn, options);
  const index = indexTransactionsAs(fn, transactions, indexOptionsOf(options));
  if (index.rowCount === 0) throw new EmptyInputError(fn, 'transactions');
  const prices = categoryPrices(index, r.window);
  const L = r.response?.periodDays ?? r.window.to - r.window.from + 1;
  const P = Math.ceil((r.window.to - r.window.from + 1) / L);
  const nc = index.customerIds.length;
  const bought = r.response === null ? null : new Uint8Array(nc * P);
  const firstObserved = new Int32Array(nc).fill(P);
  const totals: Totals = { orders: 0, promoOrders: 0, discount: 0, listValue: 0, withoutQuantity: 0, periodPaid: new Float64Array(P), periodExpected: new Float64Array(P) };
  const customers = new Array<CustomerPriceSensitivity>(nc);
  for (let c = 0; c < nc; c++) customers[c] = scanCustomer(index, c, r.window, L, prices, totals, bought, firstObserved);
  const response = r.response === null || bought === null ? null : populationResponse(r.window, L, P, totals, bought, firstObserved);
  if (r.response !== null && response !== null && bought !== null) {
    addResponses(customers, r.response, response, bought, firstObserved, P);
  }
  return {
    customers,
    population: {
      orders: totals.orders,
      promoShare: totals.orders === 0 ? null : totals.promoOrders / totals.orders,
      discountDepth: totals.listValue === 0 ? null : totals.discount / totals.listValue,
      rowsWithoutQuantity: totals.withoutQuantity,
      response: response === null ? null : { slope: response.slope, intercept: response.intercept, periods: response.periods, reason: response.reason },
    },
    settings: {
      window: formatWindow(r.window),
      orders: 'rows sharing an orderId; rows without one: the purchase day',
      categoryPrice: 'category = product (rows without one form one unnamed category); mean unit price = Σ amount / Σ quantity of its purchase rows in the window',
      response: r.response === null ? null : { ...r.response, weight: 'n_i / (n_i + k)' },
    },
    rejected: index.rejected,
  };
}

/** One customer's measures, and its contribution to the totals and the period flags. @internal */
function scanCustomer(
  index: TransactionIndex,
  c: number,
  w: DayWindow,
  L: number,
  prices: { code: Int32Array; unitPrice: Float64Array } | null,
  totals: Totals,
  bought: Uint8Array | null,
  firstObserved: Int32Array,
): CustomerPriceSensitivity {
  const { epochDay, amountMinor, returned, discountMinor: disc, quantity: q } = index;
  const P = totals.periodPaid.length;
  let orders = 0;
  let promoOrders = 0;
  let discount = 0;
  let paid = 0;
  let pricedPaid = 0;
  let expected = 0;
  let withoutQuantity = 0;
  let first = Number.NaN;
  let lastDay = Number.NaN;
  let dayPromo = false;
  for (let j = index.start[c] as number, e = index.start[c + 1] as number; j < e; j++) {
    if (returned[j] === 1) continue;
    const d = epochDay[j] as number;
    if (Number.isNaN(first)) first = d;
    if (d < w.from || d > w.to) continue;
    const a = amountMinor[j] as number;
    const dj = disc === null ? 0 : (disc[j] as number);
    if (d !== lastDay) {
      orders++;
      if (dayPromo) promoOrders++;
      dayPromo = false;
      lastDay = d;
    }
    if (dj > 0) dayPromo = true;
    discount += dj;
    paid += a;
    const p = ((d - w.from) / L) | 0;
    if (bought !== null) bought[c * P + p] = 1;
    const qj = q === null ? Number.NaN : (q[j] as number);
    if (prices !== null && qj > 0) {
      const x = qj * (prices.unitPrice[prices.code[j] as number] as number);
      pricedPaid += a;
      expected += x;
      totals.periodPaid[p] = (totals.periodPaid[p] as number) + a;
      totals.periodExpected[p] = (totals.periodExpected[p] as number) + x;
    } else withoutQuantity++;
  }
  if (dayPromo) promoOrders++;
  if (index.orderId !== null) [orders, promoOrders] = countOrdersById(index, c, w);
  if (!Number.isNaN(first)) firstObserved[c] = first < w.from ? 0 : Math.floor((first - w.from) / L) + 1;
  totals.orders += orders;
  totals.promoOrders += promoOrders;
  totals.discount += discount;
  totals.listValue += paid + discount;
  totals.withoutQuantity += withoutQuantity;
  return {
    customerId: index.customerIds[c] as string,
    orders,
    promoOrders,
    promoShare: orders === 0 ? null : promoOrders / orders,
    discountDepth: paid + discount === 0 ? null : discount / (paid + discount),
    priceIndex: expected > 0 ? pricedPaid / expected : null,
    rowsWithoutQuantity: withoutQuantity,
    response: null,
  };
}

interface PopulationFit {
  slope: number | null;
  intercept: number | null;
  reason: string | null;
  periods: PricePeriod[];
  x: Float64Array;
}

/** Period price indices, customers observed and buyers, and the population logit. @internal */
function populationResponse(w: DayWindow, L: number, P: number, totals: Totals, bought: Uint8Array, firstObserved: Int32Array): PopulationFit {
  const x = new Float64Array(P).fill(Number.NaN);
  for (let p = 0; p < P; p++) {
    const e = totals.periodExpected[p] as number;
    if (e > 0) x[p] = (totals.periodPaid[p] as number) / e;
  }
  const observedFrom = new Float64Array(P + 1);
  for (let c = 0; c < firstObserved.length; c++) {
    const f = firstObserved[c] as number;
    observedFrom[f] = (observedFrom[f] as number) + 1;
  }
  const n = new Float64Array(P);
  const y = new Float64Array(P);
  let running = 0;
  for (let p = 0; p < P; p++) {
    running += observedFrom[p] as number;
    n[p] = running;
  }
  for (let c = 0; c < firstObserved.length; c++) {
    for (let p = firstObserved[c] as number; p < P; p++) if (bought[c * P + p] === 1) y[p] = (y[p] as number) + 1;
  }
  const periods: PricePeriod[] = [];
  for (let p = 0; p < P; p++) {
    const from = w.from + p * L;
    periods.push({ from: formatEpochDay(from), to: formatEpochDay(Math.min(w.to, from + L - 1)), priceIndex: Number.isNaN(x[p] as number) ? null : (x[p] as number), customers: n[p] as number, buyers: y[p] as number });
  }
  const usable = new Float64Array(P);
  for (let p = 0; p < P; p++) usable[p] = Number.isNaN(x[p] as number) ? 0 : (n[p] as number);
  const fit = fitLogitSlope(x.map((v) => (Number.isNaN(v) ? 0 : v)), usable, y, P);
  if (fit === null) {
    return { slope: null, intercept: null, periods, x, reason: 'the population slope does not exist (fewer than two priced periods, or buying and price levels do not overlap)' };
  }
  return { slope: fit.slope, intercept: fit.intercept, periods, x, reason: null };
}

/** A customer's own slope, or `null`; fits are shared by customers with the same observed periods and purchases. @internal */
type OwnFit = { slope: number | null; m: number };

/** Adds each customer's shrunk response. @internal */
function addResponses(customers: CustomerPriceSensitivity[], o: PriceResponseOptions, pop: PopulationFit, bought: Uint8Array, firstObserved: Int32Array, P: number): void {
  if (pop.slope === null) return;
  const xs = new Float64Array(P);
  const ns = new Float64Array(P).fill(1);
  const ys = new Float64Array(P);
  // Every customer's data are (first observed period, periods bought): with up to 25 periods they make a
  // small-integer key, and customers with the same key share one fit.
  const cache = P <= 25 ? new Map<number, OwnFit>() : null;
  for (let c = 0; c < customers.length; c++) {
    const f = firstObserved[c] as number;
    let key = f;
    if (cache !== null) {
      for (let p = f, b = c * P + f; p < P; p++, b++) key |= (bought[b] as number) << (p + 5);
    }
    let fit = cache?.get(key);
    if (fit === undefined) {
      fit = ownFit(pop.x, bought, c, f, P, o.minPeriods, xs, ns, ys);
      cache?.set(key, fit);
    }
    if (fit.m === 0) continue;
    const own = fit.slope;
    let reason: string | null = null;
    if (fit.m < o.minPeriods) reason = `history too short (${fit.m} periods < minPeriods ${o.minPeriods}): population slope used`;
    else if (own === null) reason = 'own slope does not exist (bought in every period, in none, or price levels do not overlap): population slope used';
    const weight = own === null ? 0 : fit.m / (fit.m + o.shrinkage);
    const slope = own === null ? pop.slope : weight * own + (1 - weight) * pop.slope;
    (customers[c] as { response: CustomerPriceResponse | null }).response = { slope, ownSlope: own, weight, periods: fit.m, source: own === null ? 'population' : 'customer', reason };
  }
}

/** The own slope of customer `c` over its priced observed periods (`null` when short or absent). @internal */
function ownFit(x: Float64Array, bought: Uint8Array, c: number, f: number, P: number, minPeriods: number, xs: Float64Array, ns: Float64Array, ys: Float64Array): OwnFit {
  let m = 0;
  for (let p = f; p < P; p++) {
    const xp = x[p] as number;
    if (Number.isNaN(xp)) continue;
    xs[m] = xp;
    ys[m] = bought[c * P + p] as number;
    m++;
  }
  if (m < minPeriods) return { slope: null, m };
  return { slope: fitLogitSlope(xs, ns, ys, m)?.slope ?? null, m };
}
