import { isClienteleError } from '../../src/core/errors/isClienteleError';
import type { ClienteleError } from '../../src/core/errors/ClienteleError';

/**
 * The error `f` throws, asserted to be a typed ClienteleError (a TypeError, RangeError or no error at all
 * fails the test with what happened instead).
 */
export function errorOf(f: () => unknown): ClienteleError {
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    if (isClienteleError(e)) return e;
    throw new Error(`expected a ClienteleError, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
  }
  throw new Error(`expected a ClienteleError, got a result: ${String(JSON.stringify(result)).slice(0, 120)}`);
}
