import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import type { RejectedRecord } from '../time/types';
import { classifyByCutoffs } from './internal/value/classifyByCutoffs';
import { finiteNumber } from './internal/value/readCustomerColumns';
import { readChoice, readOptionsObject } from './internal/value/readOptions';
import { rankCustomers } from './internal/value/rankCustomers';
import { classEnds, compensatedSum, positiveTotal, rankPositions, summarizeClasses, type ClassSummary } from './internal/value/summarizeClasses';
import type { CustomerValueIndex, CustomerValueInput, Crossing, CutoffBasis } from './valueTypes';
import { withScratchArrays } from './internal/value/scratchArrays';

/** One tier of a customer pyramid, from the top down. */
export interface PyramidTier {
  /** The tier's name (non-blank, unique). */
  readonly name: string;
  /**
   * The share of the ranking this tier takes, in (0, 1]: of customers (`basis: 'rank'`) or of positive
   * value (`basis: 'value'`). Omitted on the last non-negative tier, which takes the rest.
   */
  readonly share?: number;
  /** `true` on the (last) tier that takes every customer with a negative value, whatever their rank. */
  readonly negative?: boolean;
}

/** The built-in tier sets: `'curry'` (1 / 4 / 15 / 80 % of customers) and `'zeithaml'` (Platinum / Gold / Iron / Lead). */
export type PyramidPreset = 'curry' | 'zeithaml';

/** Options of {@link customerPyramid}. */
export interface CustomerPyramidOptions {
  /** A preset name or the tiers from the top down (default `'curry'`). */
  readonly tiers?: PyramidPreset | readonly PyramidTier[];
  /** What the tier shares count: customers (`'rank'`, default) or positive value (`'value'`). */
  readonly basis?: CutoffBasis;
  /** The tier of a customer who crosses a cut-off (default `'lower'`). */
  readonly crossing?: Crossing;
}

/** One customer's tier and rank. */
export interface PyramidCustomer {
  readonly customerId: string;
  /** The tier's name. */
  readonly tier: string;
  /** 1 = highest value; equal values ranked by customer id. */
  readonly rank: number;
}

/** Count and value of one tier (empty tiers have count 0 and null extremes). */
export type PyramidTierSummary = ClassSummary;

/** Result of {@link customerPyramid}. */
export interface CustomerPyramidResult {
  /** Every valid customer, sorted by customer id. */
  readonly customers: PyramidCustomer[];
  /** Per tier, from the top down: count, value total, shares of customers and of total value, extremes. */
  readonly tiers: PyramidTierSummary[];
  /** Number of valid customers. */
  readonly customerCount: number;
  /** Sum of all values (compensated). */
  readonly totalValue: number;
  /** Why every `valueShare` is null (`totalValue ≤ 0`), else null. */
  readonly valueShareReason: string | null;
  /** The tiers, basis and crossing rule used. */
  readonly settings: {
    readonly preset: PyramidPreset | 'custom';
    readonly basis: CutoffBasis;
    readonly crossing: Crossing;
    readonly tiers: { readonly name: string; readonly share: number | null; readonly negative: boolean }[];
  };
  /** Rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
}

const PRESETS: Record<PyramidPreset, readonly PyramidTier[]> = {
  curry: [
    { name: 'key-important', share: 0.01 },
    { name: 'key-secondary', share: 0.04 },
    { name: 'ordinary', share: 0.15 },
    { name: 'small' },
  ],
  zeithaml: [{ name: 'Platinum', share: 0.05 }, { name: 'Gold', share: 0.15 }, { name: 'Iron' }, { name: 'Lead', negative: true }],
};

interface ResolvedTiers {
  readonly preset: PyramidPreset | 'custom';
  readonly names: string[];
  readonly cutoffs: number[];
  readonly negative: boolean;
  readonly echo: { name: string; share: number | null; negative: boolean }[];
}

/** Checks one tier object and returns its share (null when omitted). @internal */
function readTier(fn: string, at: string, tier: unknown, seen: Set<string>): { name: string; share: number | null; negative: boolean } {
  if (tier === null || typeof tier !== 'object') throw new InvalidArgumentError(fn, at, 'must be an object { name, share?, negative? }', tier);
  const { name, share, negative } = tier as { name?: unknown; share?: unknown; negative?: unknown };
  if (typeof name !== 'string' || name.trim() === '' || seen.has(name)) {
    throw new InvalidArgumentError(fn, `${at}.name`, 'must be a non-blank string not used by another tier', name);
  }
  seen.add(name);
  if (negative !== undefined && typeof negative !== 'boolean') throw new InvalidArgumentError(fn, `${at}.negative`, 'must be a boolean', negative);
  if (share !== undefined && (typeof share !== 'number' || !(share > 0 && share <= 1))) {
    throw new InvalidArgumentError(fn, `${at}.share`, 'must be a number greater than 0 and at most 1', share);
  }
  return { name, share: share === undefined ? null : share, negative: negative === true };
}

/** The tier names and cumulative cut-offs of a preset or a tier list. @internal */
function resolveTiers(fn: string, value: unknown): ResolvedTiers {
  const preset = value === undefined ? 'curry' : typeof value === 'string' ? readChoice(fn, 'options.tiers', value, ['curry', 'zeithaml'] as const) : 'custom';
  const list: unknown = preset === 'custom' ? value : PRESETS[preset];
  if (!Array.isArray(list) || list.length === 0 || list.length > 255) {
    throw new InvalidArgumentError(fn, 'options.tiers', "must be 'curry', 'zeithaml' or an array of 1-255 tiers", value);
  }
  const seen = new Set<string>();
  const echo = list.map((t: unknown, i: number) => readTier(fn, `options.tiers[${i}]`, t, seen));
  const negative = echo.length > 1 && (echo[echo.length - 1] as { negative: boolean }).negative;
  const ranked = negative ? echo.slice(0, -1) : echo;
  ranked.forEach((t, i) => {
    if (t.negative) throw new InvalidArgumentError(fn, `options.tiers[${i}].negative`, 'is allowed on the last tier only (after at least one other)', true);
  });
  if (negative && (echo[echo.length - 1] as { share: number | null }).share !== null) {
    throw new InvalidArgumentError(fn, `options.tiers[${echo.length - 1}].share`, 'must be omitted on the negative tier', echo[echo.length - 1]?.share);
  }
  const cutoffs: number[] = [];
  let cumulative = 0;
  ranked.forEach((t, i) => {
    const last = i === ranked.length - 1;
    if (t.share === null) {
      if (!last) throw new InvalidArgumentError(fn, `options.tiers[${i}].share`, 'must be given on every ranked tier but the last', undefined);
      return;
    }
    cumulative += t.share;
    if (last ? Math.abs(cumulative - 1) > 1e-9 : !(cumulative < 1 - 1e-12)) {
      throw new InvalidArgumentError(fn, `options.tiers[${i}].share`, last ? 'must make the shares add up to 1 (or be omitted)' : 'must keep the cumulative share below 1', t.share);
    }
    if (!last) cutoffs.push(cumulative);
  });
  return { preset, names: echo.map((t) => t.name), cutoffs, negative, echo };
}

/**
 * Customer pyramid: customers ranked by a value measure and cut into tiers by share of customers or
 * share of value, with the count, value and shares of every tier.
 *
 * @remarks
 * Customers are ranked by value descending, equal values by customer id (JS string order), so that the
 * ranks do not depend on row order. With tier shares `s_1, s_2, ...` from the top, the cumulative cut-offs
 * are `c_j = s_1 + ... + s_j`; the cumulative share after rank `k` is `S_k = k/N` (`basis: 'rank'`) or
 * `S_k = Σ_{r≤k} max(v_r, 0) / Σ max(v, 0)` (`basis: 'value'`). A customer goes to the first tier with
 * `S_k ≤ c_j` (`crossing: 'lower'`, default: a tier takes `⌊c_j N⌋` customers cumulatively) or with
 * `S_{k−1} < c_j` (`'upper'`: the customer whose inclusion crosses a cut-off stays above it, `⌈c_j N⌉`).
 * Shares within 1e-12 of a cut-off count as on it. A tier marked `negative` takes every customer with a
 * value below 0 whatever their rank. Tiers that receive nobody are reported with count 0.
 *
 * Presets. `'curry'`: key-important 1 %, key-secondary 4 %, ordinary 15 %, small the rest (80 %) of
 * customers — the top, big, medium and small layers of Curry & Curry (2000), whose top 20 % bring about
 * 80 % of revenue; reading the key customers as its top two layers is this library's inference, so
 * tiers are data to change. `'zeithaml'`: Platinum 5 %, Gold the next 15 % (the top 20 % together), Iron
 * the rest, Lead the customers with negative value (who cost more than they bring); Zeithaml, Rust &
 * Lemon (2001) leave the cut points to the firm: these are this library's stated defaults.
 *
 * Value shares are of the total value (all customers, so with negative values the others' shares add up
 * to more than 1); null, with a reason, when the total is not positive. Any measure works: CLV, revenue,
 * profit. O(N) radix sorts on typed arrays (no object is sorted); memory O(N).
 *
 * @param values - `{ customerId, value }` rows; bad and duplicated rows are rejected, not thrown on; or a
 *   {@link CustomerValueIndex} with the field `value` (from {@link indexCustomerValues}: same result, no re-sort).
 * @param options - `tiers` (preset or list), `basis`, `crossing`.
 * @returns Tier per customer (sorted by id), per-tier summary from the top, settings and rejected rows.
 * @throws `INVALID_ARGUMENT` when `values` is not an array, or an option or tier is malformed (name blank
 *   or repeated, share outside (0, 1], cumulative share reaching 1 before the last ranked tier, a
 *   `negative` tier that is not last).
 * @throws `EMPTY_INPUT` when no row is valid.
 * @throws `UNDEFINED_RESULT` when `basis: 'value'` and no customer has a positive value.
 * @example
 * ```ts
 * const values = [
 *   { customerId: 'a', value: 500 }, { customerId: 'b', value: 300 }, { customerId: 'c', value: 120 },
 *   { customerId: 'd', value: 50 }, { customerId: 'e', value: 50 }, { customerId: 'f', value: -20 },
 * ];
 * const p = customerPyramid(values, { tiers: 'zeithaml', crossing: 'upper' });
 * p.customers.map((c) => c.tier); // ['Platinum', 'Gold', 'Iron', 'Iron', 'Iron', 'Lead']
 * p.tiers.map((t) => t.count); // [1, 1, 3, 1]
 * p.tiers[0].valueShare; // 0.5
 * customerPyramid(values).tiers.map((t) => t.count); // [0, 0, 1, 5]  (1 %, 4 %, 15 % of 6 customers)
 * ```
 * @see Zeithaml, V. A., Rust, R. T. & Lemon, K. N. (2001). The customer pyramid: Creating and serving
 *   profitable customers. California Management Review 43(4), 118–142. https://doi.org/10.2307/41166104
 * @see Curry, J. & Curry, A. (2000). The Customer Marketing Method. Free Press.
 */
export function customerPyramid(values: readonly CustomerValueInput[] | CustomerValueIndex, options?: CustomerPyramidOptions): CustomerPyramidResult {
  return withScratchArrays(() => {
    const fn = 'customerPyramid';
    const o = readOptionsObject(fn, options);
    const tiers = resolveTiers(fn, o.tiers);
    const basis = readChoice(fn, 'options.basis', o.basis, ['rank', 'value'] as const);
    const crossing = readChoice(fn, 'options.crossing', o.crossing, ['lower', 'upper'] as const);
    const ranked = rankCustomers(fn, 'values', values, { name: 'value', read: finiteNumber, rule: 'must be a finite number' });
    const { ids, byValue, sorted } = ranked;
    const positive = positiveTotal(sorted);
    if (basis === 'value' && !(positive > 0)) throw new UndefinedResultError(fn, 'value-share tiers need at least one customer with a positive value');
    const byRank = classifyByCutoffs(sorted, tiers.cutoffs, basis, crossing, positive);
    const n = ids.length;
    if (tiers.negative) for (let r = n - 1; r >= 0 && (sorted[r] as number) < 0; r--) byRank[r] = tiers.names.length - 1;
    const total = compensatedSum(sorted);
    // The ranking inverted, then the rows made in id order (objects made in the order of their array are far
    // cheaper for the collector); tiers are non-decreasing down the ranking, so the rank gives the tier.
    const ends = classEnds(byRank, tiers.names.length);
    const rankOf = rankPositions(byValue);
    const customers: PyramidCustomer[] = new Array<PyramidCustomer>(n);
    for (let p = 0; p < n; p++) {
      const r = rankOf[p] as number;
      let j = 0;
      while (r >= (ends[j] as number)) j++;
      customers[p] = { customerId: ids[p] as string, tier: tiers.names[j] as string, rank: r + 1 };
    }
    return {
      customers,
      tiers: summarizeClasses(sorted, byRank, tiers.names, total),
      customerCount: n,
      totalValue: total,
      valueShareReason: total > 0 ? null : 'the total value is not positive, so shares of it are undefined',
      settings: { preset: tiers.preset, basis, crossing, tiers: tiers.echo },
      rejected: ranked.rejected,
    };
  });
}
