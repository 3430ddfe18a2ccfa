import { gammaGammaConditionalExpectedSpend } from '../gammaGamma/gammaGammaConditionalExpectedSpend';
import type { ScoreCustomersOptions, ScoreSettings } from '../scoreCustomers';
import type { SpendCustomer } from '../types';

/**
 * The expected spend per purchase of `n` scored customers: Gamma-Gamma's conditional expectation of each
 * customer of `customers` (read only then), or the constant `spend.expected`; `null` without spend.
 * @throws UndefinedResultError (from `gammaGamma.conditionalExpectedSpend`) when the fit has `q ≤ 1`.
 * @internal
 */
export function spendColumn(
  kind: ScoreSettings['spend'],
  spend: ScoreCustomersOptions['spend'],
  n: number,
  customers: readonly SpendCustomer[],
): Float64Array | null {
  if (kind === 'gammaGamma' && spend !== undefined && 'params' in spend) return Float64Array.from(gammaGammaConditionalExpectedSpend(spend.params, customers));
  if (kind === 'constant' && spend !== undefined && 'expected' in spend) return new Float64Array(n).fill(spend.expected);
  return null;
}
