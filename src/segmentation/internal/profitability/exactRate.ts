import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { POW10, parseMinorUnits } from '../../../money/parseMinorUnits';

/** A non-negative rate held exactly as `numerator / denominator` with `denominator = 10^k`. @internal */
export interface ExactRate {
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
}

/** The largest number of decimals a rate may have. @internal */
const MAX_RATE_DECIMALS = 12;

/**
 * Reads a rate given as a finite number ≥ 0 (read as its shortest decimal: `0.6` is 6/10) into an
 * {@link ExactRate}; throws `INVALID_ARGUMENT` when it is not a number ≥ 0 with at most 12 decimals, or
 * above `max`. @internal
 */
export function readExactRate(fn: string, argument: string, value: unknown, max: number): ExactRate {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new InvalidArgumentError(fn, argument, `must be a number from 0 to ${max}`, value);
  }
  for (let k = 0; k <= MAX_RATE_DECIMALS; k++) {
    const numerator = parseMinorUnits(value, k);
    if (!Number.isNaN(numerator)) return { value, numerator, denominator: POW10[k] as number };
  }
  throw new InvalidArgumentError(fn, argument, `must have at most ${MAX_RATE_DECIMALS} decimals`, value);
}

/**
 * `rate × amount` for an integer amount of minor units, rounded half to even to a whole minor unit,
 * exactly (integer arithmetic; BigInt when the product passes 2^53). The sign follows the amount, so a
 * return's share is the negative of the sale's. @internal
 */
export function applyRateHalfEven(amountMinor: number, rate: ExactRate): number {
  if (amountMinor === 0 || rate.numerator === 0) return 0;
  const negative = amountMinor < 0;
  const magnitude = negative ? -amountMinor : amountMinor;
  const product = magnitude * rate.numerator;
  let q: number;
  if (product <= Number.MAX_SAFE_INTEGER) {
    const remainder = product % rate.denominator;
    q = (product - remainder) / rate.denominator;
    const twice = 2 * remainder;
    if (twice > rate.denominator || (twice === rate.denominator && q % 2 === 1)) q += 1;
  } else {
    const p = BigInt(magnitude) * BigInt(rate.numerator);
    const d = BigInt(rate.denominator);
    let qb = p / d;
    const twice = 2n * (p % d);
    if (twice > d || (twice === d && qb % 2n === 1n)) qb += 1n;
    q = Number(qb);
  }
  return negative ? -q : q;
}
