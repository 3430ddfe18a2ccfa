import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { CompressedData, RfmCustomer } from '../types';
import { compressColumns } from './compressColumns';
import { validateRfmCustomer } from './validateRfmCustomer';

/** Column names of compressed continuous-time data. @internal */
export const RFM_COLUMNS: readonly string[] = ['frequency', 'recency', 'T'];

/**
 * Validates per-customer `(frequency, recency, T)` summaries and compresses them to unique rows with
 * counts (weights multiply the counts).
 *
 * @param data - The customers.
 * @param fn - Public function name for error messages.
 * @returns Columns `frequency`, `recency`, `T` with weights.
 * @throws InvalidArgumentError for a non-array or an invalid row (named by index and field).
 * @throws EmptyInputError when there is no row, or every weight is 0.
 * @internal
 */
export function compressRfm(data: readonly RfmCustomer[], fn: string): CompressedData {
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, 'data', 'must be an array of customers', data);
  const n = data.length;
  if (n === 0) throw new EmptyInputError(fn, 'data');
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  let weights: Float64Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = data[i] as RfmCustomer;
    validateRfmCustomer(fn, 'data', c, i);
    x[i] = c.frequency;
    tx[i] = c.recency;
    T[i] = c.T;
    if (c.weight !== undefined) {
      if (weights === undefined) weights = new Float64Array(n).fill(1);
      weights[i] = c.weight;
    }
  }
  const compressed = compressColumns(RFM_COLUMNS, [x, tx, T], weights, true);
  if (compressed.rows === 0) throw new EmptyInputError(fn, 'data', 'must have a positive total weight');
  return compressed;
}
