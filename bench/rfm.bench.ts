import { RFM_R_PACKAGE_SEGMENTS, rfmScores, rfmSegments } from 'clientele/segmentation';
import { lcg } from './data';
import type { Benchmark } from './types';

const N = 1_000_000;

/** 1M per-customer totals: ids `c0000000`…, recency 0–729 days, 1–30 purchases, spend 1.00–2,000.00. */
function totals() {
  const u = lcg(11);
  const rows = new Array<{ customerId: string; recencyDays: number; frequency: number; monetary: number }>(N);
  for (let i = 0; i < N; i++) {
    const frequency = 1 + Math.floor(-Math.log(1 - u()) * 4) % 30;
    rows[i] = {
      customerId: `c${String(i).padStart(7, '0')}`,
      recencyDays: Math.floor(u() * 730),
      frequency,
      monetary: (100 + Math.floor(u() * 199_900)) / 100,
    };
  }
  return rows;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'rfm-1m',
    what: 'RFM scores (R rfm quantile bins) and the ten R rfm segments with summaries of 1M customers from per-customer totals',
    targetMs: 1000,
    repeats: 3,
    setup: () => {
      const rows = totals();
      return () => {
        const scores = rfmScores(rows, { analysisDate: '2024-12-31' });
        const segments = rfmSegments(scores, { rules: RFM_R_PACKAGE_SEGMENTS });
        return `${scores.monetary.breaks?.map((b) => b.toFixed(2)).join('/')} ${segments.segments[0]?.customers}`;
      };
    },
    floor: {
      what: 'one numeric sort of 1M spends (one of the three per-dimension sorts)',
      setup: () => {
        const spend = Float64Array.from(totals(), (r) => r.monetary);
        return () => spend.slice().sort()[N >> 1];
      },
    },
  },
];
