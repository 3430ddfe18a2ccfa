import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';
import { describeKMeansClusters } from './internal/describeKMeansClusters';
import { fitKMeans } from './internal/fitKMeans';
import { readKMeansRows } from './internal/readKMeansRows';
import { assertClusterCount, assertOptionsObject, resolveKMeansOptions, withDefault } from './internal/resolveKMeansOptions';
import type { KMeansInputRow, KMeansRankOrder, KMeansSegmentsOptions, KMeansSegmentsResult } from './kMeansTypes';

const FN = 'kMeansSegments';

function resolveRanking(options: Record<string, unknown>, features: readonly string[]): [string, KMeansRankOrder] {
  const rankBy = withDefault(options['rankBy'], features.includes('monetary') ? 'monetary' : features[0]);
  if (typeof rankBy !== 'string' || !features.includes(rankBy)) {
    throw new InvalidArgumentError(FN, 'options.rankBy', 'must name a feature of `options.features`', rankBy);
  }
  const rankOrder = withDefault(options['rankOrder'], rankBy === 'recency' ? 'ascending' : 'descending');
  if (rankOrder !== 'ascending' && rankOrder !== 'descending') {
    throw new InvalidArgumentError(FN, 'options.rankOrder', 'must be "ascending" or "descending"', rankOrder);
  }
  return [rankBy, rankOrder];
}

/**
 * Segments customers by k-means on log-transformed, standardised features (RFM or any numeric ones), with
 * seeded k-means++ restarts, and names the clusters by ranking their centroids.
 *
 * @remarks
 * Steps, each deterministic:
 * 1. Rows are read and checked: a row with a missing, non-numeric or non-finite feature, a `log1p` feature
 *    ≤ −1, or a bad id is listed in `rejected` (index, field, reason, value); every row of an id found on
 *    more than one valid row is rejected too. The valid customers are sorted by id (JS `<`), so the random
 *    stream meets them in the same order whatever the input order.
 * 2. Each feature is transformed (`log1p`, i.e. `ln(1 + x)`, by default for `frequency` and `monetary`,
 *    whose distributions are long-tailed; `none` otherwise) and, by default, standardised:
 *    `z = (t − mean) / sd` with the population standard deviation (a constant feature becomes 0). The means
 *    and standard deviations are returned in `scaling`.
 * 3. k-means++ seeding (Arthur & Vassilvitskii 2007): the first centre is customer `⌊u·n⌋`, each next
 *    one is drawn with probability `D(x)² / Σ D²`, D being the distance to the nearest centre so far, by
 *    walking the running sum of D² in id order up to `u·Σ D²`. All starts draw from one stream
 *    `createRandom(seed)`, k draws per start.
 * 4. Lloyd's iterations (Lloyd 1982): assign each customer to the nearest centre by squared Euclidean
 *    distance (a tie goes to the lowest centre index), then move each centre to the mean of its customers
 *    (compensated sums); a cluster left empty takes the customer farthest from its centre. A start stops
 *    when no assignment changes or the centres move in total (Σ‖Δc‖²) by at most `tolerance` × the mean
 *    feature variance (1 when standardised), or after `maxIterations` (then `converged: false`).
 *    Hamerly's (2010) distance bounds skip customers that provably keep their centre; a rounding margin
 *    on the bounds keeps the labels equal to those of full scans.
 * 5. The start with the lowest within-cluster sum of squares `WCSS = Σ_i ‖z_i − c_{label(i)}‖²` is kept
 *    (the earliest on a tie). Its centroids are the means of its final clusters.
 * 6. Canonical order: clusters are numbered by their centroid of `rankBy` (default `monetary`, descending;
 *    `recency` ascending), ties by the cluster holding the smallest customer id, so the labels do not
 *    depend on which start won. A cluster is `high` on a feature when its centroid lies at or above the
 *    overall mean on the clustering scale (z ≥ 0 when standardised), else `low`; its name is its number
 *    and those words, with `recent`/`lapsed` (low/high recency), `frequent`/`infrequent` and
 *    `high-spend`/`low-spend` for the RFM features and `high <name>`/`low <name>` for others.
 *
 * Determinism: with the same seed and options the labels, centroids and WCSS are the same on every
 * platform: the random stream is integer arithmetic and the clustering uses only + − × ÷ and √ (IEEE 754
 * correctly rounded). The one exception is `log1p`, which ECMAScript does not require to be correctly
 * rounded, so two engines could differ in the last bit of a log-transformed feature.
 *
 * Complexity: O(n log n) for the sort, O(n k d) per start for the seeding and per iteration for Lloyd's
 * steps (usually much less with the bounds); memory O(n d). k = 8 with 3 starts on 1,000,000 customers ×
 * 3 features takes a few seconds on one core (`npm run bench -- kmeans`, target 10 s). To choose k, see
 * {@link kMeansElbow}.
 *
 * @param rows - customers: `{ customerId, features: { name: value } }` or rows carrying the features as
 *   their own fields, e.g. `{ customerId, recency, frequency, monetary }` (units as you like: they are
 *   standardised). The RFM words assume RFM meanings: `recency` = time since the last purchase (low =
 *   recent), not the BTYD recency (first to last purchase) of a customer summary.
 * @param options - `k` (required), `features`, `transform`, `standardize`, `seed`, `restarts`,
 *   `maxIterations`, `tolerance`, `rankBy`, `rankOrder` (see {@link KMeansSegmentsOptions}).
 * @returns A {@link KMeansSegmentsResult}: per customer (sorted by id) its cluster, name and distance to
 *   the centroid; per cluster its size, profile, centroid on the clustering and the original scale and
 *   WCSS; the starts, the scaling, the rejected rows and the settings.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, `options` is not an object, `k` is not an integer
 *   from 1 to the number of valid customers, or another option breaks its rule (named in the message), or,
 *   with `standardize: false`, a feature spans so wide a range that squared distances overflow float64.
 * @throws `EMPTY_INPUT` when no row is valid.
 * @throws `UNDEFINED_RESULT` when the valid customers have fewer than `k` distinct feature vectors.
 * @example
 * ```ts
 * const r = kMeansSegments(
 *   [
 *     { customerId: 'a', recency: 3, frequency: 12, monetary: 950 },
 *     { customerId: 'b', recency: 5, frequency: 9, monetary: 720 },
 *     { customerId: 'c', recency: 200, frequency: 1, monetary: 35 },
 *     { customerId: 'd', recency: 240, frequency: 2, monetary: 60 },
 *     { customerId: 'e', recency: 20, frequency: 1, monetary: 40 },
 *   ],
 *   { k: 3, seed: 7 },
 * );
 * r.customers.map((c) => `${c.customerId} ${c.name}`);
 * // ['a 1: recent, frequent, high-spend', 'b 1: recent, frequent, high-spend',
 * //  'c 2: lapsed, infrequent, low-spend', 'd 2: lapsed, infrequent, low-spend',
 * //  'e 3: recent, infrequent, low-spend']
 * r.clusters[1].centroidOriginal; // { recency: 220, frequency: 1.5, monetary: 47.5 }
 * r.scaling[1].mean.toFixed(4); // '1.4705'  (mean of ln(1 + frequency))
 * ```
 * @see Arthur, D. & Vassilvitskii, S. (2007). k-means++: the advantages of careful seeding. Proceedings of
 * the 18th ACM-SIAM Symposium on Discrete Algorithms (SODA), 1027–1035.
 * https://dl.acm.org/doi/10.5555/1283383.1283494
 * @see Lloyd, S. P. (1982). Least squares quantization in PCM. IEEE Transactions on Information Theory
 * 28(2), 129–137. https://doi.org/10.1109/TIT.1982.1056489
 * @see Hamerly, G. (2010). Making k-means even faster. Proceedings of the 2010 SIAM International
 * Conference on Data Mining, 130–140. https://doi.org/10.1137/1.9781611972801.12
 */
export function kMeansSegments<Row extends KMeansInputRow>(
  rows: readonly Row[],
  options: KMeansSegmentsOptions,
): KMeansSegmentsResult {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(FN, 'rows', 'must be an array', rows);
  assertOptionsObject(FN, options);
  const resolved = resolveKMeansOptions(FN, options as unknown as Record<string, unknown>, rows);
  const [rankBy, rankOrder] = resolveRanking(options as unknown as Record<string, unknown>, resolved.features);
  assertInteger(FN, 'options.k', options.k, 1);
  const data = readKMeansRows(FN, rows, resolved);
  assertClusterCount(FN, 'options.k', options.k, data.n);
  const fit = fitKMeans(FN, data, options.k, resolved);
  const { clusters, customers } = describeKMeansClusters(data, fit, rankBy, rankOrder, resolved.standardize);
  return {
    customers,
    clusters,
    wcss: fit.wcss,
    converged: fit.converged,
    iterations: fit.iterations,
    bestRestart: fit.bestRestart,
    restarts: fit.restarts,
    scaling: data.scaling,
    n: data.n,
    rejected: data.rejected,
    settings: {
      k: options.k,
      features: resolved.features,
      transform: resolved.transform,
      standardize: resolved.standardize,
      seed: resolved.seed,
      restarts: resolved.restarts,
      maxIterations: resolved.maxIterations,
      tolerance: resolved.tolerance,
      rankBy,
      rankOrder,
      initialization: 'kmeans++',
      distance: 'euclidean',
      standardDeviation: 'population',
    },
  };
}
