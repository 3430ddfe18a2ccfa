import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { compressColumns } from '../internal/compressColumns';
import type { CompressedData } from '../types';
import type { TimingCustomer } from './types';
import { validateTimingCustomer } from './validateTimingCustomer';

const COLUMNS_K1: readonly string[] = ['frequency', 'recency', 'T'];
const COLUMNS: readonly string[] = ['frequency', 'recency', 'T', 'litt'];

/**
 * Validates MBG/CNBD-k customers and compresses them to unique rows with counts: `(frequency, recency, T)`
 * for `k = 1` (where `litt` does not enter the likelihood), `(frequency, recency, T, litt)` otherwise.
 *
 * @throws InvalidArgumentError for a non-array or an invalid row (named by index and field).
 * @throws EmptyInputError when there is no row, or every weight is 0.
 * @internal
 */
export function compressTimingCustomers(k: number, data: readonly TimingCustomer[], fn: string): CompressedData {
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, 'data', 'must be an array of customers', data);
  const n = data.length;
  if (n === 0) throw new EmptyInputError(fn, 'data');
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const litt = new Float64Array(n);
  let weights: Float64Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = data[i] as TimingCustomer;
    litt[i] = validateTimingCustomer(fn, 'data', c, k, i);
    x[i] = c.frequency;
    tx[i] = c.recency;
    T[i] = c.T;
    if (c.weight !== undefined) {
      if (weights === undefined) weights = new Float64Array(n).fill(1);
      weights[i] = c.weight;
    }
  }
  const compressed = k === 1 ? compressColumns(COLUMNS_K1, [x, tx, T], weights) : compressColumns(COLUMNS, [x, tx, T, litt], weights);
  if (compressed.rows === 0) throw new EmptyInputError(fn, 'data', 'must have a positive total weight');
  return compressed;
}
