// kMeansElbow: WCSS and mean silhouette per k. Silhouette reference values are computed by hand from
// Rousseeuw (1987), s(i) = (b_i − a_i) / max(a_i, b_i), with s(i) = 0 for a point alone in its cluster.
import { describe, expect, it } from 'vitest';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { kMeansElbow } from '../../src/segmentation/kMeansElbow';
import { kMeansSegments } from '../../src/segmentation/kMeansSegments';
import { blobs, deepFreeze } from './kMeansHelpers';

const points = (xs: number[]) => xs.map((x, i) => ({ customerId: `p${i}`, features: { x } }));

describe('kMeansElbow: hand-computed silhouettes', () => {
  it('{0, 1, 10, 11}, k = 2: s = 9.5/10.5 for the outer points, 8.5/9.5 for the inner ones', () => {
    const r = kMeansElbow(points([0, 1, 10, 11]), { ks: [2], standardize: false });
    // Point 0: a = 1 (to 1), b = (10 + 11)/2 = 10.5; point 1: a = 1, b = (9 + 10)/2 = 9.5; mirror images for 11 and 10.
    expect(r.points[0]?.silhouette).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 15);
    expect(r.points[0]?.wcss).toBe(1);
    expect(r.silhouetteSample).toEqual({ size: 4, exact: true });
  });

  it('{0, 1, 10}, k = 2: the singleton scores 0, so the mean is (0.9 + 8/9 + 0)/3', () => {
    const r = kMeansElbow(points([0, 1, 10]), { ks: [2], standardize: false });
    expect(r.points[0]?.silhouette).toBeCloseTo((0.9 + 8 / 9) / 3, 15);
  });

  it('is invariant to standardisation of a single feature (distances scale together)', () => {
    const raw = kMeansElbow(points([0, 1, 10, 11, 30]), { ks: [2, 3], standardize: false });
    const z = kMeansElbow(points([0, 1, 10, 11, 30]), { ks: [2, 3] });
    expect(z.points[0]?.silhouette).toBeCloseTo(raw.points[0]?.silhouette as number, 14);
    expect(z.points[1]?.silhouette).toBeCloseTo(raw.points[1]?.silhouette as number, 14);
  });

  it('k = 1 has no silhouette, with a reason', () => {
    const r = kMeansElbow(points([0, 1, 10, 11]), { ks: [1, 2], standardize: false });
    expect(r.points[0]).toEqual({ k: 1, wcss: 101, silhouette: null, silhouetteReason: 'the silhouette needs k ≥ 2', converged: true, iterations: 1 });
    expect(r.points[1]?.silhouetteReason).toBeNull();
  });
});

describe('kMeansElbow: choosing k on separated data', () => {
  const data = blobs([[0, 0], [6, 0], [0, 6], [6, 6]], 80, 1, 21);

  it('WCSS does not increase with k, and the silhouette peaks at the true k = 4', () => {
    const r = kMeansElbow(data);
    expect(r.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (let i = 1; i < r.points.length; i++) expect(r.points[i]?.wcss).toBeLessThanOrEqual(r.points[i - 1]?.wcss as number);
    const best = r.points.reduce((a, b) => ((b.silhouette as number) > (a.silhouette as number) ? b : a));
    expect(best.k).toBe(4);
    expect(best.silhouette).toBeGreaterThan(0.6);
    expect(r.points.every((p) => p.converged)).toBe(true);
  });

  it('each point equals kMeansSegments with the same k and seed', () => {
    const r = kMeansElbow(data, { ks: [3, 5], seed: 8, restarts: 4 });
    for (const p of r.points) {
      const s = kMeansSegments(data, { k: p.k, seed: 8, restarts: 4 });
      expect(p.wcss).toBe(s.wcss);
      expect(p.iterations).toBe(s.iterations);
    }
  });

  it('above silhouetteSampleSize, a seeded sample of that size is used; it is close to the exact value', () => {
    const exact = kMeansElbow(data, { ks: [4] });
    const sampled = kMeansElbow(data, { ks: [4], silhouetteSampleSize: 100 });
    expect(sampled.silhouetteSample).toEqual({ size: 100, exact: false });
    expect(sampled.settings.silhouetteSampleSize).toBe(100);
    expect(sampled.points[0]?.silhouette).not.toBe(exact.points[0]?.silhouette);
    expect(Math.abs((sampled.points[0]?.silhouette as number) - (exact.points[0]?.silhouette as number))).toBeLessThan(0.05);
    expect(kMeansElbow(data, { ks: [4], silhouetteSampleSize: 100 })).toEqual(sampled); // same seed, same sample
  });

  it('does not depend on row order and does not mutate its inputs', () => {
    const frozen = deepFreeze(data.map((r) => ({ customerId: r.customerId, features: { ...r.features } })));
    const a = kMeansElbow(frozen, { ks: [2, 4], silhouetteSampleSize: 150 });
    const b = kMeansElbow([...frozen].reverse(), { ks: [2, 4], silhouetteSampleSize: 150 });
    expect(b).toEqual(a);
  });
});

describe('kMeansElbow: defaults and errors', () => {
  it('default ks run from 2 to min(8, n); one customer gives k = 1 only', () => {
    expect(kMeansElbow(points([0, 1, 5, 9])).settings.ks).toEqual([2, 3, 4]);
    expect(kMeansElbow(points([3])).points).toEqual([
      { k: 1, wcss: 0, silhouette: null, silhouetteReason: 'the silhouette needs k ≥ 2', converged: true, iterations: 1 },
    ]);
  });

  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (isClienteleError(e)) return `${e.code}: ${e.message}`;
      throw e;
    }
    return 'no error';
  };
  it('refuses bad arguments with the argument path', () => {
    expect(code(() => kMeansElbow(points([0, 1]), null as never))).toBe('INVALID_ARGUMENT: `kMeansElbow`: `options` must be an object, got null');
    expect(code(() => kMeansElbow(points([0, 1]), { ks: [] }))).toBe('INVALID_ARGUMENT: `kMeansElbow`: `options.ks` must be a non-empty array of integers, got []');
    expect(code(() => kMeansElbow(points([0, 1]), { ks: [2, 0] }))).toBe('INVALID_ARGUMENT: `kMeansElbow`: `options.ks[1]` must be an integer at least 1, got 0');
    expect(code(() => kMeansElbow(points([0, 1]), { ks: [3] }))).toBe(
      'INVALID_ARGUMENT: `kMeansElbow`: `options.ks[0]` must not exceed the number of valid customers (2), got 3',
    );
    expect(code(() => kMeansElbow(points([0, 1]), { silhouetteSampleSize: 1 }))).toBe(
      'INVALID_ARGUMENT: `kMeansElbow`: `options.silhouetteSampleSize` must be an integer at least 2, got 1',
    );
    expect(code(() => kMeansElbow('rows' as never))).toBe('INVALID_ARGUMENT: `kMeansElbow`: `rows` must be an array, got "rows"');
    expect(code(() => kMeansElbow([]))).toBe('EMPTY_INPUT: `kMeansElbow`: `rows` must contain at least one valid row');
  });
});
