import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { neumaierSum } from '../core/stats/neumaierSum';
import { readCustomerId } from '../time/internal/readCustomerId';
import type { RejectedRecord } from '../time/types';
import { compareIds, requireOptions } from './internal/measureArgs';
import { RECORD_ID_RULE, sortRejected } from './internal/measureRecords';
import { sortIdsAscending } from './internal/sortIdsAscending';

/** One brand used by one customer, with the customer's rank of it (or a rating to be ranked). */
export interface BrandRankRow {
  /** The customer. */
  readonly customerId: string | number;
  /** The brand (a non-blank string or a safe integer). */
  readonly brand: string | number;
  /** The customer's rank of the brand among the brands they use, 1 = best (with `from: 'rank'`). */
  readonly rank?: number | undefined;
  /** A rating of the brand (satisfaction, preference), higher = better (with `from: 'score'`). */
  readonly score?: number | undefined;
}

/** Options of {@link walletAllocationRule}. */
export interface WalletAllocationOptions {
  /**
   * What each row gives: `'rank'` (default; lower is better, any numbers, re-ranked within the customer)
   * or `'score'` (a rating, higher is better, ranked within the customer).
   */
  readonly from?: 'rank' | 'score';
}

/** One brand's allocated share for one customer. */
export interface AllocatedBrand {
  /** The brand. */
  readonly brand: string;
  /** The rank or score as given. */
  readonly given: number;
  /** Mid-rank among the customer's brands (1 = best; ties share the mean of their positions). */
  readonly rank: number;
  /** `SOW_hat = (1 − rank/(N + 1)) · 2/N`. */
  readonly share: number;
}

/** One customer's allocation. */
export interface WalletAllocationCustomer {
  /** The customer. */
  readonly customerId: string;
  /** `N`: brands the customer uses. */
  readonly usageSetSize: number;
  /** The brands, best first (then by name); their shares sum to 1. */
  readonly brands: AllocatedBrand[];
}

/** A brand's mean allocated share over its users. */
export interface BrandAllocation {
  /** The brand. */
  readonly brand: string;
  /** Customers who use it. */
  readonly users: number;
  /** Mean `SOW_hat` over its users. */
  readonly meanShare: number;
  /** Mean mid-rank over its users. */
  readonly meanRank: number;
}

/** Whether the category is a "repertoire" category, where the rule is meaningful. */
export interface RepertoireDiagnostics {
  /** Customers counted. */
  readonly customers: number;
  /** Share of customers using two or more brands. */
  readonly multiBrandShare: number;
  /** Mean number of brands used per customer. */
  readonly meanUsageSetSize: number;
  /** The rule of thumb: at least 40 % multi-brand users and a mean usage set of at least 1.4 brands. */
  readonly rule: { readonly minMultiBrandShare: 0.4; readonly minMeanUsageSetSize: 1.4 };
  /** Whether both thresholds are met. */
  readonly meetsRule: boolean;
}

/** The result of {@link walletAllocationRule}. */
export interface WalletAllocationResult {
  /** One row per customer, sorted by `customerId`. */
  readonly customers: WalletAllocationCustomer[];
  /** One row per brand, sorted by brand. */
  readonly brands: BrandAllocation[];
  /** Repertoire diagnostics. */
  readonly repertoire: RepertoireDiagnostics;
  /** The conventions used. */
  readonly settings: {
    /** What the rows gave. */
    readonly from: 'rank' | 'score';
    /** The tie rule. */
    readonly ties: 'mid-ranks';
    /** The formula. */
    readonly formula: '(1 − rank / (N + 1)) · (2 / N)';
  };
  /** Rows left out, with their reasons. */
  readonly rejected: RejectedRecord[];
}

interface Entry {
  brand: string;
  value: number;
  index: number;
}

/** Reads the rows into entries by customer; duplicates (customer, brand) are rejected, every copy. @internal */
function readEntries(rows: readonly unknown[], field: 'rank' | 'score', rejected: RejectedRecord[]): Map<string, Entry[]> {
  const byCustomer = new Map<string, Entry[]>();
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null) return void rejected.push({ index: i, field: 'row', reason: 'must be an object', value: row });
    const r = row as Record<string, unknown>;
    const id = readCustomerId(r['customerId']);
    if (id === null) return void rejected.push({ index: i, field: 'customerId', reason: RECORD_ID_RULE, value: r['customerId'] });
    const brand = readCustomerId(r['brand']);
    if (brand === null) return void rejected.push({ index: i, field: 'brand', reason: RECORD_ID_RULE, value: r['brand'] });
    const v = r[field];
    if (typeof v !== 'number' || !Number.isFinite(v)) return void rejected.push({ index: i, field, reason: 'must be a finite number', value: v });
    let list = byCustomer.get(id);
    if (list === undefined) byCustomer.set(id, (list = []));
    list.push({ brand, value: v, index: i });
  });
  for (const [id, list] of byCustomer) {
    const counts = new Map<string, number>();
    for (const e of list) counts.set(e.brand, (counts.get(e.brand) ?? 0) + 1);
    const kept = list.filter((e) => counts.get(e.brand) === 1);
    for (const e of list) {
      if (counts.get(e.brand) !== 1) rejected.push({ index: e.index, field: 'brand', reason: 'is given more than once for this customer', value: e.brand });
    }
    if (kept.length === 0) byCustomer.delete(id);
    else byCustomer.set(id, kept);
  }
  return byCustomer;
}

/** Mid-ranks of the entries, best first: ascending values for ranks, descending for scores. @internal */
function allocate(entries: readonly Entry[], higherIsBetter: boolean): AllocatedBrand[] {
  const sorted = [...entries].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value) || compareIds(a.brand, b.brand));
  const n = sorted.length;
  const out: AllocatedBrand[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && (sorted[j + 1] as Entry).value === (sorted[i] as Entry).value) j++;
    const rank = (i + j) / 2 + 1;
    // (1 − r/(N + 1))·(2/N) written as one quotient, so that a share is rounded once.
    const share = (2 * (n + 1 - rank)) / (n * (n + 1));
    for (let k = i; k <= j; k++) out.push({ brand: (sorted[k] as Entry).brand, given: (sorted[k] as Entry).value, rank, share });
    i = j + 1;
  }
  return out;
}

/**
 * Wallet Allocation Rule: each customer's share of wallet for each brand they use, from the rank they
 * give it, with mid-ranks for ties; the brand-level mean; repertoire diagnostics.
 *
 * @remarks
 * Keiningham et al. (2011, eq. 1): `SOW_hat(i, b) = (1 − rank_ib / (N_i + 1)) · (2 / N_i)`, where
 * `rank_ib` is the position customer `i` gives brand `b` among the `N_i` brands they use (1 = best).
 * For any `N` the shares of one customer sum to 1; tied brands share the mean of their positions
 * (mid-ranks), which keeps the sum at 1: with `N = 3` and ranks {1, 1, 3} the tied pair gets rank 1.5
 * and `(1 − 1.5/4)(2/3) = 5/12` each, the third `1/6`. Ranks may come from any satisfaction or
 * loyalty item (`from: 'score'`, higher = better, ranked within the customer); relative rank, not the
 * level of satisfaction, is what tracks share of wallet (Keiningham et al. 2015). The rule is meant for
 * repertoire categories; the authors' rule of thumb (at least 40 % multi-brand users, a mean usage set of
 * at least 1.4 brands) is checked and reported, not enforced.
 *
 * A row with a bad customer, brand or value, and every copy of a brand given twice by one customer, is
 * reported in `rejected`; the customer's other brands are allocated among themselves. O(n log n).
 *
 * @param ranks - {@link BrandRankRow}s: one per customer and brand used.
 * @param options - `from`: `'rank'` (default) or `'score'`.
 * @returns Per-customer allocations sorted by id, brand means, repertoire diagnostics, settings, rejected rows.
 * @throws `INVALID_ARGUMENT` when `ranks` is not an array or `options.from` is not `'rank'` or `'score'`.
 * @throws `EMPTY_INPUT` when `ranks` is empty.
 * @example
 * ```ts
 * const r = walletAllocationRule([
 *   { customerId: 'a', brand: 'us', rank: 1 },
 *   { customerId: 'a', brand: 'x', rank: 1 },
 *   { customerId: 'a', brand: 'y', rank: 3 },
 * ]);
 * r.customers[0]?.brands.map((b) => b.share); // [0.4166666666666667, 0.4166666666666667, 0.16666666666666666]
 * ```
 * @see Keiningham, T. L., Aksoy, L., Buoye, A. & Cooil, B. (2011). Customer loyalty isn't enough. Grow your
 * share of wallet. Harvard Business Review, 89(10), 29–31.
 * @see Keiningham, T. L., Cooil, B., Malthouse, E. C., Lariviere, B., Buoye, A., Aksoy, L. & De Keyser, A.
 * (2015). Perceptions are relative: an examination of the relationship between relative satisfaction
 * metrics and share of wallet. Journal of Service Management, 26(1), 2–43. doi:10.1108/JOSM-12-2013-0345
 */
export function walletAllocationRule(ranks: readonly BrandRankRow[], options?: WalletAllocationOptions): WalletAllocationResult {
  const fn = 'walletAllocationRule';
  const from = options === undefined ? 'rank' : (requireOptions(fn, options).from ?? 'rank');
  if (from !== 'rank' && from !== 'score') throw new InvalidArgumentError(fn, 'options.from', "must be 'rank' or 'score'", from);
  if (!Array.isArray(ranks)) throw new InvalidArgumentError(fn, 'ranks', 'must be an array', ranks);
  if (ranks.length === 0) throw new EmptyInputError(fn, 'ranks');
  const rejected: RejectedRecord[] = [];
  const byCustomer = readEntries(ranks, from, rejected);
  const customers = sortIdsAscending(byCustomer.keys()).map((customerId) => {
    const brands = allocate(byCustomer.get(customerId) as Entry[], from === 'score');
    return { customerId, usageSetSize: brands.length, brands };
  });
  return {
    customers,
    brands: brandMeans(customers),
    repertoire: repertoire(customers),
    settings: { from, ties: 'mid-ranks', formula: '(1 − rank / (N + 1)) · (2 / N)' },
    rejected: sortRejected(rejected),
  };
}

/** Mean share and rank by brand. @internal */
function brandMeans(customers: readonly WalletAllocationCustomer[]): BrandAllocation[] {
  const by = new Map<string, { shares: number[]; ranks: number[] }>();
  for (const c of customers) {
    for (const b of c.brands) {
      let s = by.get(b.brand);
      if (s === undefined) by.set(b.brand, (s = { shares: [], ranks: [] }));
      s.shares.push(b.share);
      s.ranks.push(b.rank);
    }
  }
  return [...by.keys()].sort(compareIds).map((brand) => {
    const s = by.get(brand) as { shares: number[]; ranks: number[] };
    const users = s.shares.length;
    return { brand, users, meanShare: neumaierSum(s.shares) / users, meanRank: neumaierSum(s.ranks) / users };
  });
}

/** Multi-brand share and mean usage set. @internal */
function repertoire(customers: readonly WalletAllocationCustomer[]): RepertoireDiagnostics {
  const n = customers.length;
  const multi = customers.filter((c) => c.usageSetSize >= 2).length;
  const total = customers.reduce((s, c) => s + c.usageSetSize, 0);
  const multiBrandShare = n === 0 ? 0 : multi / n;
  const meanUsageSetSize = n === 0 ? 0 : total / n;
  return {
    customers: n,
    multiBrandShare,
    meanUsageSetSize,
    rule: { minMultiBrandShare: 0.4, minMeanUsageSetSize: 1.4 },
    meetsRule: n > 0 && multiBrandShare >= 0.4 && meanUsageSetSize >= 1.4,
  };
}
