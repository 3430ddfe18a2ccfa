import { ClienteleError } from './ClienteleError';

/**
 * A computation needs at least one element and got none. Code `EMPTY_INPUT`.
 *
 * @example
 * ```ts
 * new EmptyInputError('nps', 'scores').message; // '`nps`: `scores` must not be empty'
 * ```
 */
export class EmptyInputError extends ClienteleError {
  constructor(fn: string, argument: string, rule = 'must not be empty') {
    super('EMPTY_INPUT', `\`${fn}\`: \`${argument}\` ${rule}`, { fn, argument, rule });
    this.name = 'EmptyInputError';
  }
}
