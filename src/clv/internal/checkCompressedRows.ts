import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { CompressedData } from '../types';

/**
 * Throws `INVALID_ARGUMENT` unless `data` is compressed data whose `rows` is an integer no larger than its
 * `weights`, so that a model's `logLikelihood` loop over the rows is bounded (a hand-made object with
 * `rows: Infinity` would otherwise never return). O(1). @internal
 */
export function checkCompressedRows(fn: string, data: CompressedData): void {
  if (data === null || typeof data !== 'object' || data.weights === null || typeof data.weights !== 'object') {
    throw new InvalidArgumentError(fn, 'data', 'must be compressed data from the model\'s `compress`', data);
  }
  const rows = data.rows;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0 || rows > data.weights.length) {
    throw new InvalidArgumentError(fn, 'data.rows', `must be an integer 0-${data.weights.length} (the length of data.weights)`, rows);
  }
}
