import type { KMeansCluster, KMeansCustomer, KMeansLevel, KMeansRankOrder } from '../kMeansTypes';
import type { KMeansFit } from './fitKMeans';
import type { KMeansData } from './readKMeansRows';

/** Words for the high and low level of the RFM features; other features read `high <name>` / `low <name>`. */
const LEVEL_WORDS: Readonly<Record<string, readonly [high: string, low: string]>> = {
  recency: ['lapsed', 'recent'],
  frequency: ['frequent', 'infrequent'],
  monetary: ['high-spend', 'low-spend'],
};

function levelWord(feature: string, level: KMeansLevel): string {
  const words = Object.prototype.hasOwnProperty.call(LEVEL_WORDS, feature) ? LEVEL_WORDS[feature] : undefined;
  if (words !== undefined) return level === 'high' ? words[0] : words[1];
  return `${level} ${feature}`;
}

/**
 * The canonical order of the fitted clusters: by the centroid of feature `rankIndex` (descending or
 * ascending), then by the position of the cluster's first customer in id order. Returns `newLabel[old]`.
 * @internal
 */
function canonicalOrder(fit: KMeansFit, d: number, rankIndex: number, order: KMeansRankOrder): Int32Array {
  const { k, labels, centres } = fit.state;
  const firstMember = new Int32Array(k).fill(-1);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i] as number;
    if (firstMember[c] === -1) firstMember[c] = i;
  }
  const sign = order === 'descending' ? -1 : 1;
  const old = Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    const va = centres[a * d + rankIndex] as number;
    const vb = centres[b * d + rankIndex] as number;
    if (va !== vb) return sign * (va < vb ? -1 : 1);
    return (firstMember[a] as number) - (firstMember[b] as number);
  });
  const newLabel = new Int32Array(k);
  old.forEach((c, rank) => (newLabel[c] = rank));
  return newLabel;
}

/** Mean of each untransformed feature per fitted cluster (compensated sums), `k × d`. @internal */
function originalMeans(data: KMeansData, fit: KMeansFit): Float64Array {
  const { n, d, original } = data;
  const { k, labels, counts } = fit.state;
  const sums = new Float64Array(k * d);
  const comp = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const ci = (labels[i] as number) * d;
    for (let j = 0; j < d; j++) {
      const v = original[i * d + j] as number;
      const s = sums[ci + j] as number;
      const t = s + v;
      comp[ci + j] = (comp[ci + j] as number) + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
      sums[ci + j] = t;
    }
  }
  for (let q = 0; q < k * d; q++) sums[q] = ((sums[q] as number) + (comp[q] as number)) / (counts[Math.floor(q / d)] as number);
  return sums;
}

/**
 * Relabels the fitted clusters canonically, names them from their profile, and builds the per-cluster and
 * per-customer results (customers in id order). @internal
 */
export function describeKMeansClusters(
  data: KMeansData,
  fit: KMeansFit,
  rankBy: string,
  rankOrder: KMeansRankOrder,
  standardize: boolean,
): { clusters: KMeansCluster[]; customers: KMeansCustomer[] } {
  const { n, d, ids, scaling } = data;
  const { k, labels, centres, counts, dist2, clusterWcss } = fit.state;
  const features = scaling.map((s) => s.feature);
  const newLabel = canonicalOrder(fit, d, features.indexOf(rankBy), rankOrder);
  const means = originalMeans(data, fit);
  const clusters: KMeansCluster[] = new Array<KMeansCluster>(k);
  for (let c = 0; c < k; c++) {
    const label = newLabel[c] as number;
    const profile: Record<string, KMeansLevel> = {};
    const centroid: Record<string, number> = {};
    const centroidOriginal: Record<string, number> = {};
    features.forEach((f, j) => {
      const value = centres[c * d + j] as number;
      const reference = standardize ? 0 : (scaling[j]?.mean as number);
      profile[f] = value >= reference ? 'high' : 'low';
      centroid[f] = value;
      centroidOriginal[f] = means[c * d + j] as number;
    });
    const name = `${label + 1}: ${features.map((f) => levelWord(f, profile[f] as KMeansLevel)).join(', ')}`;
    const size = counts[c] as number;
    clusters[label] = { cluster: label, name, size, share: size / n, profile, centroid, centroidOriginal, wcss: clusterWcss[c] as number };
  }
  const customers: KMeansCustomer[] = new Array<KMeansCustomer>(n);
  for (let i = 0; i < n; i++) {
    const label = newLabel[labels[i] as number] as number;
    const cluster = clusters[label] as KMeansCluster;
    customers[i] = { customerId: ids[i] as string, cluster: label, name: cluster.name, distance: Math.sqrt(dist2[i] as number) };
  }
  return { clusters, customers };
}
