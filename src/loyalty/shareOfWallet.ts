import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { neumaierSum } from '../core/stats/neumaierSum';
import { resolveMinorDigits } from '../money/resolveMinorDigits';
import type { RejectedRecord } from '../time/types';
import { requireOptions } from './internal/measureArgs';
import { createCustomerKeys, idOfKey, keysInIdOrder } from './internal/customerKeys';
import { readMinor, sortRejected } from './internal/measureRecords';
import { readWalletRows, type WalletColumns } from './internal/readWalletRows';

/** One customer's spend with us and in the whole category (the same window), optionally in units too. */
export interface ShareOfWalletRow {
  /** The customer; rows of one customer are added up. */
  readonly customerId: string | number;
  /** Our spend (revenue from the customer), major units, exact with at most the minor digits, ≥ 0. */
  readonly ours: number | string;
  /** The customer's whole category spend (ours + competitors'), e.g. from a survey or panel; exact, ≥ 0. */
  readonly category: number | string;
  /** Units bought from us (optional, with `categoryUnits`): finite, ≥ 0. */
  readonly oursUnits?: number | undefined;
  /** Units bought in the whole category (optional, with `oursUnits`): finite, ≥ 0. */
  readonly categoryUnits?: number | undefined;
}

/** Market figures for the heavy-usage index: all category buyers, ours or not. */
export interface CategoryBuyers {
  /** Number of category buyers in the market (integer ≥ 1). */
  readonly categoryBuyers: number;
  /** Their total category spend, major units, exact, > 0. */
  readonly categorySpend: number | string;
}

/** Options of {@link shareOfWallet}. */
export interface ShareOfWalletOptions {
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** ISO 4217 code of the amounts, for their minor digits. */
  readonly currency?: string;
  /**
   * Heavy-usage index: `'fromRows'` when the rows are all category buyers (ours = 0 for those who do not
   * buy from us), or the market's {@link CategoryBuyers}. Without it the index is `null`.
   */
  readonly heavyUsage?: 'fromRows' | CategoryBuyers;
}

/** One customer's share of wallet. */
export interface ShareOfWalletCustomer {
  /** The customer. */
  readonly customerId: string;
  /** Our spend, integer minor units (exact). */
  readonly oursMinor: number;
  /** Category spend as given, integer minor units (exact). */
  readonly categoryMinor: number;
  /** `SOW_i = ours / max(category, ours)` in [0, 1]; `null` when both are 0. */
  readonly share: number | null;
  /** Whether our spend exceeded the stated category spend (the share was clipped to 1). */
  readonly clipped: boolean;
  /** Potential of wallet `max(category, ours) − ours`, minor units (Glady & Croux 2009). */
  readonly potentialMinor: number;
  /** Share of requirements in units, `oursUnits / max(categoryUnits, oursUnits)`; `null` without units. */
  readonly unitShare: number | null;
  /** Why `share` is `null`; `null` otherwise. */
  readonly reason: string | null;
}

/** A population share, labelled with how it weights customers. */
export interface PopulationShare {
  /** The share, or `null` (with `reason`) when nothing can be divided. */
  readonly value: number | null;
  /** How it is formed. */
  readonly label: string;
  /** Customers it is formed from. */
  readonly customers: number;
  /** Why `value` is `null`; `null` otherwise. */
  readonly reason: string | null;
}

/** The result of {@link shareOfWallet}. */
export interface ShareOfWalletResult {
  /** One row per customer, sorted by `customerId`. */
  readonly customers: ShareOfWalletCustomer[];
  /** `Σ ours / Σ max(category, ours)`: spend-weighted. */
  readonly pooled: PopulationShare;
  /** `mean_i SOW_i`: customer-weighted. */
  readonly meanOfRatios: PopulationShare;
  /** The same two in units (share of requirements), when units were given. */
  readonly unitsPooled: PopulationShare;
  /** Mean of the customers' unit shares. */
  readonly unitsMeanOfRatios: PopulationShare;
  /** Heavy-usage index: mean category spend of our buyers / mean category spend of all category buyers. */
  readonly heavyUsageIndex: PopulationShare;
  /** Customers whose share was clipped to 1 (our spend above the stated category spend). */
  readonly clippedCustomers: number;
  /** The conventions used. */
  readonly settings: {
    /** Minor digits of the amounts. */
    readonly minorDigits: number;
    /** The clipping rule. */
    readonly clipping: 'category spend raised to our spend when below it (share clipped to 1)';
    /** Source of the heavy-usage index. */
    readonly heavyUsage: 'fromRows' | 'market' | null;
  };
  /** Rows left out, with their reasons. */
  readonly rejected: RejectedRecord[];
}

/** Customer key `k`'s row. @internal */
function customerRow(id: string, w: WalletColumns, k: number): ShareOfWalletCustomer {
  const ours = w.ours[k] as number;
  const category = w.category[k] as number;
  const oursUnits = w.oursUnits[k] as number;
  const wallet = Math.max(category, ours);
  const unitWallet = Math.max(w.categoryUnits[k] as number, oursUnits);
  return {
    customerId: id,
    oursMinor: ours,
    categoryMinor: category,
    share: wallet === 0 ? null : ours / wallet,
    clipped: ours > category,
    potentialMinor: wallet - ours,
    unitShare: w.units[k] === 1 && unitWallet > 0 ? oursUnits / unitWallet : null,
    reason: wallet === 0 ? 'no spend with us nor in the category' : null,
  };
}

/** A labelled population share. @internal */
function share(value: number | null, label: string, customers: number, empty: string): PopulationShare {
  return { value, label, customers, reason: value === null ? empty : null };
}

/**
 * Share of wallet (share of requirements) per customer and for the population, pooled and as a mean of
 * ratios, labelled; share of requirements in units; the heavy-usage index.
 *
 * @remarks
 * For customer `i` with our spend `o_i` and category spend `c_i` over the same window (Farris et al.
 * 2010, §2.5): `SOW_i = o_i / max(c_i, o_i)`: a stated category spend below ours (survey answers often
 * are) is raised to ours, the share clipped to 1 and the customer flagged `clipped`. Potential of wallet
 * `max(c_i, o_i) − o_i` (Glady & Croux 2009). Population: **pooled** `Σ o_i / Σ max(c_i, o_i)` weights
 * customers by their spend; **mean of ratios** `mean_i SOW_i` weights each customer equally; they differ
 * whenever share and size are related, so both are returned with their labels. With `oursUnits` and
 * `categoryUnits`, the same in units (share of requirements). Heavy-usage index (Farris et al. 2010):
 * mean category spend of our buyers (`o_i > 0`) / mean category spend of all category buyers, from the
 * rows (`'fromRows'`: the rows are every category buyer) or from market figures.
 *
 * Money is exact (integer minor units, summed exactly below 2^53); rows of one customer are added. A bad
 * row is reported in `rejected` and leaves the other rows as they are. O(n log n) for the sort by id.
 *
 * @param rows - {@link ShareOfWalletRow}s.
 * @param options - `minorDigits` / `currency`, `heavyUsage`.
 * @returns Per-customer shares sorted by id, the population shares, the settings and the rejected rows.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, or for an invalid option.
 * @throws `EMPTY_INPUT` when `rows` is empty.
 * @example
 * ```ts
 * const r = shareOfWallet([
 *   { customerId: 'a', ours: 30, category: 100 },
 *   { customerId: 'b', ours: 10, category: 10 },
 * ]);
 * r.customers.map((c) => c.share); // [0.3, 1]
 * r.pooled.value; // 0.36363636363636365 (40 / 110)
 * r.meanOfRatios.value; // 0.65
 * ```
 * @see Farris, P. W., Bendle, N. T., Pfeifer, P. E. & Reibstein, D. J. (2010). Marketing Metrics: The
 * Definitive Guide to Measuring Marketing Performance (2nd ed.), ch. 2. Upper Saddle River, NJ: Pearson.
 * @see Glady, N. & Croux, C. (2009). Predicting customer wallet without survey data. Journal of Service
 * Research, 11(3), 219–231. doi:10.1177/1094670508328924
 */
export function shareOfWallet(rows: readonly ShareOfWalletRow[], options?: ShareOfWalletOptions): ShareOfWalletResult {
  const fn = 'shareOfWallet';
  const opts = options === undefined ? {} : requireOptions(fn, options);
  const digits = resolveMinorDigits(fn, opts);
  if (!Array.isArray(rows)) throw new InvalidArgumentError(fn, 'rows', 'must be an array', rows);
  if (rows.length === 0) throw new EmptyInputError(fn, 'rows');
  const market = readMarket(fn, opts.heavyUsage, digits);
  const keys = createCustomerKeys();
  const w = readWalletRows(rows, digits, keys);
  const rejected = w.rejected;
  const order = keysInIdOrder(keys);
  const customers: ShareOfWalletCustomer[] = [];
  const rowKeys: number[] = [];
  for (const k of order) {
    if (w.seen[k] !== 1) continue;
    customers.push(customerRow(idOfKey(keys, k), w, k));
    rowKeys.push(k);
  }
  return {
    customers,
    ...populationShares(customers, w, rowKeys),
    heavyUsageIndex: heavyUsageIndex(customers, market),
    clippedCustomers: customers.filter((c) => c.clipped).length,
    settings: {
      minorDigits: digits,
      clipping: 'category spend raised to our spend when below it (share clipped to 1)',
      heavyUsage: market === null ? null : market === 'fromRows' ? 'fromRows' : 'market',
    },
    rejected: sortRejected(rejected),
  };
}

/** The heavy-usage option, read. @internal */
function readMarket(fn: string, value: unknown, digits: number): 'fromRows' | { buyers: number; spend: number } | null {
  if (value === undefined) return null;
  if (value === 'fromRows') return value;
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError(fn, 'options.heavyUsage', "must be 'fromRows' or { categoryBuyers, categorySpend }", value);
  }
  const m = value as { categoryBuyers?: unknown; categorySpend?: unknown };
  if (typeof m.categoryBuyers !== 'number' || !Number.isSafeInteger(m.categoryBuyers) || m.categoryBuyers < 1) {
    throw new InvalidArgumentError(fn, 'options.heavyUsage.categoryBuyers', 'must be an integer at least 1', m.categoryBuyers);
  }
  const spend = readMinor(m.categorySpend, digits);
  if (!(spend > 0)) throw new InvalidArgumentError(fn, 'options.heavyUsage.categorySpend', `must be a positive amount with at most ${digits} decimals`, m.categorySpend);
  return { buyers: m.categoryBuyers, spend };
}

/** Pooled and mean-of-ratios shares, in money and in units. @internal */
function populationShares(customers: readonly ShareOfWalletCustomer[], w: WalletColumns, rowKeys: readonly number[]) {
  let ours = 0;
  let wallet = 0;
  const shares: number[] = [];
  const unitOurs: number[] = [];
  const unitWallet: number[] = [];
  const unitShares: number[] = [];
  for (let q = 0; q < customers.length; q++) {
    const c = customers[q] as ShareOfWalletCustomer;
    if (c.share !== null) {
      ours += c.oursMinor;
      wallet += c.oursMinor + c.potentialMinor;
      shares.push(c.share);
    }
    const k = rowKeys[q] as number;
    if (c.unitShare !== null) {
      unitOurs.push(w.oursUnits[k] as number);
      unitWallet.push(Math.max(w.oursUnits[k] as number, w.categoryUnits[k] as number));
      unitShares.push(c.unitShare);
    }
  }
  const none = 'no customer with category spend';
  const noUnits = 'no customer with units';
  const mean = (xs: number[]) => (xs.length === 0 ? null : neumaierSum(xs) / xs.length);
  return {
    pooled: share(wallet === 0 ? null : ours / wallet, 'pooled Σ ours / Σ category (spend-weighted)', shares.length, none),
    meanOfRatios: share(mean(shares), 'mean of customer shares (customer-weighted)', shares.length, none),
    unitsPooled: share(
      unitShares.length === 0 ? null : neumaierSum(unitOurs) / neumaierSum(unitWallet),
      'pooled Σ our units / Σ category units (volume-weighted)',
      unitShares.length,
      noUnits,
    ),
    unitsMeanOfRatios: share(mean(unitShares), 'mean of customer unit shares (customer-weighted)', unitShares.length, noUnits),
  };
}

/** The heavy-usage index. @internal */
function heavyUsageIndex(customers: readonly ShareOfWalletCustomer[], market: 'fromRows' | { buyers: number; spend: number } | null): PopulationShare {
  const label = 'mean category spend of our buyers / mean category spend of all category buyers';
  if (market === null) return share(null, label, 0, 'options.heavyUsage not given');
  let ourBuyers = 0;
  let ourSpend = 0;
  let allBuyers = 0;
  let allSpend = 0;
  for (const c of customers) {
    const wallet = c.oursMinor + c.potentialMinor;
    if (c.oursMinor > 0) {
      ourBuyers++;
      ourSpend += wallet;
    }
    if (wallet > 0) {
      allBuyers++;
      allSpend += wallet;
    }
  }
  if (market !== 'fromRows') {
    allBuyers = market.buyers;
    allSpend = market.spend;
  }
  if (ourBuyers === 0) return share(null, label, 0, 'no customer buys from us');
  return share(ourSpend / ourBuyers / (allSpend / allBuyers), label, ourBuyers, '');
}
