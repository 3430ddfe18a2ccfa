import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import { scaleOfLargest } from '../../core/stats/internal/scaleOfLargest';
import type { SpendCustomer } from '../types';
import { checkSpendCustomer } from './checkSpendCustomer';

/** Result of `gammaGamma.frequencySpendCorrelation`. */
export interface FrequencySpendCorrelation {
  /** Weighted Pearson correlation of `frequency` and `monetaryValue` among repeat buyers, in [−1, 1]. */
  readonly correlation: number;
  /** Number of repeat buyers used (sum of their weights). */
  readonly repeatBuyers: number;
  /** Number of customers left out because `frequency = 0` (sum of their weights). */
  readonly excluded: number;
}

const WEIGHT_SUM_RULE = 'must have weights that sum to a finite number (divide them by a common factor)';

/**
 * Correlation between purchase frequency and mean spend among repeat buyers: the diagnostic of the
 * Gamma-Gamma model's independence assumption.
 *
 * @remarks
 * The Gamma-Gamma model (and every CLV built from it) assumes that how much a customer spends per
 * transaction is independent of how often they buy. Fader, Hardie & Lee (2005b) check this on CDNOW
 * (correlation 0.11) before using the model; lifetimes users asked for the check (lifetimes #269, #337).
 * Computed as the weighted Pearson correlation `Σw(x−x̄)(m−m̄)/√(Σw(x−x̄)² Σw(m−m̄)²)` over customers
 * with `frequency ≥ 1`, two passes (means first), so it is stable; each column and the weights are first
 * divided by a power of two near their largest value (exact), so spends up to 1e308 and any finite weights
 * neither overflow nor underflow. A value far from 0 (say |ρ| > 0.3) means
 * the spend predictions are biased for heavy or light buyers. O(customers).
 *
 * @param customers - `{ frequency, monetaryValue, weight? }` rows (e.g. the output of `summarizeTransactions`)
 * @returns `{ correlation, repeatBuyers, excluded }`
 * @throws `INVALID_ARGUMENT` when a row is not a valid spend record (frequency an integer from 0 to
 *   2^53 − 1), a weight is not finite ≥ 0, or the weights sum past 1.8e308.
 * @throws `EMPTY_INPUT` when `customers` is empty.
 * @throws `UNDEFINED_RESULT` when fewer than two repeat buyers remain or one of the two columns is constant.
 * @example
 * ```ts
 * gammaGamma.frequencySpendCorrelation([
 *   { frequency: 1, monetaryValue: 20 },
 *   { frequency: 2, monetaryValue: 30 },
 *   { frequency: 4, monetaryValue: 35 },
 *   { frequency: 0, monetaryValue: 0 },
 * ]); // { correlation: 0.9285714285714285, repeatBuyers: 3, excluded: 1 }
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 */
export function gammaGammaFrequencySpendCorrelation(customers: readonly SpendCustomer[]): FrequencySpendCorrelation {
  const fn = 'gammaGamma.frequencySpendCorrelation';
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'customers', 'must be an array', customers);
  if (customers.length === 0) throw new EmptyInputError(fn, 'customers');
  let excluded = 0;
  let count = 0;
  let maxW = 0;
  let maxX = 0;
  let maxM = 0;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as SpendCustomer;
    checkSpendCustomer(fn, `customers[${i}]`, c, 0, false);
    const w = c.weight ?? 1;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(fn, `customers[${i}].weight`, 'must be a finite number at least 0', w);
    }
    if (c.frequency === 0) {
      excluded += w;
      continue;
    }
    if (w > 0) count++;
    maxW = Math.max(maxW, w);
    maxX = Math.max(maxX, c.frequency);
    maxM = Math.max(maxM, c.monetaryValue);
  }
  if (!Number.isFinite(excluded)) throw new InvalidArgumentError(fn, 'customers', WEIGHT_SUM_RULE, excluded);
  if (count < 2) throw new UndefinedResultError(fn, `needs at least two repeat buyers, got ${count}`, count);
  // The correlation does not change when a column or the weights are multiplied by a constant: each is
  // divided by a power of two near its largest value (exact), so that no square or product overflows or
  // underflows (spends of 1e200, weights of 1e308 or 5e-324).
  const scaleW = scaleOfLargest(maxW);
  const scaleX = scaleOfLargest(maxX);
  const scaleM = scaleOfLargest(maxM);
  let sw = 0;
  let sx = 0;
  let sm = 0;
  for (const c of customers) {
    if (c.frequency === 0) continue;
    const w = (c.weight ?? 1) / scaleW;
    sw += w;
    sx += w * (c.frequency / scaleX);
    sm += w * (c.monetaryValue / scaleM);
  }
  const repeatBuyers = sw * scaleW;
  if (!Number.isFinite(repeatBuyers)) throw new InvalidArgumentError(fn, 'customers', WEIGHT_SUM_RULE, repeatBuyers);
  const mx = sx / sw;
  const mm = sm / sw;
  let cxx = 0;
  let cmm = 0;
  let cxm = 0;
  for (const c of customers) {
    if (c.frequency === 0) continue;
    const w = (c.weight ?? 1) / scaleW;
    const dx = c.frequency / scaleX - mx;
    const dm = c.monetaryValue / scaleM - mm;
    cxx += w * dx * dx;
    cmm += w * dm * dm;
    cxm += w * dx * dm;
  }
  if (!(cxx > 0) || !(cmm > 0)) {
    throw new UndefinedResultError(fn, 'frequency or monetary value is constant among repeat buyers');
  }
  const product = cxx * cmm;
  // Below the normal range (weights 1e308 apart) the product loses its digits: take the roots apart.
  const r = product >= 2 ** -1022 ? cxm / Math.sqrt(product) : cxm / (Math.sqrt(cxx) * Math.sqrt(cmm));
  return { correlation: Math.max(-1, Math.min(1, r)), repeatBuyers, excluded };
}
