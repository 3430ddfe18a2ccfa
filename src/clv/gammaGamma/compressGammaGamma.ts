import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { compressColumns } from '../internal/compressColumns';
import type { CompressedData, SpendCustomer } from '../types';
import { checkSpendCustomer } from './checkSpendCustomer';

/**
 * Validates repeat buyers `(frequency ≥ 1, monetaryValue > 0)` and merges identical rows, adding weights.
 *
 * @throws `INVALID_ARGUMENT` naming the first bad row (one-time buyers and zero spend are rejected: filter
 *   `frequency > 0` first).
 * @throws `EMPTY_INPUT` when there is no row with a positive weight.
 * @internal
 */
export function compressGammaGamma(data: readonly SpendCustomer[], fn: string): CompressedData {
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, 'data', 'must be an array of { frequency, monetaryValue }', data);
  const n = data.length;
  if (n === 0) throw new EmptyInputError(fn, 'data');
  const x = new Float64Array(n);
  const m = new Float64Array(n);
  let weights: Float64Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = data[i] as SpendCustomer;
    checkSpendCustomer(fn, `data[${i}]`, c, 1, true);
    x[i] = c.frequency;
    m[i] = c.monetaryValue;
    if (c.weight !== undefined) {
      const w = c.weight;
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
        throw new InvalidArgumentError(fn, `data[${i}].weight`, 'must be a finite number at least 0', w);
      }
      if (weights === undefined) weights = new Float64Array(n).fill(1);
      weights[i] = w;
    }
  }
  const compressed = compressColumns(['frequency', 'monetaryValue'], [x, m], weights, true);
  if (compressed.rows === 0) throw new EmptyInputError(fn, 'data', 'must have a positive total weight');
  return compressed;
}
