import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { CompressedData } from '../types';

const isArrayLike = (v: unknown): v is ArrayLike<unknown> =>
  v !== null && typeof v === 'object' && typeof (v as { length?: unknown }).length === 'number';

/**
 * Throws `INVALID_ARGUMENT` unless `params` (when given) is an object and `data` is compressed data whose `rows` is an
 * integer no larger than its `weights` and its `columns`, so that a model's `logLikelihood` loop over the
 * rows is bounded and reads only what exists (a hand-made object with `rows: Infinity` would otherwise
 * never return). The parameter values are not checked: the fitter evaluates the likelihood wherever its
 * search goes. O(columns). @internal
 */
export function checkCompressedRows(
  fn: string,
  data: CompressedData,
  columns: readonly string[],
  params: unknown = {},
): void {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(fn, 'params', 'must be an object of parameters', params);
  }
  const rule = "must be compressed data from the model's `compress`";
  if (data === null || typeof data !== 'object' || !isArrayLike(data.weights) || data.columns === null || typeof data.columns !== 'object') {
    throw new InvalidArgumentError(fn, 'data', rule, data);
  }
  const rows = data.rows;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0 || rows > data.weights.length) {
    throw new InvalidArgumentError(fn, 'data.rows', `must be an integer 0-${data.weights.length} (the length of data.weights)`, rows);
  }
  for (const name of columns) {
    const column: unknown = data.columns[name];
    if (!isArrayLike(column) || column.length < rows) {
      throw new InvalidArgumentError(fn, `data.columns.${name}`, `must hold ${rows} values (${rule})`, column);
    }
  }
}
