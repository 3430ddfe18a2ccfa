import { abcAnalysis, customerPyramid, indexCustomerValues, whaleCurve } from 'clientele/segmentation';
import { lcg } from './data';
import type { Benchmark } from './types';

const N = 1_000_000;

/**
 * One row per customer with a value (a CLV-like right-skewed amount in cents) and a profit (value less a
 * cost, so that about a fifth of the customers lose money). Ids are distinct strings in a shuffled order
 * (`sorted: false`, the costlier case: the id sort runs) or in ascending order (`sorted: true`, as the
 * summaries and CLV predictions of clientele come).
 */
function customers(sorted: boolean) {
  const u = lcg(11);
  const ids = Array.from({ length: N }, (_, i) => `C${String(i).padStart(7, '0')}`);
  if (!sorted) {
    for (let i = N - 1; i > 0; i--) {
      const j = Math.floor(u() * (i + 1));
      const t = ids[i] as string;
      ids[i] = ids[j] as string;
      ids[j] = t;
    }
  }
  const rows: { customerId: string; value: number; profit: number }[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const value = Math.round(100 * 20 * Math.exp(2 * u())) / 100; // 20 … 148, two decimals, many ties
    rows[i] = { customerId: ids[i] as string, value, profit: Math.round(100 * (value - 40 + 20 * u())) / 100 };
  }
  return rows;
}

function run(rows: ReturnType<typeof customers>, indexed = false) {
  // Indexed: the rows are read, the ids sorted and both fields ranked once (timed here), then shared.
  const input = indexed ? indexCustomerValues(rows, { fields: ['value', 'profit'] }) : rows;
  const w = whaleCurve(input);
  const a = abcAnalysis(input);
  const p = customerPyramid(input);
  return `peak ${(100 * (w.peak.share ?? 0)).toFixed(1)} %, A ${a.classes[0]?.count}, key ${p.tiers[0]?.count}`;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'whale-abc-pyramid-1m',
    what: 'whale curve + ABC + customer pyramid of 1M customers (ids shuffled)',
    targetMs: 1000,
    setup: () => {
      const rows = customers(false);
      return () => run(rows);
    },
    floor: {
      what: 'one pass reading every row and a typed-array sort of the values',
      setup: () => {
        const rows = customers(false);
        return () => {
          const v = new Float64Array(N);
          for (let i = 0; i < N; i++) v[i] = (rows[i] as { value: number }).value;
          return v.sort()[N >> 1];
        };
      },
    },
  },
  {
    name: 'whale-abc-pyramid-1m-sorted-ids',
    what: 'the same with ids already in ascending order (as clientele summaries come)',
    targetMs: 1000,
    setup: () => {
      const rows = customers(true);
      return () => run(rows);
    },
  },
  {
    name: 'whale-abc-pyramid-1m-indexed',
    what: 'the same (ids shuffled) through one indexCustomerValues of both fields, its build timed',
    targetMs: 1000,
    setup: () => {
      const rows = customers(false);
      return () => run(rows, true);
    },
  },
];
