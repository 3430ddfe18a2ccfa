import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';
import { fitKMeans } from './internal/fitKMeans';
import { meanSilhouette, silhouetteSample } from './internal/kMeansSilhouette';
import { readKMeansRows } from './internal/readKMeansRows';
import { assertClusterCount, assertOptionsObject, resolveKMeansOptions, withDefault } from './internal/resolveKMeansOptions';
import type { KMeansElbowOptions, KMeansElbowPoint, KMeansElbowResult, KMeansInputRow } from './kMeansTypes';

const FN = 'kMeansElbow';

function readKs(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) throw new InvalidArgumentError(FN, 'options.ks', 'must be a non-empty array of integers', value);
  value.forEach((k: unknown, i) => assertInteger(FN, `options.ks[${i}]`, k, 1));
  return [...(value as number[])];
}

/**
 * Within-cluster sum of squares and mean silhouette width of k-means clusterings for several k, to choose
 * the number of clusters.
 *
 * @remarks
 * For each k in `ks` the customers are clustered exactly as {@link kMeansSegments} does with the same
 * options and seed (same rows read, same scaling, same starts), and two criteria are reported:
 * - `wcss = Σ_i ‖z_i − c_{label(i)}‖²` on the clustering scale. It falls as k grows; the "elbow" where the
 *   fall flattens suggests k (Thorndike 1953). On well-separated data the best-of-starts WCSS does not
 *   rise with k, but k-means is a local search, so this is not guaranteed in general.
 * - the mean silhouette width (Rousseeuw 1987): for customer i, `a_i` is the mean Euclidean
 *   distance to the other members of its cluster, `b_i` the smallest mean distance to the members of
 *   another cluster, `s_i = (b_i − a_i) / max(a_i, b_i)`, 0 for a customer alone in its cluster. It lies
 *   in [−1, 1]; the k with the largest mean fits best. It is `null` (with a reason) for k = 1.
 *
 * The silhouette needs all pairwise distances, O(m² d). It is exact for n ≤ `silhouetteSampleSize`
 * (default 5,000); above that it is computed on a sample of that many customers, drawn without replacement
 * (partial Fisher–Yates shuffle driven by `createRandom(seed)`), the same sample for every k, with
 * distances among the sample only; `silhouetteSample` states its size.
 *
 * Complexity: the k-means cost of each k (see {@link kMeansSegments}) plus O(m² d) per k for the
 * silhouette of m ≤ `silhouetteSampleSize` customers.
 *
 * @param rows - customers, as for {@link kMeansSegments}.
 * @param options - `ks` (default 2 to min(8, n)), `silhouetteSampleSize` and the k-means options `features`,
 *   `transform`, `standardize`, `seed`, `restarts`, `maxIterations`, `tolerance` (see {@link KMeansElbowOptions}).
 * @returns A {@link KMeansElbowResult}: one point `{ k, wcss, silhouette, silhouetteReason, converged,
 *   iterations }` per k in the order of `ks`, the silhouette sample, the scaling, the rejected rows and the
 *   settings.
 * @throws `INVALID_ARGUMENT` when `rows` is not an array, `options` is not an object, an entry of `ks` is not
 *   an integer from 1 to the number of valid customers, `silhouetteSampleSize` is not an integer ≥ 2, or
 *   another option breaks its rule (named in the message), or, with `standardize: false`, a feature spans so
 *   wide a range that squared distances overflow float64.
 * @throws `EMPTY_INPUT` when no row is valid.
 * @throws `UNDEFINED_RESULT` when the valid customers have fewer than k distinct feature vectors for some k.
 * @example
 * ```ts
 * const rows = [0, 1, 10, 11, 30].map((x, i) => ({ customerId: `p${i}`, features: { x } }));
 * const r = kMeansElbow(rows, { ks: [2, 3] });
 * r.points.map((p) => p.silhouette!.toFixed(4)); // ['0.5613', '0.7198']
 * // k = 3 is {0, 1}, {10, 11}, {30}: s = 9.5/10.5, 8.5/9.5, 8.5/9.5, 9.5/10.5 and 0 (the singleton).
 * r.points[1].wcss < r.points[0].wcss; // true
 * ```
 * @see Rousseeuw, P. J. (1987). Silhouettes: a graphical aid to the interpretation and validation of
 * cluster analysis. Journal of Computational and Applied Mathematics 20, 53–65.
 * https://doi.org/10.1016/0377-0427(87)90125-7
 * @see Thorndike, R. L. (1953). Who belongs in the family? Psychometrika 18(4), 267–276.
 * https://doi.org/10.1007/BF02289263
 * @see Arthur, D. & Vassilvitskii, S. (2007). k-means++: the advantages of careful seeding. SODA 2007,
 * 1027–1035. https://dl.acm.org/doi/10.5555/1283383.1283494
 */
export function kMeansElbow<Row extends KMeansInputRow>(rows: readonly Row[], options: KMeansElbowOptions = {}): KMeansElbowResult {
  if (!Array.isArray(rows)) throw new InvalidArgumentError(FN, 'rows', 'must be an array', rows);
  assertOptionsObject(FN, options);
  const resolved = resolveKMeansOptions(FN, options as unknown as Record<string, unknown>, rows);
  const given = readKs(options.ks);
  const sampleSize = withDefault(options.silhouetteSampleSize, 5000);
  assertInteger(FN, 'options.silhouetteSampleSize', sampleSize, 2);
  const data = readKMeansRows(FN, rows, resolved);
  const ks = given ?? (data.n === 1 ? [1] : Array.from({ length: Math.min(8, data.n) - 1 }, (_, i) => i + 2));
  ks.forEach((k, i) => assertClusterCount(FN, given === undefined ? 'options.ks' : `options.ks[${i}]`, k, data.n));
  const sample = silhouetteSample(data.n, sampleSize, resolved.seed);
  const points: KMeansElbowPoint[] = ks.map((k) => {
    const fit = fitKMeans(FN, data, k, resolved);
    const silhouette = meanSilhouette(data.x, data.d, fit.state.labels, k, sample);
    return {
      k,
      wcss: fit.wcss,
      silhouette: silhouette.value,
      silhouetteReason: silhouette.reason,
      converged: fit.converged,
      iterations: fit.iterations,
    };
  });
  return {
    points,
    silhouetteSample: { size: sample.length, exact: sample.length === data.n },
    scaling: data.scaling,
    n: data.n,
    rejected: data.rejected,
    settings: {
      ks,
      silhouetteSampleSize: sampleSize,
      features: resolved.features,
      transform: resolved.transform,
      standardize: resolved.standardize,
      seed: resolved.seed,
      restarts: resolved.restarts,
      maxIterations: resolved.maxIterations,
      tolerance: resolved.tolerance,
      initialization: 'kmeans++',
      distance: 'euclidean',
      standardDeviation: 'population',
    },
  };
}
