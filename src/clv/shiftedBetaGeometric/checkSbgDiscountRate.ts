import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/** Smallest discount rate per period the sBG discounted sums accept. @internal */
export const MIN_SBG_DISCOUNT_RATE = 1e-4;

/**
 * Throws `INVALID_ARGUMENT` unless `discountRate` is a finite number of at least 1e−4, the supported
 * range of the sBG discounted sums: `2F1(1, b; α + b; 1/(1 + d))` is summed directly when `α` is near an
 * integer (about `40/d` terms) and through the connection formula to `1 − z` otherwise, which fails when
 * `b·d` is large (long tenures); from 1e−4 up both stay finite and within 400,000 terms. @internal
 */
export function checkSbgDiscountRate(fn: string, discountRate: unknown): asserts discountRate is number {
  if (typeof discountRate !== 'number' || !Number.isFinite(discountRate) || discountRate < MIN_SBG_DISCOUNT_RATE) {
    throw new InvalidArgumentError(fn, 'discountRate', 'must be a finite number at least 0.0001 (the supported range)', discountRate);
  }
}
