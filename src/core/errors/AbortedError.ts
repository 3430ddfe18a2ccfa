import { ClienteleError } from './ClienteleError';

/**
 * A long computation was stopped by the caller's `AbortSignal`. Code `ABORTED`.
 *
 * @remarks
 * Thrown instead of a result: nothing is returned half-done, and the caller's inputs are left as they
 * were. `value` holds the signal's `reason` (a `DOMException` named `AbortError` when `abort()` was called
 * without one).
 *
 * @example
 * ```ts
 * new AbortedError('fitModel', 'stopped by the caller').message;
 * // '`fitModel`: aborted by `options.signal`: stopped by the caller'
 * ```
 */
export class AbortedError extends ClienteleError {
  constructor(fn: string, reason: unknown, argument = 'options.signal') {
    const said = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : undefined;
    super('ABORTED', `\`${fn}\`: aborted by \`${argument}\`${said === undefined || said === '' ? '' : `: ${said}`}`, {
      fn,
      argument,
      rule: 'was aborted',
      value: reason,
    });
    this.name = 'AbortedError';
  }
}
