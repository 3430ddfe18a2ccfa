import { ClienteleError } from './ClienteleError';

/**
 * The inputs are valid but the quantity asked for does not exist for them (an index from a block
 * with negative weights, a mean spend that needs `q > 1`). Code `UNDEFINED_RESULT`.
 *
 * @example
 * ```ts
 * new UndefinedResultError('satisfactionIndex', 'every outer weight of block "Loyalty" must be positive').message;
 * // '`satisfactionIndex`: undefined result: every outer weight of block "Loyalty" must be positive'
 * ```
 */
export class UndefinedResultError extends ClienteleError {
  constructor(fn: string, reason: string, value?: unknown) {
    super('UNDEFINED_RESULT', `\`${fn}\`: undefined result: ${reason}`, { fn, rule: reason, value });
    this.name = 'UndefinedResultError';
  }
}
