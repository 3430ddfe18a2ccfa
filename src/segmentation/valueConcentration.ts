import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { RejectedRecord } from '../time/types';
import { scaleOfLargest } from '../core/stats/internal/scaleOfLargest';
import { SHARE_TOLERANCE } from './internal/value/classifyByCutoffs';
import { ceilCount, curveIndices } from './internal/value/curveIndices';
import { isCustomerValueIndex } from './internal/value/isCustomerValueIndex';
import { rankIndexedCustomers } from './internal/value/rankIndexedCustomers';
import { readCustomerColumns } from './internal/value/readCustomerColumns';
import { readInteger, readOptionsObject, readShare } from './internal/value/readOptions';
import type { CustomerValueIndex, CustomerValueInput } from './valueTypes';

/** Options of {@link valueConcentration}. */
export interface ValueConcentrationOptions {
  /** Shares q of customers whose top-q value share is reported (default 0.01, 0.05, 0.1, 0.2, 0.5). */
  readonly shares?: readonly number[];
  /** Share of value for the Pareto summary (default 0.8). */
  readonly paretoShare?: number;
  /** Most points of the Lorenz curve (default 1001, at least 3). */
  readonly maxPoints?: number;
}

/** The share of value held by the top `customers = ⌈qN⌉` customers. */
export interface TopShare {
  readonly share: number;
  readonly customers: number;
  /** Null when the total value is 0. */
  readonly valueShare: number | null;
}

/** A point of the Lorenz curve: the `customers` least valuable customers and their share of value. */
export interface LorenzPoint {
  readonly customers: number;
  readonly customerShare: number;
  /** Null when the total value is 0. */
  readonly valueShare: number | null;
}

/** Result of {@link valueConcentration}. */
export interface ValueConcentrationResult {
  readonly customerCount: number;
  readonly totalValue: number;
  /** Gini coefficient in [0, (N−1)/N]; null when the total value is 0. */
  readonly gini: number | null;
  /** Top-q shares, in the order of `options.shares`. */
  readonly topShares: TopShare[];
  /** The fewest customers (from the top) holding at least `valueShare` of the value; null when the total is 0. */
  readonly pareto: { readonly valueShare: number; readonly customers: number; readonly customerShare: number; readonly actualValueShare: number } | null;
  /** Lorenz curve on ascending values from (0, 0) to (1, 1), downsampled to `maxPoints`. */
  readonly lorenz: LorenzPoint[];
  /** Why the shares are null (total value 0), else null. */
  readonly reason: string | null;
  readonly settings: { readonly shares: number[]; readonly paretoShare: number; readonly maxPoints: number };
  /** Rows left out (bad, duplicated or negative values), with the reason. */
  readonly rejected: RejectedRecord[];
}

/** Ascending copy of the values and its running sums `A_0 = 0, A_k = Σ_{j≤k} x_(j)` (compensated). @internal */
function ascendingSums(values: Float64Array): { sorted: Float64Array; a: Float64Array } {
  const sorted = Float64Array.from(values).sort();
  const a = new Float64Array(sorted.length + 1);
  let sum = 0;
  let c = 0;
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k] as number;
    const t = sum + v;
    c += sum >= v ? sum - t + v : v - t + sum;
    sum = t;
    a[k + 1] = sum + c;
  }
  return { sorted, a };
}

/** `G = 2 Σ k x_(k) / (N Σx) − (N+1)/N`, the weighted sum compensated, clamped at 0. @internal */
function giniOf(sorted: Float64Array, total: number): number {
  const n = sorted.length;
  let sum = 0;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const v = (k + 1) * (sorted[k] as number);
    const t = sum + v;
    c += sum >= v ? sum - t + v : v - t + sum;
    sum = t;
  }
  return Math.max(0, (2 * (sum + c)) / (n * total) - (n + 1) / n);
}

/**
 * Concentration of customer value: Lorenz curve, Gini coefficient, top-q shares and the Pareto
 * (80/20) summary.
 *
 * @remarks
 * With values sorted ascending `x_(1) ≤ … ≤ x_(N)` and `A_k = Σ_{j≤k} x_(j)`, the Lorenz curve is
 * `(k/N, A_k/A_N)` (Lorenz 1905) and the Gini coefficient `G = 2 Σ_k k·x_(k) / (N Σx) − (N + 1)/N`, twice
 * the area between the diagonal and the curve drawn as a polygon: 0 when all values are equal,
 * `(N − 1)/N` when one customer holds everything, so G is in [0, 1) (Gini 1912). The top-q share is the share of value held by the `⌈qN⌉` most valuable customers (q·N
 * within 1e-9 of an integer taken as that integer); the Pareto summary is the fewest customers from the
 * top whose value reaches `paretoShare` (default 80 %) of the total.
 *
 * These measures need non-negative values: a negative value is reported in `rejected` (not thrown on, not
 * dropped silently); for profits with losses use `whaleCurve`. When every value is 0 the shares are
 * undefined: they are null and `reason` says so. O(N log N) for a typed-array sort; memory O(N).
 *
 * @param values - `{ customerId, value }` rows with value ≥ 0; bad, duplicated and negative rows rejected;
 *   or a {@link CustomerValueIndex} with the field `value` (from {@link indexCustomerValues}).
 * @param options - `shares`, `paretoShare`, `maxPoints`.
 * @returns Gini, top shares, Pareto summary, Lorenz curve, settings and rejected rows.
 * @throws `INVALID_ARGUMENT` when `values` is not an array, an option is malformed, or the values sum beyond the
 *   float64 range (1.8e308; the shares are computed on values scaled by the largest, so large values are fine otherwise).
 * @throws `EMPTY_INPUT` when no row is valid.
 * @example
 * ```ts
 * const values = [1, 1, 2, 4, 12].map((value, i) => ({ customerId: `c${i}`, value }));
 * const c = valueConcentration(values, { shares: [0.2, 0.4] });
 * c.gini; // 0.5
 * c.topShares.map((t) => t.valueShare); // [0.6, 0.8]
 * c.pareto; // { valueShare: 0.8, customers: 2, customerShare: 0.4, actualValueShare: 0.8 }
 * c.lorenz.map((p) => p.valueShare); // [0, 0.05, 0.1, 0.2, 0.4, 1]
 * ```
 * @see Lorenz, M. O. (1905). Methods of measuring the concentration of wealth. Publications of the
 *   American Statistical Association 9(70), 209–219. https://doi.org/10.2307/2276207
 * @see Gini, C. (1912). Variabilità e mutabilità. Studi Economico-Giuridici, Università di Cagliari.
 */
export function valueConcentration(values: readonly CustomerValueInput[] | CustomerValueIndex, options?: ValueConcentrationOptions): ValueConcentrationResult {
  const fn = 'valueConcentration';
  const o = readOptionsObject(fn, options);
  if (o.shares !== undefined && (!Array.isArray(o.shares) || o.shares.length === 0)) {
    throw new InvalidArgumentError(fn, 'options.shares', 'must be a non-empty array of shares', o.shares);
  }
  const shares = (o.shares ?? [0.01, 0.05, 0.1, 0.2, 0.5]).map((q, i) => readShare(fn, `options.shares[${i}]`, q));
  const paretoShare = o.paretoShare === undefined ? 0.8 : readShare(fn, 'options.paretoShare', o.paretoShare);
  const maxPoints = readInteger(fn, 'options.maxPoints', o.maxPoints, 3, Number.POSITIVE_INFINITY, 1001);
  const read = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : Number.NaN);
  const field = { name: 'value', read, rule: 'must be a finite number at least 0 (concentration measures need non-negative values)' };
  const { column, rejected } = isCustomerValueIndex(values)
    ? (({ values: column, rejected }) => ({ column, rejected }))(rankIndexedCustomers(fn, 'values', values, field))
    : (({ columns, rejected }) => ({ column: columns[0] as Float64Array, rejected }))(readCustomerColumns(fn, 'values', values, [field]));
  const n = column.length;
  if (n === 0) throw new EmptyInputError(fn, 'values', `must hold at least one valid row (${rejected.length} rejected)`);
  // Shares are computed on the values divided by a power of two near the largest (exact scaling: the same
  // bits as on the values themselves whenever those sums do not overflow; a value of 1e308 gave a NaN Gini).
  let largest = 0;
  for (let i = 0; i < n; i++) if ((column[i] as number) > largest) largest = column[i] as number;
  const scale = scaleOfLargest(largest);
  const { sorted, a } = ascendingSums(scale === 1 ? column : column.map((v) => v / scale));
  const total = a[n] as number;
  const totalValue = total * scale;
  if (!Number.isFinite(totalValue)) {
    throw new InvalidArgumentError(fn, 'values', 'must sum to at most 1.8e308, the largest float64 (divide them by a common factor: the shares and the Gini do not change)', `${n} values up to ${largest}`);
  }
  const share = (x: number) => (total > 0 ? Math.min(1, x / total) : null);
  const topShares = shares.map((q) => {
    const k = Math.min(n, ceilCount(q, n));
    return { share: q, customers: k, valueShare: share(total - (a[n - k] as number)) };
  });
  let pareto: ValueConcentrationResult['pareto'] = null;
  if (total > 0) {
    let k = 1;
    while (k < n && (total - (a[n - k] as number)) / total < paretoShare - SHARE_TOLERANCE) k++;
    pareto = { valueShare: paretoShare, customers: k, customerShare: k / n, actualValueShare: share(total - (a[n - k] as number)) as number };
  }
  return {
    customerCount: n,
    totalValue,
    gini: total > 0 ? giniOf(sorted, total) : null,
    topShares,
    pareto,
    lorenz: curveIndices(n, maxPoints, []).map((k) => ({ customers: k, customerShare: k / n, valueShare: share(a[k] as number) })),
    reason: total > 0 ? null : 'every value is 0, so shares of the total are undefined',
    settings: { shares, paretoShare, maxPoints },
    rejected,
  };
}
