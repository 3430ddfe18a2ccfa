// Customer segments found by the data rather than by fixed RFM score cut-offs: k-means on log-transformed,
// standardised recency, frequency and monetary value, with seeded k-means++ starts, k chosen by the
// within-cluster sum of squares (the "elbow") and the mean silhouette width, clusters named by their
// centroids. The customers are simulated from four made-up behaviours, so the self-check at the end can
// verify that the clustering finds them again.
// Run: npx tsup && node --import tsx examples/10-segmentation-kmeans.ts
import assert from 'node:assert/strict';
import { createRandom } from 'clientele';
import { kMeansElbow, kMeansSegments } from 'clientele/segmentation';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. A simulated customer base');
// Four behaviours: recency in days since the last purchase, frequency = purchases in the year, monetary =
// average spend per purchase. Each customer is drawn around its behaviour's typical values (log-normal-ish
// spread from sums of uniforms, so the data depend only on the seed).
const random = createRandom(2025);
const jitter = () => (random.next() + random.next() + random.next() - 1.5) / 1.5; // in [-1, 1], bell-shaped
const behaviours = [
  { type: 'champions', count: 120, recency: 10, frequency: 24, monetary: 180 },
  { type: 'big occasional', count: 150, recency: 60, frequency: 3, monetary: 400 },
  { type: 'small regulars', count: 300, recency: 20, frequency: 15, monetary: 25 },
  { type: 'lapsed', count: 430, recency: 300, frequency: 1, monetary: 30 },
];
const customers: { customerId: string; recency: number; frequency: number; monetary: number }[] = [];
const trueType = new Map<string, string>();
let counter = 0;
for (const b of behaviours) {
  for (let i = 0; i < b.count; i++) {
    const customerId = `C${String(counter++).padStart(4, '0')}`;
    customers.push({
      customerId,
      recency: Math.max(0, Math.round(b.recency * Math.exp(0.3 * jitter()))),
      frequency: Math.max(1, Math.round(b.frequency * Math.exp(0.3 * jitter()))),
      monetary: Math.round(100 * b.monetary * Math.exp(0.3 * jitter())) / 100,
    });
    trueType.set(customerId, b.type);
  }
}
// One broken record: it is reported, not clustered and not silently dropped.
const withBroken = [...customers, { customerId: 'C9999', recency: 12, frequency: Number.NaN, monetary: 50 }];
line(`${customers.length} customers, plus one record with a missing frequency`);

// ---------------------------------------------------------------------------------------------------
rule('2. How many segments? WCSS and silhouette for k = 2..8');
// WCSS always falls as k grows; look for the elbow where it stops falling fast. The mean silhouette
// (Rousseeuw 1987) compares each customer's distance to its own cluster with the nearest other one: the
// larger, the better separated.
const elbow = kMeansElbow(withBroken, { seed: 42 });
line('  k        WCSS   silhouette');
for (const p of elbow.points) line(`  ${p.k}  ${p.wcss.toFixed(1).padStart(10)}   ${p.silhouette!.toFixed(3).padStart(10)}`);
const bestK = elbow.points.reduce((a, b) => (b.silhouette! > a.silhouette! ? b : a)).k;
line(`best mean silhouette at k = ${bestK} (computed on ${elbow.silhouetteSample.size} customers, exact: ${elbow.silhouetteSample.exact})`);

// ---------------------------------------------------------------------------------------------------
rule(`3. The ${bestK} segments`);
const seg = kMeansSegments(withBroken, { k: bestK, seed: 42 });
line('transforms and scaling (z = (t - mean)/sd):');
for (const s of seg.scaling) line(`  ${s.feature.padEnd(10)} ${s.transform.padEnd(6)} mean ${s.mean.toFixed(3)}  sd ${s.sd.toFixed(3)}`);
line('segment                                  size   recency  frequency  monetary   (cluster means)');
for (const c of seg.clusters) {
  const m = c.centroidOriginal;
  line(`  ${c.name.padEnd(38)} ${String(c.size).padStart(5)} ${m.recency!.toFixed(0).padStart(9)} ${m.frequency!.toFixed(1).padStart(10)} ${m.monetary!.toFixed(2).padStart(9)}`);
}
line(`rejected: ${seg.rejected.map((r) => `row ${r.index} ${r.field}: ${r.reason}`).join('; ')}`);
line(`kept start ${seg.bestRestart} of ${seg.restarts.length}, ${seg.iterations} iterations, converged ${seg.converged}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) The four simulated behaviours are found again: k = 4, and each behaviour lies in one segment of its own.
assert.equal(bestK, 4);
const segmentOf = new Map(seg.customers.map((c) => [c.customerId, c.cluster]));
const typeToSegment = new Map<string, Set<number>>();
for (const [id, type] of trueType) {
  const set = typeToSegment.get(type) ?? new Set<number>();
  set.add(segmentOf.get(id)!);
  typeToSegment.set(type, set);
}
for (const set of typeToSegment.values()) assert.equal(set.size, 1);
assert.equal(new Set([...typeToSegment.values()].map((s) => [...s][0])).size, 4);
// (b) Segments are numbered by mean spend (highest first), and named by their centroid against the mean.
assert.equal(seg.clusters[0]!.name, '1: recent, infrequent, high-spend'); // the big occasional buyers
assert.equal(seg.clusters[1]!.name, '2: recent, frequent, high-spend'); // the champions
assert.ok(seg.clusters.every((c, i) => i === 0 || c.centroid.monetary! <= seg.clusters[i - 1]!.centroid.monetary!));
// (c) The broken record is reported with its index, field and value; the others are all clustered.
assert.deepEqual(seg.rejected, [{ index: customers.length, field: 'frequency', reason: 'must be a finite number', value: Number.NaN }]);
assert.equal(seg.n, customers.length);
// (d) Centroids are cluster means: on the original scale and, after log1p and z-scores, on the clustering scale.
const members = customers.filter((c) => segmentOf.get(c.customerId) === 0);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
assert.ok(Math.abs(seg.clusters[0]!.centroidOriginal.monetary! - mean(members.map((c) => c.monetary))) < 1e-9);
const f = seg.scaling[1]!;
assert.ok(Math.abs(seg.clusters[0]!.centroid.frequency! - mean(members.map((c) => (Math.log1p(c.frequency) - f.mean) / f.sd))) < 1e-9);
// (e) WCSS is the sum of squared distances to the centroids; the elbow and the segmentation agree.
assert.ok(Math.abs(seg.customers.reduce((s, c) => s + c.distance ** 2, 0) - seg.wcss) < 1e-6);
assert.equal(elbow.points.find((p) => p.k === bestK)!.wcss, seg.wcss);
// (f) Row order does not matter: the same seed on reversed rows gives the same segments.
assert.deepEqual(kMeansSegments([...withBroken].reverse(), { k: bestK, seed: 42 }).customers, seg.customers);
line('\nself-check passed');
