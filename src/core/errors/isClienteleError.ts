import { CLIENTELE_ERROR_BRAND, type ClienteleError } from './ClienteleError';

/**
 * Whether a caught value is an error thrown by clientele, by its brand rather than `instanceof`, so it
 * works when ESM and CJS copies of the package (or two versions) meet in one process.
 *
 * @param error - Anything caught.
 * @returns `true` when `error` carries clientele's error brand.
 * @example
 * ```ts
 * isClienteleError(new InvalidArgumentError('nps', 'scores[0]', 'must be an integer 0-10', 11)); // true
 * isClienteleError(new Error('x')); // false
 * ```
 */
export function isClienteleError(error: unknown): error is ClienteleError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [CLIENTELE_ERROR_BRAND]?: unknown })[CLIENTELE_ERROR_BRAND] === true
  );
}
