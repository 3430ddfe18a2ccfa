import type { RfmSegmentsResult } from '../../segmentation/rfmTypes';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { ChartDatum } from '../types';

/**
 * Reads an `rfmSegments` result into the cells of the recency × frequency-monetary grid (the one place
 * that knows its shape): `{ recency, frequencyMonetary, customers, segment, segments }`, where `segment`
 * is the most common segment of the cell (ties: the one listed first in `result.segments`) and `segments`
 * the number of distinct segments in it. `FM = ⌊(F + M + 1) / 2⌋` as the result states. @internal
 */
export function rfmGridRows(fn: string, result: RfmSegmentsResult): { cells: ChartDatum[]; maxScore: number } {
  if (result === null || typeof result !== 'object' || !Array.isArray(result.customers) || !Array.isArray(result.segments)) {
    throw new InvalidArgumentError(fn, 'result', 'must be an `rfmSegments` result', result);
  }
  if (result.customers.length === 0) throw new InvalidArgumentError(fn, 'result.customers', 'must hold at least one customer', result.customers);
  const rank = new Map(result.segments.map((s, i) => [s.segment, i]));
  const cells = new Map<string, { recency: number; fm: number; counts: Map<string, number>; customers: number }>();
  let maxScore = 1;
  for (const c of result.customers) {
    const fm = Math.floor((c.frequencyScore + c.monetaryScore + 1) / 2);
    maxScore = Math.max(maxScore, c.recencyScore, fm);
    const key = `${c.recencyScore}|${fm}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { recency: c.recencyScore, fm, counts: new Map(), customers: 0 };
      cells.set(key, cell);
    }
    cell.customers++;
    cell.counts.set(c.segment, (cell.counts.get(c.segment) ?? 0) + 1);
  }
  const rows: ChartDatum[] = [];
  for (const cell of cells.values()) {
    let best = '';
    let bestCount = -1;
    for (const [segment, count] of cell.counts) {
      const better = count > bestCount || (count === bestCount && (rank.get(segment) ?? Infinity) < (rank.get(best) ?? Infinity));
      if (better) {
        best = segment;
        bestCount = count;
      }
    }
    rows.push({ recency: cell.recency, frequencyMonetary: cell.fm, customers: cell.customers, segment: best, segments: cell.counts.size });
  }
  rows.sort((a, b) => (a.recency as number) - (b.recency as number) || (a.frequencyMonetary as number) - (b.frequencyMonetary as number));
  return { cells: rows, maxScore };
}
