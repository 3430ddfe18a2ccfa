import type { ExpectationMatrix } from '../../clv/expectationMatrix';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { ChartDatum } from '../types';

/**
 * The cells of one matrix of an {@link ExpectationMatrix} as rows `{ frequency, recency, value }`, the
 * impossible (`null`) cells left out. @internal
 */
export function matrixRows(fn: string, matrix: ExpectationMatrix, key: 'expectedPurchases' | 'probabilityAlive'): ChartDatum[] {
  if (matrix === null || typeof matrix !== 'object' || !Array.isArray(matrix.frequencies) || !Array.isArray(matrix.recencies) || !Array.isArray(matrix[key])) {
    throw new InvalidArgumentError(fn, 'matrix', 'must be the result of `expectationMatrix`', matrix);
  }
  const rows: ChartDatum[] = [];
  matrix.frequencies.forEach((frequency, f) => {
    const line = matrix[key][f] ?? [];
    matrix.recencies.forEach((recency, c) => {
      const value = line[c];
      if (typeof value === 'number' && Number.isFinite(value)) rows.push({ frequency, recency, value });
    });
  });
  return rows;
}
