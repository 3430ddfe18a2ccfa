import { ClienteleError } from './ClienteleError';
import { formatValue } from './formatValue';

/**
 * An argument breaks a documented rule. Code `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * new InvalidArgumentError('nps', 'scores[3]', 'must be an integer 0-10', 11).message;
 * // '`nps`: `scores[3]` must be an integer 0-10, got 11'
 * ```
 */
export class InvalidArgumentError extends ClienteleError {
  constructor(fn: string, argument: string, rule: string, value: unknown) {
    super('INVALID_ARGUMENT', `\`${fn}\`: \`${argument}\` ${rule}, got ${formatValue(value)}`, {
      fn,
      argument,
      rule,
      value,
    });
    this.name = 'InvalidArgumentError';
  }
}
