import { cronbachAlpha } from '../cronbachAlpha';
import type { IndicatorMatrix } from './prepareIndicatorData';

/**
 * Raw Cronbach's alpha of the items `items` (column indices, at least 2) of an indicator matrix, with its
 * sampling weights, by {@link cronbachAlpha}; `null` when alpha is undefined (a sum score without variance,
 * weights with an effective sample size ≤ 1).
 * @internal
 */
export function blockCronbachAlpha(matrix: IndicatorMatrix, items: readonly number[]): number | null {
  const { n, p, values, weights } = matrix;
  const columns = items.map((h) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = values[i * p + h] as number;
    return column;
  });
  try {
    return cronbachAlpha(columns, weights === null ? {} : { weights }).alpha;
  } catch {
    return null;
  }
}
