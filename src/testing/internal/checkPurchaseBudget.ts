import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/**
 * The most purchases one call of a simulator draws in total (1e8, about two seconds of drawing). Parameters
 * far outside the realistic range (say `r = 1e308`) imply purchase rates so high that drawing them would not
 * end; they are refused with this bound instead. @internal
 */
export const PURCHASE_BUDGET = 100_000_000;

/**
 * Throws `INVALID_ARGUMENT` naming `params` once a simulation has drawn more than `PURCHASE_BUDGET`
 * purchases. @internal
 */
export function checkPurchaseBudget(fn: string, drawn: number, params: object): void {
  if (drawn > PURCHASE_BUDGET) {
    throw new InvalidArgumentError(
      fn,
      'params',
      `must imply at most ${PURCHASE_BUDGET.toExponential()} simulated purchases in all (the purchase rate r/alpha times the age, summed over the customers); lower r or raise alpha, or simulate fewer customers`,
      params,
    );
  }
}
