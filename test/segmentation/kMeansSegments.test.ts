// k-means segments: hand-computable cases, recovery of seeded well-separated blobs (adjusted Rand index 1),
// the canonical relabelling, rejected rows, argument errors, and properties (row order, no mutation,
// non-empty clusters, Hamerly bounds = full scans).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random/createRandom';
import { createKMeansState, runLloyd, seedKMeansPlusPlus, boundMargin } from '../../src/segmentation/internal/kMeansLloyd';
import { kMeansSegments } from '../../src/segmentation/kMeansSegments';
import { adjustedRandIndex, blobs, deepFreeze } from './kMeansHelpers';
import { errorOf as thrown } from '../errorOf';

const line = [0, 1, 10, 11].map((x, i) => ({ customerId: `c${i}`, features: { x } }));

describe('kMeansSegments: hand-computable cases', () => {
  it('{0, 1, 10, 11} with k = 2 on the raw scale: centroids 10.5 and 0.5, WCSS 4 × 0.25 = 1', () => {
    const r = kMeansSegments(line, { k: 2, standardize: false });
    expect(r.customers).toEqual([
      { customerId: 'c0', cluster: 1, name: '2: low x', distance: 0.5 },
      { customerId: 'c1', cluster: 1, name: '2: low x', distance: 0.5 },
      { customerId: 'c2', cluster: 0, name: '1: high x', distance: 0.5 },
      { customerId: 'c3', cluster: 0, name: '1: high x', distance: 0.5 },
    ]);
    expect(r.clusters).toEqual([
      { cluster: 0, name: '1: high x', size: 2, share: 0.5, profile: { x: 'high' }, centroid: { x: 10.5 }, centroidOriginal: { x: 10.5 }, wcss: 0.5 },
      { cluster: 1, name: '2: low x', size: 2, share: 0.5, profile: { x: 'low' }, centroid: { x: 0.5 }, centroidOriginal: { x: 0.5 }, wcss: 0.5 },
    ]);
    expect(r.wcss).toBe(1);
    expect(r.converged).toBe(true);
    expect(r.n).toBe(4);
    expect(r.scaling).toEqual([{ feature: 'x', transform: 'none', mean: 5.5, sd: Math.sqrt(25.25), originalMean: 5.5 }]);
  });

  it('standardised: z = (x − 5.5)/√25.25, centroids ±5/√25.25, WCSS 1/25.25', () => {
    const r = kMeansSegments(line, { k: 2 });
    const sd = Math.sqrt(25.25);
    expect(r.clusters[0]?.centroid.x).toBeCloseTo(5 / sd, 14);
    expect(r.clusters[1]?.centroid.x).toBeCloseTo(-5 / sd, 14);
    expect(r.clusters[0]?.centroidOriginal.x).toBe(10.5);
    expect(r.wcss).toBeCloseTo(1 / 25.25, 14);
    expect(r.customers[0]?.distance).toBeCloseTo(0.5 / sd, 14);
    expect(r.settings.standardize).toBe(true);
  });

  it('rankOrder ascending numbers the clusters from the lowest centroid', () => {
    const r = kMeansSegments(line, { k: 2, rankOrder: 'ascending' });
    expect(r.clusters.map((c) => c.name)).toEqual(['1: low x', '2: high x']);
    expect(r.customers.map((c) => c.cluster)).toEqual([0, 0, 1, 1]);
  });

  it('k = 1: one cluster at the overall mean, WCSS = n × variance', () => {
    const r = kMeansSegments(line, { k: 1, standardize: false });
    expect(r.clusters[0]?.centroid.x).toBe(5.5);
    expect(r.wcss).toBe(101); // 5.5² + 4.5² + 4.5² + 5.5²
    expect(r.clusters[0]?.name).toBe('1: high x');
  });

  it('k = n: every customer its own cluster, WCSS 0', () => {
    const r = kMeansSegments(line, { k: 4, standardize: false });
    expect(r.wcss).toBe(0);
    expect(r.customers.map((c) => c.cluster)).toEqual([3, 2, 1, 0]);
  });
});

describe('kMeansSegments: RFM rows, transforms and names', () => {
  const rfm = [
    { customerId: 'a1', recency: 5, frequency: 20, monetary: 2000 },
    { customerId: 'a2', recency: 8, frequency: 25, monetary: 2500 },
    { customerId: 'b1', recency: 300, frequency: 1, monetary: 20 },
    { customerId: 'b2', recency: 320, frequency: 2, monetary: 30 },
    { customerId: 'c1', recency: 10, frequency: 1, monetary: 15 },
    { customerId: 'c2', recency: 12, frequency: 1, monetary: 25 },
  ];

  it('log1p on frequency and monetary by default, z-scores, clusters named by level and ranked by monetary', () => {
    const r = kMeansSegments(rfm, { k: 3 });
    expect(r.settings.features).toEqual(['recency', 'frequency', 'monetary']);
    expect(r.settings.transform).toEqual({ recency: 'none', frequency: 'log1p', monetary: 'log1p' });
    expect(r.settings.rankBy).toBe('monetary');
    expect(r.settings.rankOrder).toBe('descending');
    const logF = rfm.map((x) => Math.log1p(x.frequency));
    const meanF = logF.reduce((s, v) => s + v, 0) / 6;
    const sdF = Math.sqrt(logF.reduce((s, v) => s + (v - meanF) ** 2, 0) / 6);
    expect(r.scaling[1]?.mean).toBeCloseTo(meanF, 14);
    expect(r.scaling[1]?.sd).toBeCloseTo(sdF, 14);
    expect(r.scaling[0]).toMatchObject({ feature: 'recency', transform: 'none', mean: 655 / 6 });
    expect(r.scaling[2]?.originalMean).toBeCloseTo(4590 / 6, 12);
    expect(r.customers.map((c) => [c.customerId, c.name])).toEqual([
      ['a1', '1: recent, frequent, high-spend'],
      ['a2', '1: recent, frequent, high-spend'],
      ['b1', '2: lapsed, infrequent, low-spend'],
      ['b2', '2: lapsed, infrequent, low-spend'],
      ['c1', '3: recent, infrequent, low-spend'],
      ['c2', '3: recent, infrequent, low-spend'],
    ]);
    expect(r.clusters[0]?.centroidOriginal).toEqual({ recency: 6.5, frequency: 22.5, monetary: 2250 });
    // The standardised centroid of a cluster is the mean of its members' z-scores.
    const zF = (v: number) => (Math.log1p(v) - meanF) / sdF;
    expect(r.clusters[0]?.centroid.frequency).toBeCloseTo((zF(20) + zF(25)) / 2, 13);
    expect(r.clusters[0]?.profile).toEqual({ recency: 'low', frequency: 'high', monetary: 'high' });
  });

  it('rankBy recency defaults to ascending (most recent first); other features get high/low words', () => {
    const r = kMeansSegments(
      rfm.map(({ customerId, recency, monetary }) => ({ customerId, recency, spend: monetary })),
      { k: 2, features: ['recency', 'spend'], rankBy: 'recency' },
    );
    expect(r.settings.rankOrder).toBe('ascending');
    expect(r.settings.transform).toEqual({ recency: 'none', spend: 'none' });
    expect(r.clusters.map((c) => c.name)).toEqual(['1: recent, high spend', '2: lapsed, low spend']);
  });

  it('features may come from a `features` record; the default features are the sorted union of its keys', () => {
    const rows = rfm.map(({ customerId, ...rest }) => ({ customerId, features: { monetary: rest.monetary, frequency: rest.frequency } }));
    const r = kMeansSegments(rows, { k: 2 });
    expect(r.settings.features).toEqual(['frequency', 'monetary']);
    expect(r.settings.transform).toEqual({ frequency: 'log1p', monetary: 'log1p' });
  });

  it('numeric ids are read as strings and sorted as strings', () => {
    const r = kMeansSegments([10, 9, 100].map((id, i) => ({ customerId: id, features: { x: i } })), { k: 1 });
    expect(r.customers.map((c) => c.customerId)).toEqual(['10', '100', '9']);
  });
});

describe('kMeansSegments: recovery of seeded, well-separated clusters', () => {
  const centres = [
    [0, 0, 0],
    [8, 0, 0],
    [0, 8, 0],
    [0, 0, 8],
  ];
  const data = blobs(centres, 150, 1, 11);

  for (const seed of [1, 2, 3]) {
    it(`puts every blob in one cluster of its own (ARI = 1), seed ${seed}`, () => {
      const r = kMeansSegments(data, { k: 4, seed, features: ['f0', 'f1', 'f2'] });
      const byId = new Map(r.customers.map((c) => [c.customerId, c.cluster]));
      const labels = data.map((row) => byId.get(row.customerId) as number);
      expect(adjustedRandIndex(labels, data.map((row) => row.blob))).toBe(1);
      expect(r.clusters.map((c) => c.size)).toEqual([150, 150, 150, 150]);
    });
  }

  it('different seeds give the same labels on separated data (canonical relabelling)', () => {
    const a = kMeansSegments(data, { k: 4, seed: 1, features: ['f0', 'f1', 'f2'] });
    const b = kMeansSegments(data, { k: 4, seed: 777, restarts: 3, features: ['f0', 'f1', 'f2'] });
    expect(b.customers.map((c) => c.cluster)).toEqual(a.customers.map((c) => c.cluster));
    // Ranked by f0 (the first feature), descending: the blob centred at f0 = 8 is cluster 0.
    expect(a.customers.find((c) => c.customerId === 'b1-0000')?.cluster).toBe(0);
  });

  it('centroids on the original scale are close to the blob centres', () => {
    const r = kMeansSegments(data, { k: 4, features: ['f0', 'f1', 'f2'] });
    const top = r.clusters[0]?.centroidOriginal as Record<string, number>;
    expect(Math.abs((top.f0 as number) - 8)).toBeLessThan(0.2);
    expect(Math.abs(top.f1 as number)).toBeLessThan(0.2);
  });

  it('same seed, same result; per-cluster WCSS adds up to the total', () => {
    const a = kMeansSegments(data, { k: 3, seed: 5, features: ['f0', 'f1', 'f2'] });
    const b = kMeansSegments(data, { k: 3, seed: 5, features: ['f0', 'f1', 'f2'] });
    expect(b).toEqual(a);
    expect(a.clusters.reduce((s, c) => s + c.wcss, 0)).toBeCloseTo(a.wcss, 10);
    expect(a.clusters.reduce((s, c) => s + c.size, 0)).toBe(600);
  });
});

describe('kMeansSegments: rejected rows', () => {
  it('reports every bad row with index, field, reason and value, and clusters the rest as if they were absent', () => {
    const good = [
      { customerId: 'a', recency: 1, frequency: 3, monetary: 10 },
      { customerId: 'b', recency: 50, frequency: 1, monetary: 5 },
      { customerId: 'c', recency: 2, frequency: 4, monetary: 12 },
      { customerId: 'd', recency: 60, frequency: 1, monetary: 4 },
    ];
    const bad: unknown[] = [
      { customerId: 'e', recency: Number.NaN, frequency: 1, monetary: 1 },
      { customerId: 'f', recency: 1, frequency: Number.POSITIVE_INFINITY, monetary: 1 },
      { customerId: 'g', recency: 1, frequency: 1, monetary: '12' },
      { customerId: 'h', recency: 1, frequency: 1 },
      { customerId: 'i', recency: 1, frequency: 1, monetary: -1 },
      { customerId: '  ', recency: 1, frequency: 1, monetary: 1 },
      null,
      { customerId: 'a', recency: 9, frequency: 9, monetary: 9 },
    ];
    const r = kMeansSegments([...good, ...bad] as typeof good, { k: 2 });
    expect(r.rejected).toEqual([
      { index: 0, field: 'customerId', reason: 'must be unique: the id is on 2 valid rows, all left out', value: 'a' },
      { index: 4, field: 'recency', reason: 'must be a finite number', value: Number.NaN },
      { index: 5, field: 'frequency', reason: 'must be a finite number', value: Number.POSITIVE_INFINITY },
      { index: 6, field: 'monetary', reason: 'must be a finite number', value: '12' },
      { index: 7, field: 'monetary', reason: 'must be a finite number', value: undefined },
      { index: 8, field: 'monetary', reason: 'must be greater than -1 for the log1p transform', value: -1 },
      { index: 9, field: 'customerId', reason: 'must be a non-blank string or a safe integer', value: '  ' },
      { index: 10, field: 'row', reason: 'must be an object', value: null },
      { index: 11, field: 'customerId', reason: 'must be unique: the id is on 2 valid rows, all left out', value: 'a' },
    ]);
    expect(r.n).toBe(3);
    const clean = kMeansSegments(good.slice(1), { k: 2 });
    expect(r.customers).toEqual(clean.customers);
    expect(r.clusters).toEqual(clean.clusters);
  });

  it('names the nested path of a bad value in a `features` record', () => {
    const r = kMeansSegments([{ customerId: 'a', features: { x: 1 } }, { customerId: 'b', features: { x: Number.NaN } }], { k: 1 });
    expect(r.rejected).toEqual([{ index: 1, field: 'features.x', reason: 'must be a finite number', value: Number.NaN }]);
  });
});

describe('kMeansSegments: argument errors', () => {
  const rows = line;
  it.each([
    ['rows not an array', () => kMeansSegments({} as never, { k: 1 }), 'INVALID_ARGUMENT', /`kMeansSegments`: `rows` must be an array, got \{\}/],
    ['options null', () => kMeansSegments(rows, null as never), 'INVALID_ARGUMENT', /`options` must be an object, got null/],
    ['k missing', () => kMeansSegments(rows, {} as never), 'INVALID_ARGUMENT', /`options.k` must be an integer at least 1, got undefined/],
    ['k a string', () => kMeansSegments(rows, { k: '2' as never }), 'INVALID_ARGUMENT', /`options.k` must be an integer at least 1, got "2"/],
    ['k fractional', () => kMeansSegments(rows, { k: 1.5 }), 'INVALID_ARGUMENT', /`options.k` must be an integer at least 1, got 1.5/],
    ['k > n', () => kMeansSegments(rows, { k: 5 }), 'INVALID_ARGUMENT', /`options.k` must not exceed the number of valid customers \(4\), got 5/],
    ['restarts 0', () => kMeansSegments(rows, { k: 2, restarts: 0 }), 'INVALID_ARGUMENT', /`options.restarts` must be an integer at least 1, got 0/],
    ['maxIterations null', () => kMeansSegments(rows, { k: 2, maxIterations: null as never }), 'INVALID_ARGUMENT', /`options.maxIterations` must be an integer at least 1, got null/],
    ['tolerance negative', () => kMeansSegments(rows, { k: 2, tolerance: -1 }), 'INVALID_ARGUMENT', /`options.tolerance` must be a finite number ≥ 0, got -1/],
    ['seed NaN', () => kMeansSegments(rows, { k: 2, seed: Number.NaN }), 'INVALID_ARGUMENT', /`options.seed` must be a finite number, got NaN/],
    ['standardize a string', () => kMeansSegments(rows, { k: 2, standardize: 'yes' as never }), 'INVALID_ARGUMENT', /`options.standardize` must be a boolean/],
    ['features empty', () => kMeansSegments(rows, { k: 2, features: [] }), 'INVALID_ARGUMENT', /`options.features` must be a non-empty array/],
    ['features repeated', () => kMeansSegments(rows, { k: 2, features: ['x', 'x'] }), 'INVALID_ARGUMENT', /`options.features\[1\]` must not repeat a feature, got "x"/],
    ['feature customerId', () => kMeansSegments(rows, { k: 2, features: ['customerId'] }), 'INVALID_ARGUMENT', /`options.features\[0\]` must be a non-empty string other than "customerId"/],
    ['transform unknown feature', () => kMeansSegments(rows, { k: 2, transform: { y: 'none' } }), 'INVALID_ARGUMENT', /`options.transform.y` must name a feature/],
    ['transform bad value', () => kMeansSegments(rows, { k: 2, transform: { x: 'log' as never } }), 'INVALID_ARGUMENT', /`options.transform.x` must be "log1p" or "none", got "log"/],
    ['rankBy unknown', () => kMeansSegments(rows, { k: 2, rankBy: 'y' }), 'INVALID_ARGUMENT', /`options.rankBy` must name a feature of `options.features`, got "y"/],
    ['rankOrder bad', () => kMeansSegments(rows, { k: 2, rankOrder: 'up' as never }), 'INVALID_ARGUMENT', /`options.rankOrder` must be "ascending" or "descending", got "up"/],
    ['no rows', () => kMeansSegments([], { k: 1 }), 'EMPTY_INPUT', /`kMeansSegments`: `rows` must contain at least one valid row/],
    ['no valid rows', () => kMeansSegments([{ customerId: 'a', features: { x: Number.NaN } }], { k: 1 }), 'EMPTY_INPUT', /`rows` must contain at least one valid row/],
    [
      'fewer distinct points than k',
      () => kMeansSegments([1, 1, 1, 2].map((x, i) => ({ customerId: `${i}`, features: { x } })), { k: 3 }),
      'UNDEFINED_RESULT',
      /`kMeansSegments`: undefined result: the 4 valid customers have fewer than k = 3 distinct feature vectors/,
    ],
  ])('%s', (_name, f, code, message) => {
    const e = thrown(f);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});

describe('kMeansSegments: features near the float64 limits', () => {
  const rows = [
    { customerId: 'a', recency: 3, frequency: 12, monetary: 950 },
    { customerId: 'b', recency: 5, frequency: 9, monetary: 720 },
    { customerId: 'c', recency: 200, frequency: 1, monetary: 35 },
    { customerId: 'd', recency: 240, frequency: 2, monetary: 60 },
  ];
  it('scales a feature times 2^1000 to the same z-scores and clusters (a recency of 1e308 gave a NaN sd)', () => {
    const base = kMeansSegments(rows, { k: 2, seed: 7 });
    const big = kMeansSegments(rows.map((r) => ({ ...r, recency: r.recency * 2 ** 1000 })), { k: 2, seed: 7 });
    expect(big.customers).toEqual(base.customers);
    expect(big.scaling[0]?.sd).toBe((base.scaling[0]?.sd as number) * 2 ** 1000);
    expect(big.scaling[0]?.mean).toBe((base.scaling[0]?.mean as number) * 2 ** 1000);
    const huge = kMeansSegments([{ ...rows[0]!, recency: 1e308 }, ...rows.slice(1)], { k: 2, seed: 7 });
    expect(huge.scaling[0]?.sd).toBeCloseTo(Math.sqrt(3) * 0.25e308, -300);
  });
  it('refuses unstandardised features whose squared distances overflow, naming the feature', () => {
    expect(thrown(() => kMeansSegments([{ ...rows[0]!, recency: 1e308 }, ...rows.slice(1)], { k: 2, seed: 7, standardize: false })).message).toBe(
      '`kMeansSegments`: `options.standardize` must be true (the default) when the squared distances of a feature overflow float64: "recency" spans 1e+308; standardise, or rescale that feature, got false',
    );
  });
});

describe('kMeansSegments: convergence', () => {
  it('reports converged: false when maxIterations is too small, and true with room', () => {
    const data = blobs([[0, 0], [3, 0], [0, 3], [3, 3]], 60, 2, 4);
    const short = kMeansSegments(data, { k: 6, maxIterations: 1, restarts: 1, tolerance: 0, features: ['f0', 'f1'] });
    expect(short.converged).toBe(false);
    expect(short.iterations).toBe(1);
    const long = kMeansSegments(data, { k: 6, restarts: 1, tolerance: 0, features: ['f0', 'f1'] });
    expect(long.converged).toBe(true);
    expect(long.wcss).toBeLessThanOrEqual(short.wcss);
  });

  it('keeps the start with the lowest WCSS', () => {
    const data = blobs([[0, 0], [3, 0], [0, 3], [3, 3]], 60, 2, 4);
    const r = kMeansSegments(data, { k: 5, restarts: 6, features: ['f0', 'f1'] });
    expect(r.wcss).toBe(Math.min(...r.restarts.map((s) => s.wcss)));
    expect(r.restarts[r.bestRestart]?.wcss).toBe(r.wcss);
  });
});

describe('kMeansSegments: properties', () => {
  const small = fc.array(fc.record({ x: fc.integer({ min: 0, max: 5 }), y: fc.integer({ min: 0, max: 3 }) }), { minLength: 6, maxLength: 40 });
  const toRows = (pts: { x: number; y: number }[]) => pts.map((p, i) => ({ customerId: `id${i}`, features: { x: p.x, y: p.y } }));
  const distinct = (pts: { x: number; y: number }[]) => new Set(pts.map((p) => `${p.x},${p.y}`)).size;

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 4 }), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (pts, k, keys) => {
        fc.pre(distinct(pts) >= k);
        const rows = toRows(pts);
        const sortKeys = rows.map(() => keys.next().value as number);
        const shuffled = rows.map((r, i) => [sortKeys[i] as number, r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
        const a = kMeansSegments(rows, { k, restarts: 2 });
        const b = kMeansSegments(shuffled, { k, restarts: 2 });
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });

  it('does not mutate its inputs, and every cluster is non-empty (many tied points)', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 6 }), fc.integer(), (pts, k, seed) => {
        fc.pre(distinct(pts) >= k);
        const rows = deepFreeze(toRows(pts));
        const options = deepFreeze({ k, seed, restarts: 2, features: ['x', 'y'] });
        const r = kMeansSegments(rows, options);
        expect(r.clusters).toHaveLength(k);
        for (const c of r.clusters) expect(c.size).toBeGreaterThan(0);
        expect(new Set(r.customers.map((c) => c.cluster)).size).toBe(k);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain JSON, no NaN
      }),
      { numRuns: 50 },
    );
  });

  it.each([2, 3])("Hamerly's bounds give exactly the labels of full-scan Lloyd iterations (d = %i)", (d) => {
    const coordinate = fc.integer({ min: -50, max: 50 });
    fc.assert(
      fc.property(
        fc.array(fc.array(coordinate, { minLength: d, maxLength: d }), { minLength: 10, maxLength: 120 }),
        fc.integer({ min: 2, max: 7 }),
        fc.integer(),
        (pts, k, seed) => {
          fc.pre(new Set(pts.map((p) => p.join())).size >= k);
          const x = Float64Array.from(pts.flat());
          const run = (margin: number) => {
            const s = createKMeansState(pts.length, d, k);
            seedKMeansPlusPlus(createRandom(seed), x, s);
            const out = runLloyd(x, s, 100, 0, margin);
            return { ...out, labels: Array.from(s.labels), centres: Array.from(s.centres) };
          };
          expect(run(boundMargin(x, d, 100))).toEqual(run(-1));
        },
      ),
      { numRuns: 50 },
    );
  });
});
