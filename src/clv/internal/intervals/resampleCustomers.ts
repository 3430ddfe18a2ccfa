import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { Random } from '../../../core/random/types';

/** One bootstrap sample's draw: how many times each row's customers were picked. @internal */
export interface CustomerResampler {
  /** Fills `counts[i]` with the picks of row `i` in one sample of `customers` picks with replacement. */
  readonly sample: (counts: Int32Array) => void;
}

/**
 * The customer-level resampling of the nonparametric bootstrap (Efron & Tibshirani 1993, ch. 6) for rows
 * that may stand for several customers (`weight`, a whole number, default 1): each sample draws
 * `N = Σ weight` customers with replacement, one `random.next()` per pick (`u = ⌊N · next()⌋`, the row
 * holding customer `u` in row order), so that a row of weight 100 is 100 customers, not one cluster. With
 * every weight 1 the picks are rows. A weight that is not a whole number throws `INVALID_ARGUMENT`
 * naming `argument[i].weight` (`i` the input index, from `inputIndex` when the rows were reordered).
 * @internal
 */
export function resampleCustomers(
  fn: string,
  argument: string,
  rows: readonly { readonly weight?: number; readonly customerId?: unknown }[],
  random: Random,
  inputIndex?: Int32Array,
): CustomerResampler {
  const n = rows.length;
  let unit = true;
  const ends = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = rows[i]?.weight ?? 1;
    if (!Number.isSafeInteger(w) || w < 0) {
      const at = inputIndex === undefined ? i : (inputIndex[i] as number);
      const id = rows[i]?.customerId;
      const whose = id === undefined ? '' : ` (customer ${String(id)})`;
      throw new InvalidArgumentError(fn, `${argument}[${at}].weight`, `must be a whole number of customers (0 or more) for method 'bootstrap', which resamples customers${whose}`, w);
    }
    if (w !== 1) unit = false;
    total += w;
    ends[i] = total;
  }
  if (total === 0) throw new InvalidArgumentError(fn, argument, "must hold at least one customer (every weight is 0) for method 'bootstrap'", rows.length);
  const sample = (counts: Int32Array): void => {
    counts.fill(0);
    for (let k = 0; k < total; k++) {
      const u = Math.floor(random.next() * total);
      const i = unit ? u : rowOf(ends, u);
      counts[i] = (counts[i] as number) + 1;
    }
  };
  return { sample };
}

/** The row whose customers `[ends[i−1], ends[i])` hold customer `u` (binary search). */
function rowOf(ends: Float64Array, u: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
