// The printed values of the @example blocks of kMeansSegments and kMeansElbow, so the documentation cannot
// drift from the code.
import { describe, expect, it } from 'vitest';
import { kMeansElbow } from '../../src/segmentation/kMeansElbow';
import { kMeansSegments } from '../../src/segmentation/kMeansSegments';

describe('doc examples (k-means)', () => {
  it('kMeansSegments', () => {
    const r = kMeansSegments(
      [
        { customerId: 'a', recency: 3, frequency: 12, monetary: 950 },
        { customerId: 'b', recency: 5, frequency: 9, monetary: 720 },
        { customerId: 'c', recency: 200, frequency: 1, monetary: 35 },
        { customerId: 'd', recency: 240, frequency: 2, monetary: 60 },
        { customerId: 'e', recency: 20, frequency: 1, monetary: 40 },
      ],
      { k: 3, seed: 7 },
    );
    expect(r.customers.map((c) => `${c.customerId} ${c.name}`)).toEqual([
      'a 1: recent, frequent, high-spend',
      'b 1: recent, frequent, high-spend',
      'c 2: lapsed, infrequent, low-spend',
      'd 2: lapsed, infrequent, low-spend',
      'e 3: recent, infrequent, low-spend',
    ]);
    expect(r.clusters[1]?.centroidOriginal).toEqual({ recency: 220, frequency: 1.5, monetary: 47.5 });
    expect(r.scaling[1]?.mean.toFixed(4)).toBe('1.4705');
  });
  it('kMeansElbow', () => {
    const rows = [0, 1, 10, 11, 30].map((x, i) => ({ customerId: `p${i}`, features: { x } }));
    const r = kMeansElbow(rows, { ks: [2, 3] });
    expect(r.points.map((p) => p.silhouette?.toFixed(4))).toEqual(['0.5613', '0.7198']);
    expect(r.points[1]?.silhouette).toBeCloseTo((2 * (9.5 / 10.5 + 8.5 / 9.5)) / 5, 15);
    expect((r.points[1]?.wcss as number) < (r.points[0]?.wcss as number)).toBe(true);
  });
});
