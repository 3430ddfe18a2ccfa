import { ClienteleError } from './ClienteleError';
import { formatValue } from './formatValue';

/**
 * Quantities with incompatible units were combined (a weekly model with a monthly horizon, two
 * currencies). Code `UNIT_MISMATCH`.
 *
 * @example
 * ```ts
 * new UnitMismatchError('customerLifetimeValue', 'horizon', 'must be in the model time unit "week"', 'month').message;
 * // '`customerLifetimeValue`: `horizon` must be in the model time unit "week", got "month"'
 * ```
 */
export class UnitMismatchError extends ClienteleError {
  constructor(fn: string, argument: string, rule: string, value: unknown) {
    super('UNIT_MISMATCH', `\`${fn}\`: \`${argument}\` ${rule}, got ${formatValue(value)}`, {
      fn,
      argument,
      rule,
      value,
    });
    this.name = 'UnitMismatchError';
  }
}
