import { kMeansSegments } from 'clientele/segmentation';
import { lcg } from './data';
import type { Benchmark } from './types';

const N = 1_000_000;

/**
 * 1M RFM-like customers, ids in scrambled order (so the sort by id is timed): recency uniform 0-365 days,
 * frequency 1 + a geometric count, monetary log-uniform 5-5000.
 */
function customers() {
  const u = lcg(11);
  const rows: { customerId: string; recency: number; frequency: number; monetary: number }[] = new Array(N);
  for (let i = 0; i < N; i++) {
    rows[i] = {
      customerId: `c${String((i * 7919) % N).padStart(7, '0')}`,
      recency: Math.floor(u() * 366),
      frequency: 1 + Math.floor(Math.log(1 - u()) / Math.log(0.7)),
      monetary: Math.round(500 * Math.exp(u() * Math.log(1000))) / 100,
    };
  }
  return rows;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'kmeans-1m',
    what: 'k-means segments (k = 8, 3 k-means++ restarts) of 1M customers x 3 RFM features',
    targetMs: 10_000,
    repeats: 1,
    setup: () => {
      const rows = customers();
      return () => {
        const r = kMeansSegments(rows, { k: 8, restarts: 3, seed: 7 });
        return `${r.wcss.toFixed(1)} in ${r.iterations} iterations, converged ${r.converged}`;
      };
    },
  },
];
