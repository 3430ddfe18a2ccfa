import { ClienteleError } from './ClienteleError';

/**
 * An iterative method stopped before reaching its tolerance and the caller asked to be strict.
 * Code `NOT_CONVERGED`.
 *
 * @example
 * ```ts
 * new NotConvergedError('fitModel', 'stopped after 500 iterations, gradient norm 0.03').message;
 * // '`fitModel`: did not converge: stopped after 500 iterations, gradient norm 0.03'
 * ```
 */
export class NotConvergedError extends ClienteleError {
  constructor(fn: string, reason: string) {
    super('NOT_CONVERGED', `\`${fn}\`: did not converge: ${reason}`, { fn, rule: 'must converge', value: reason });
    this.name = 'NotConvergedError';
  }
}
