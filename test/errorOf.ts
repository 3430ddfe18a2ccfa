import { isClienteleError } from '../src/core/errors/isClienteleError';

/** The code and message of the `ClienteleError` a call throws; fails if it throws nothing or another error. */
export function errorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isClienteleError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('did not throw');
}
