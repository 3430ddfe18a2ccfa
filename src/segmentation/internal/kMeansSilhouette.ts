import { createRandom } from '../../core/random/createRandom';
import { neumaierSum } from '../../core/stats/neumaierSum';

/**
 * The points on which the silhouette is computed, ascending: all `n` when `n ≤ size`, else `size` of them
 * drawn without replacement by a partial Fisher–Yates shuffle driven by `createRandom(seed)`. @internal
 */
export function silhouetteSample(n: number, size: number, seed: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= size) return all;
  const random = createRandom(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    const t = all[i] as number;
    all[i] = all[j] as number;
    all[j] = t;
  }
  return all.slice(0, size).sort();
}

/**
 * Mean silhouette width (Rousseeuw 1987) of the labelled points `sample` of an `n × d` row-major matrix,
 * with Euclidean distances among the sample only: `a_i` is the mean distance to the other points of its
 * cluster, `b_i` the smallest mean distance to the points of another cluster,
 * `s_i = (b_i − a_i) / max(a_i, b_i)` (0 for a point alone in its cluster, or when `a_i = b_i = 0`).
 * O(m² d) time for m sampled points, O(m k) memory. `null` with a reason when fewer than two clusters are
 * represented. @internal
 */
export function meanSilhouette(
  x: Float64Array,
  d: number,
  labels: Int32Array,
  k: number,
  sample: Int32Array,
): { value: number | null; reason: string | null } {
  const m = sample.length;
  const label = new Int32Array(m);
  const count = new Float64Array(k);
  for (let a = 0; a < m; a++) {
    label[a] = labels[sample[a] as number] as number;
    const c = label[a] as number;
    count[c] = (count[c] as number) + 1;
  }
  let represented = 0;
  for (let c = 0; c < k; c++) if ((count[c] as number) > 0) represented++;
  if (represented < 2) {
    return { value: null, reason: k < 2 ? 'the silhouette needs k ≥ 2' : 'the customers of the silhouette computation all lie in one cluster' };
  }
  const sums = new Float64Array(m * k); // sums[a k + c]: Σ distances from point a to the points of cluster c
  for (let a = 0; a < m; a++) {
    const pa = (sample[a] as number) * d;
    const la = label[a] as number;
    for (let b = a + 1; b < m; b++) {
      const pb = (sample[b] as number) * d;
      let v = 0;
      for (let j = 0; j < d; j++) {
        const e = (x[pa + j] as number) - (x[pb + j] as number);
        v += e * e;
      }
      const dist = Math.sqrt(v);
      const ab = a * k + (label[b] as number);
      const ba = b * k + la;
      sums[ab] = (sums[ab] as number) + dist;
      sums[ba] = (sums[ba] as number) + dist;
    }
  }
  const widths = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const own = label[a] as number;
    if ((count[own] as number) < 2) continue; // s = 0 for a singleton
    const within = (sums[a * k + own] as number) / ((count[own] as number) - 1);
    let nearest = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      if (c === own || count[c] === 0) continue;
      const mean = (sums[a * k + c] as number) / (count[c] as number);
      if (mean < nearest) nearest = mean;
    }
    const scale = Math.max(within, nearest);
    widths[a] = scale > 0 ? (nearest - within) / scale : 0;
  }
  return { value: neumaierSum(widths) / m, reason: null };
}
