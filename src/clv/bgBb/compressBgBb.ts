import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { CompressedData, DiscreteCustomer } from '../types';
import { checkDiscreteCustomer } from './checkDiscreteCustomer';

/**
 * Validates BG/BB histories and merges identical `(frequency, recency, n)` rows, adding their weights
 * (docs/scaling-up.md): the recency/frequency table with counts that the likelihood sums over.
 * Rows of weight 0 are dropped. O(rows).
 *
 * @throws `INVALID_ARGUMENT` naming the first bad row, field, rule and value (`` `data[3].recency` ``).
 * @throws `EMPTY_INPUT` when `data` is empty or every weight is 0.
 * @internal
 */
export function compressBgBb(data: readonly DiscreteCustomer[], fn: string): CompressedData {
  if (!Array.isArray(data)) throw new InvalidArgumentError(fn, 'data', 'must be an array of { frequency, recency, n }', data);
  if (data.length === 0) throw new EmptyInputError(fn, 'data');
  const index = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const n: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const row = data[i] as DiscreteCustomer;
    checkDiscreteCustomer(fn, `data[${i}]`, row, true);
    const weight = row.weight ?? 1;
    if (weight === 0) continue;
    const key = `${row.frequency}|${row.recency}|${row.n}`;
    const k = index.get(key);
    if (k === undefined) {
      index.set(key, x.length);
      x.push(row.frequency);
      tx.push(row.recency);
      n.push(row.n);
      w.push(weight);
    } else {
      w[k] = (w[k] as number) + weight;
    }
  }
  if (x.length === 0) throw new EmptyInputError(fn, 'data', 'must hold at least one row with a positive weight');
  let total = 0;
  for (const v of w) total += v;
  return {
    columns: { frequency: Float64Array.from(x), recency: Float64Array.from(tx), n: Float64Array.from(n) },
    weights: Float64Array.from(w),
    rows: x.length,
    total,
  };
}
