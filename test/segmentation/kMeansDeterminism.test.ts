// Cross-platform determinism: the labels, centroids and WCSS of a seeded k-means fit must equal, bit for
// bit, the numbers stored when the fixture was made (scripts/fixtures/segmentationKMeans.ts; its header
// says why every operation involved is reproducible under IEEE 754). A change that alters the random
// stream, the k-means++ draws, the tie rules, the summation order or the canonical relabelling fails here.
import { describe, expect, it } from 'vitest';
import { kMeansSegments } from '../../src/segmentation/kMeansSegments';
import fixture from '../fixtures/segmentation/kmeansDeterminism.json';

describe('kMeansSegments determinism (stored fixture)', () => {
  it('reproduces the stored labels, centroids, sizes and WCSS exactly', () => {
    const r = kMeansSegments(fixture.rows, { ...fixture.options, features: [...fixture.options.features] });
    expect(r.customers.map((c) => c.cluster)).toEqual(fixture.labels);
    expect(r.clusters.map((c) => c.centroid)).toEqual(fixture.centroids);
    expect(r.clusters.map((c) => c.size)).toEqual(fixture.sizes);
    expect(r.wcss).toBe(fixture.wcss);
    expect(r.bestRestart).toBe(fixture.bestRestart);
    expect(r.iterations).toBe(fixture.iterations);
  });

  it('the restarts matter on this data (the kept start is not the first), so the fixture guards them', () => {
    const r = kMeansSegments(fixture.rows, { ...fixture.options, features: [...fixture.options.features] });
    expect(r.bestRestart).toBeGreaterThan(0);
    expect(new Set(r.restarts.map((s) => s.wcss)).size).toBeGreaterThan(1);
  });
});
